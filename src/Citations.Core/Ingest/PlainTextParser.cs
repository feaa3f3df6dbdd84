using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Citations.Core.Ingest;

/// <summary>
/// A text or Markdown file is one statement. It may open with YAML front matter between
/// two "---" lines (as Jekyll, Hugo and Pandoc write it); the text is everything after
/// the closing line, kept exactly as written.
/// </summary>
internal static class PlainTextParser
{
    private static readonly string[] s_fields = ["id", "title", "date", "issuer", "source", "url", "language"];

    public static IngestRecord Parse(string content, string file)
    {
        if (content.Length > 0 && content[0] == '\uFEFF')
        {
            content = content[1..];
        }

        var metadata = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var text = content;
        var firstLineEnd = LineEnd(content, 0, out var next);
        if (IsDelimiter(content.AsSpan(0, firstLineEnd), allowDots: false))
        {
            var yamlStart = next;
            var lineNumber = 1;
            var position = next;
            var closed = false;
            while (position < content.Length)
            {
                lineNumber++;
                var end = LineEnd(content, position, out next);
                if (IsDelimiter(content.AsSpan(position, end - position), allowDots: true))
                {
                    var rejection = ReadFrontMatter(content[yamlStart..position], file, metadata);
                    if (rejection is not null)
                    {
                        return rejection;
                    }

                    text = content[next..];
                    closed = true;
                    break;
                }

                position = next;
            }

            if (!closed)
            {
                return new RejectedInput(new SourceLocation(file, 1), "front matter opened here is never closed with a \"---\" line");
            }
        }

        var location = new SourceLocation(file, null);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new RejectedInput(location, "empty text");
        }

        var statementMetadata = new StatementMetadata
        {
            Title = metadata.GetValueOrDefault("title"),
            Date = metadata.GetValueOrDefault("date"),
            Issuer = metadata.GetValueOrDefault("issuer"),
            Source = metadata.GetValueOrDefault("source"),
            Url = metadata.GetValueOrDefault("url"),
            Language = metadata.GetValueOrDefault("language"),
        };
        var id = metadata.GetValueOrDefault("id") ?? StatementId.Derive(text);
        return new IngestedStatement(new Statement(id, text, statementMetadata) { Location = location });
    }

    /// <summary>Fills <paramref name="metadata"/>, or returns why the front matter is unusable.</summary>
    private static RejectedInput? ReadFrontMatter(string yaml, string file, Dictionary<string, string?> metadata)
    {
        // Lines in the YAML parser's marks count from the line after the opening "---".
        SourceLocation At(Mark mark) => new(file, (int)Math.Min(int.MaxValue, mark.Line + 1));

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            return new RejectedInput(At(e.Start), "invalid YAML front matter: " + Brief(e));
        }

        if (stream.Documents.Count == 0)
        {
            return null;
        }

        var root = stream.Documents[0].RootNode;
        if (root is YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            return null;
        }

        if (root is not YamlMappingNode mapping)
        {
            return new RejectedInput(At(root.Start), "front matter must be a YAML mapping of fields such as \"title: …\"");
        }

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } || !s_fields.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            if (valueNode is not YamlScalarNode scalar)
            {
                return new RejectedInput(At(valueNode.Start), $"front matter field \"{key}\" must be a single value");
            }

            var isNull = scalar.Style == ScalarStyle.Plain && scalar.Value is null or "~" or "null" or "Null" or "NULL";
            metadata[key] = isNull ? null : JsonLineParser.Clean(scalar.Value);
        }

        return null;
    }

    private static string Brief(YamlException e)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 7, Idx: 40) - (Line: …): "; the line is reported separately.
        var message = e.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && cut >= 0)
        {
            message = message[(cut + 3)..];
        }

        return message.ReplaceLineEndings(" ").Trim().TrimEnd('.');
    }

    private static bool IsDelimiter(ReadOnlySpan<char> line, bool allowDots)
    {
        var trimmed = line.TrimEnd();
        return trimmed.SequenceEqual("---") || (allowDots && trimmed.SequenceEqual("..."));
    }

    /// <summary>End of the line starting at <paramref name="start"/> (before CR/LF); <paramref name="next"/> is where the next line starts.</summary>
    private static int LineEnd(string content, int start, out int next)
    {
        var newline = content.IndexOfAny(['\r', '\n'], start);
        if (newline < 0)
        {
            next = content.Length;
            return content.Length;
        }

        next = content[newline] == '\r' && newline + 1 < content.Length && content[newline + 1] == '\n' ? newline + 2 : newline + 1;
        return newline;
    }
}
