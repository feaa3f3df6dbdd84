namespace Citations.Core.Ingest;

/// <summary>
/// One result of reading input: a statement, or the reason a piece of input could not
/// become one. Bad input is data, so a run reports it and carries on.
/// </summary>
/// <param name="Location">The file and, where it applies, the 1-based line.</param>
public abstract record IngestRecord(SourceLocation Location);

/// <summary>A statement read successfully.</summary>
public sealed record IngestedStatement(Statement Statement) : IngestRecord(Statement.Location);

/// <summary>Input that could not become a statement, with a one-line reason.</summary>
public sealed record RejectedInput(SourceLocation Location, string Reason) : IngestRecord(Location)
{
    public override string ToString() => $"{Location}: {Reason}";
}

/// <summary>Input passed over on purpose (a FIFO found in a folder), with a one-line notice; not an error.</summary>
public sealed record SkippedInput(SourceLocation Location, string Notice) : IngestRecord(Location)
{
    public override string ToString() => $"{Location}: {Notice}";
}
