using System.Collections.Immutable;

namespace Citations.Core;

public enum InstrumentKind
{
    Treaty,
    Protocol,
    Declaration,
    Resolution,
    Statute,
    Charter,
    Collection,
}

/// <summary>How an instrument numbers its articles: "Article 6" or "Article VI".</summary>
public enum ArticleNumbering
{
    Arabic,
    Roman,
}

/// <summary>One legal instrument of the catalog.</summary>
public sealed record Instrument
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required InstrumentKind Kind { get; init; }
    /// <summary>ISO date (yyyy-MM-dd) of adoption or opening for signature.</summary>
    public required string Adopted { get; init; }
    /// <summary>The year of <see cref="Adopted"/>; null when it does not open with four digits.</summary>
    public int? AdoptionYear =>
        Adopted.Length >= 4 && int.TryParse(Adopted.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) ? year : null;
    public string? EntryIntoForce { get; init; }
    /// <summary>The primary treaty-series reference ("999 UNTS 171"), the first of <see cref="TreatySeriesReferences"/>.</summary>
    public string? TreatySeries { get; init; }
    /// <summary>Every treaty-series reference, primary first ("999 UNTS 171", "TIAS No. 6820").</summary>
    public ImmutableArray<string> TreatySeriesReferences { get; init; } = [];
    /// <summary>
    /// The UN document symbol of the resolution that adopted the instrument ("A/RES/217(III)" for the
    /// UDHR), when the instrument has an id of its own; a resolution keyed by its symbol leaves it empty.
    /// </summary>
    public string? Symbol { get; init; }
    /// <summary>The instrument a protocol or amendment belongs to.</summary>
    public string? Parent { get; init; }
    /// <summary>A protocol's number or ordinal among its parent's protocols (Protocol No. 6 → 6), when its name carries one.</summary>
    public int? Ordinal { get; init; }
    /// <summary>For a collection (the four Geneva Conventions), its members.</summary>
    public ImmutableArray<string> Members { get; init; } = [];
    /// <summary>Articles its members share, which "common Article 3" with no instrument named cites (the Geneva Conventions' 1 to 3).</summary>
    public ImmutableArray<string> CommonArticles { get; init; } = [];
    public ImmutableArray<string> Names { get; init; } = [];
    /// <summary>Former official titles; each is also in <see cref="Names"/>.</summary>
    public ImmutableArray<string> EarlierTitles { get; init; } = [];
    public ImmutableArray<string> Abbreviations { get; init; } = [];
    public ImmutableArray<string> InformalNames { get; init; } = [];
    public ImmutableArray<string> ShortForms { get; init; } = [];
    /// <summary>Head nouns that, with nothing fitting named before them, mean this instrument ("the Charter" is the UN Charter).</summary>
    public ImmutableArray<string> DefaultShortForms { get; init; } = [];
    public ImmutableDictionary<string, ImmutableArray<string>> Translations { get; init; } =
        ImmutableDictionary<string, ImmutableArray<string>>.Empty;
    /// <summary>The conference, summit, special session or talks the instrument was adopted at, when it was adopted at one.</summary>
    public AdoptionOccasion? AdoptedAt { get; init; }
    public ArticleNumbering ArticleNumbering { get; init; } = ArticleNumbering.Arabic;
    /// <summary>The record states its numbering: only then is a Roman "Article I" of an Arabic-numbered instrument renumbered 1.</summary>
    public bool ArticleNumberingStated { get; init; }
    /// <summary>
    /// The highest article number the instrument has (the Charter's 111), when the catalog states it: an article
    /// pinpoint beyond it belongs to some other instrument. Null when not stated.
    /// </summary>
    public int? ArticleCount { get; init; }
    /// <summary>Who holds the original text and the ratifications ("Secretary-General of the United Nations").</summary>
    public string? Depositary { get; init; }
    /// <summary>Where the facts were read from.</summary>
    public string? Checked { get; init; }
    /// <summary>Which fact is still open ("entryIntoForce"), when one is.</summary>
    public string? Unverified { get; init; }
    /// <summary>
    /// Why the entry, though a document texts name, is not an international instrument (an agreement between a
    /// Government and an armed movement, a political arrangement): the extractor recognises its names, so that they
    /// are not read as another instrument and anaphors after them point to it, but never reports it. Null for an
    /// instrument.
    /// </summary>
    public string? NotAnInstrument { get; init; }
    /// <summary>The file the instrument was read from (the built-in resource or a user's file).</summary>
    public string Origin { get; init; } = "built-in";
}

/// <summary>
/// The occasion an instrument was adopted at, as texts describe it instead of naming the instrument: "the
/// Declaration adopted at the sixteenth special session", "the Programme of Action of the World Conference on
/// Human Rights", "the agreement resulting from the second round of the Strategic Arms Limitation Talks".
/// The year is the instrument's <see cref="Instrument.Adopted"/>.
/// </summary>
public sealed record AdoptionOccasion
{
    /// <summary>Names of the occasion ("World Summit for Children", "first special session devoted to disarmament").</summary>
    public ImmutableArray<string> Names { get; init; } = [];
    /// <summary>The number of the General Assembly's special session, when the occasion is one (S-16 → 16).</summary>
    public int? SpecialSession { get; init; }
    /// <summary>The city or cities it was held in ("Vienna").</summary>
    public ImmutableArray<string> Places { get; init; } = [];
}

/// <summary>A name several instruments answer to; resolved only by context.</summary>
public sealed record AmbiguousName(string Name, ImmutableArray<string> Instruments)
{
    /// <summary>
    /// The candidates are successive instruments of one series, each taking the place of the one before
    /// (Lomé I to IV, the International Coffee Agreements): a dated statement that names none of them
    /// means the latest adopted before its year.
    /// </summary>
    public bool ByDate { get; init; }

    /// <summary>The catalog file the entry came from, for messages.</summary>
    public string Origin { get; init; } = "built-in";
}
