namespace Citations.Core.Ingest;

/// <summary>How a file's content is read, chosen by its extension.</summary>
internal enum InputFormat
{
    /// <summary>.txt, .md, .markdown: one statement, optional YAML front matter.</summary>
    PlainText,
    /// <summary>.jsonl, .ndjson: one statement per line.</summary>
    JsonLines,
    /// <summary>.json: accepted when it is in fact JSON Lines.</summary>
    Json,
    /// <summary>.html, .htm: one statement, the page's visible text.</summary>
    Html,
}

internal static class InputFormats
{
    /// <summary>The format for a file name, or null when the extension is not one ingest reads.</summary>
    public static InputFormat? FromPath(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".txt" or ".md" or ".markdown" => InputFormat.PlainText,
            ".jsonl" or ".ndjson" => InputFormat.JsonLines,
            ".json" => InputFormat.Json,
            ".html" or ".htm" => InputFormat.Html,
            _ => null,
        };
}
