using Citations.Core;

namespace Citations.GraphExport;

/// <summary>The one exception this project throws for a user's problem: a graph file that cannot be
/// read back (with file and line), or an output that cannot be written.</summary>
public sealed class GraphExportException(string message, string? file = null, int? line = null, Exception? inner = null,
    CitationsErrorKind kind = CitationsErrorKind.Input)
    : CitationsException(message, file, line, inner, kind);
