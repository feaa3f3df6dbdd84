namespace Citations.Core.Extraction;

/// <summary>A candidate mention while a statement is being worked on; becomes a <see cref="Citation"/>.</summary>
internal sealed class Mention
{
    public required int Start { get; set; }
    public required int End { get; set; }
    public required MentionKind Kind { get; init; }
    /// <summary>The instrument, once known; null while unresolved.</summary>
    public string? InstrumentId { get; set; }
    /// <summary>Instruments an ambiguous name may denote.</summary>
    public IReadOnlyList<string> Candidates { get; init; } = [];
    public Confidence Confidence { get; set; } = Confidence.ExactTitle;
    public List<string> Provisions { get; } = [];
    /// <summary>For a resolution or an uncatalogued title: what the catalog cannot say.</summary>
    public string? Title { get; init; }
    public InstrumentKind? KindOfInstrument { get; init; }
    public bool Catalogued { get; init; } = true;
    /// <summary>For an uncatalogued protocol named through its parent: the parent's id.</summary>
    public string? Parent { get; init; }

    public int Length => End - Start;

    public override string ToString() => $"{Kind} {InstrumentId ?? "?"} [{Start},{End})";
}
