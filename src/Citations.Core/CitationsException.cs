namespace Citations.Core;

/// <summary>What kind of mistake or failure an error is; the command line picks its exit code from it.</summary>
public enum CitationsErrorKind
{
    /// <summary>The command line, or a file given with an option (<c>--catalog</c>, <c>--gold</c>), is wrong.</summary>
    Usage,
    /// <summary>An input could not be used (a graph file that cannot be read back, an input rejected in strict mode).</summary>
    Input,
    /// <summary>An output could not be written (a folder not writable, a full disk, a file locked).</summary>
    Output,
    /// <summary>Neo4j refused or could not be reached.</summary>
    Neo4j,
}

/// <summary>
/// The root of every exception Citations throws for a user's problem (Citations.Core, Citations.GraphExport,
/// Citations.Neo4j): it carries the kind of error, and the file and line a message needs.
/// </summary>
public class CitationsException : Exception
{
    public CitationsException(string message, string? file = null, int? line = null, Exception? inner = null, CitationsErrorKind kind = CitationsErrorKind.Usage)
        : base(message, inner)
    {
        File = file;
        Line = line;
        ErrorKind = kind;
    }

    public string? File { get; }
    public int? Line { get; }
    /// <summary>Which kind of error this is; the command line's exit code follows from it.</summary>
    public CitationsErrorKind ErrorKind { get; }

    /// <summary>"file:line: message", the form the command line prints.</summary>
    public string Describe() =>
        File is null ? Message : Line is { } line ? $"{File}:{line}: {Message}" : $"{File}: {Message}";
}
