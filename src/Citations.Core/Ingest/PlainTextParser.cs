using YamlDotNet.Core;
using YamlDotNet.Core.Events;

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
        try
        {
            return ParseDocument(content, file);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Bad input is data: whatever a parser throws becomes this file's rejection.
            return new RejectedInput(new SourceLocation(file, null), "cannot read: " + e.GetType().Name + ": " + e.Message.ReplaceLineEndings(" ").Trim());
        }
    }

    private static IngestRecord ParseDocument(string content, string file)
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

    /// <summary>How deep front matter may nest lists and mappings; metadata needs one level, the reader refuses more than this.</summary>
    internal const int MaxFrontMatterDepth = 64;

    /// <summary>Fills <paramref name="metadata"/>, or returns why the front matter is unusable.</summary>
    private static RejectedInput? ReadFrontMatter(string yaml, string file, Dictionary<string, string?> metadata)
    {
        // Lines in the YAML parser's marks count from the line after the opening "---".
        SourceLocation At(Mark mark) => new(file, (int)Math.Min(int.MaxValue, mark.Line + 1));

        // Read as a stream of events, not a tree: nothing recurses, so no nesting can exhaust the stack.
        var parser = new Parser(new StringReader(yaml));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            if (parser.TryConsume<Scalar>(out var rootScalar))
            {
                return rootScalar is { Style: ScalarStyle.Plain, Value: "" or "~" or "null" }
                    ? null
                    : new RejectedInput(At(rootScalar.Start), "front matter must be a YAML mapping of fields such as \"title: …\"");
            }

            if (!parser.TryConsume<MappingStart>(out _))
            {
                return new RejectedInput(At(parser.Current!.Start), "front matter must be a YAML mapping of fields such as \"title: …\"");
            }

            var anchors = new Dictionary<string, string?>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = parser.TryConsume<Scalar>(out var keyScalar) ? keyScalar.Value : null;
                if (key is null && SkipNode(parser) is { } deepKey)
                {
                    return new RejectedInput(At(deepKey), $"front matter nests deeper than {MaxFrontMatterDepth} levels");
                }

                var valueEvent = parser.Current!;
                var wanted = key is not null && s_fields.Contains(key, StringComparer.OrdinalIgnoreCase);
                if (parser.TryConsume<Scalar>(out var scalar))
                {
                    var isNull = scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
                    var value = isNull ? null : JsonLineParser.Clean(scalar.Value);
                    if (!scalar.Anchor.IsEmpty) anchors[scalar.Anchor.Value] = value;
                    if (wanted) metadata[key!] = value;
                    continue;
                }

                if (parser.TryConsume<AnchorAlias>(out var alias) && anchors.TryGetValue(alias.Value.Value, out var aliased))
                {
                    if (wanted) metadata[key!] = aliased;
                    continue;
                }

                if (wanted)
                {
                    return new RejectedInput(At(valueEvent.Start), $"front matter field \"{key}\" must be a single value");
                }

                if (alias is null && SkipNode(parser) is { } deep)
                {
                    return new RejectedInput(At(deep), $"front matter nests deeper than {MaxFrontMatterDepth} levels");
                }

            }

            return null;
        }
        catch (YamlException e)
        {
            return new RejectedInput(At(e.Start), "invalid YAML front matter: " + Brief(e));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet throws these too on some broken input (an unclosed flow collection at the end).
            var where = parser.Current is { } current ? At(current.Start) : new SourceLocation(file, 2);
            return new RejectedInput(where, "invalid YAML front matter: " + e.Message.ReplaceLineEndings(" ").Trim().TrimEnd('.'));
        }
    }

    /// <summary>Consumes one node (a scalar, alias, list or mapping); returns where it nests too deep, or null.</summary>
    private static Mark? SkipNode(IParser parser)
    {
        var depth = 0;
        do
        {
            var current = parser.Current!;
            if (current is MappingStart or SequenceStart)
            {
                if (++depth > MaxFrontMatterDepth)
                {
                    return current.Start;
                }
            }
            else if (current is MappingEnd or SequenceEnd)
            {
                depth--;
            }

            if (!parser.MoveNext())
            {
                break;
            }
        }
        while (depth > 0);

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
