namespace Citations.Core;

/// <summary>
/// The one exception Citations.Core throws for a user's mistake (a broken catalog file,
/// an unreadable input in strict mode); it carries the file and line a message needs.
/// </summary>
public class CitationsException : Exception
{
    public CitationsException(string message, string? file = null, int? line = null, Exception? inner = null)
        : base(message, inner)
    {
        File = file;
        Line = line;
    }

    public string? File { get; }
    public int? Line { get; }

    /// <summary>"file:line: message", the form the command line prints.</summary>
    public string Describe() =>
        File is null ? Message : Line is { } line ? $"{File}:{line}: {Message}" : $"{File}: {Message}";
}
