using System.Collections.Immutable;

namespace Citations.Core;

/// <summary>How a mention names its instrument.</summary>
public enum MentionKind
{
    /// <summary>A full or partial official title.</summary>
    Title,
    /// <summary>An acronym such as ICCPR.</summary>
    Abbreviation,
    /// <summary>A common name such as "the Genocide Convention".</summary>
    InformalName,
    /// <summary>A title in another language.</summary>
    Translation,
    /// <summary>An anaphor such as "the Covenant", resolved to an instrument named earlier.</summary>
    ShortForm,
    /// <summary>A term the text defines for an instrument, such as (the "Treaty").</summary>
    DefinedTerm,
    /// <summary>A UN resolution recognised by its number.</summary>
    Resolution,
    /// <summary>A bare article pinpoint attached to the instrument it belongs to.</summary>
    Pinpoint,
    /// <summary>A title of an instrument that the catalog does not hold.</summary>
    UncataloguedTitle,
    /// <summary>A treaty-series citation such as "999 U.N.T.S. 171" or "CETS No. 210".</summary>
    TreatySeries,
}

/// <summary>One mention of an instrument in a statement.</summary>
/// <param name="InstrumentId">Catalog id, a UN document symbol for resolutions, or a derived id when not catalogued.</param>
/// <param name="Start">Offset into the original text, in UTF-16 code units.</param>
/// <param name="Length">Length of the surface in UTF-16 code units.</param>
/// <param name="Provisions">Normalised article pinpoints this mention carries ("6", "6(1)", "2(4)(a)").</param>
/// <param name="Confidence">0 to 1: how sure the extractor is that this mention invokes the instrument.</param>
public sealed record Citation(
    string InstrumentId,
    string Title,
    InstrumentKind Kind,
    bool Catalogued,
    string Surface,
    int Start,
    int Length,
    ImmutableArray<string> Provisions,
    double Confidence,
    MentionKind Mention)
{
    /// <summary>For an uncatalogued protocol or amendment named through its parent ("Protocol No. 16 to the Convention"): the parent's id.</summary>
    public string? Parent { get; init; }
}

/// <summary>A statement's citations, in text order.</summary>
public sealed record ExtractionResult(Statement Statement, ImmutableArray<Citation> Citations);
