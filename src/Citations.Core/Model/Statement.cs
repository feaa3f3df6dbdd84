namespace Citations.Core;

/// <summary>What is known about a statement besides its text; every field is optional.</summary>
public sealed record StatementMetadata
{
    public static readonly StatementMetadata Empty = new();

    public string? Title { get; init; }
    /// <summary>As given by the source: a full date, a year-month or a year.</summary>
    public string? Date { get; init; }
    public string? Issuer { get; init; }
    public string? Source { get; init; }
    public string? Url { get; init; }
    public string? Language { get; init; }
}

/// <summary>A statement as read from its input, with a stable id.</summary>
public sealed record Statement(string Id, string Text, StatementMetadata Metadata)
{
    /// <summary>Where the statement came from, for messages: a file, or a file and line.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.Unknown;
}

/// <summary>A file and, for line-based formats, a 1-based line number.</summary>
public readonly record struct SourceLocation(string File, int? Line)
{
    public static readonly SourceLocation Unknown = new("<unknown>", null);

    public override string ToString() => Line is { } line ? $"{File}:{line}" : File;
}
