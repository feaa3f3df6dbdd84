using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Citations.Core.Ingest;

/// <summary>
/// An HTML page is one statement: its visible text, with block elements on lines of their
/// own and paragraphs separated by a blank line, so sentences never run into each other.
/// </summary>
internal static class HtmlTextParser
{
    private static readonly HashSet<string> s_hidden = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "title", "iframe", "object", "svg", "math",
    };

    // Blocks that read as paragraphs: a blank line before and after.
    private static readonly HashSet<string> s_paragraphs = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl",
        "figure", "hr", "address", "fieldset", "form", "details",
    };

    // Other blocks: a line of their own.
    private static readonly HashSet<string> s_blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "section", "article", "main", "header", "footer", "nav", "aside", "li", "dt", "dd",
        "tr", "caption", "figcaption", "summary", "legend", "center", "hgroup", "search", "body", "html",
        "option", "thead", "tbody", "tfoot",
    };

    private static readonly string[] s_dateNames = ["date", "dcterms.date", "dc.date", "article:published_time"];

    public static IngestRecord Parse(Stream html, string file)
    {
        try
        {
            return ParseDocument(html, file);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new RejectedInput(new SourceLocation(file, null), "cannot read HTML: " + e.GetType().Name + ": " + e.Message.ReplaceLineEndings(" ").Trim());
        }
    }

    /// <summary>
    /// Pages nested deeper than this are read by <see cref="HtmlTagScanner"/> instead of the full parser, whose
    /// work grows with the square of the depth. Real pages nest a few dozen elements deep.
    /// </summary>
    internal const int MaxParsedDepth = 512;

    /// <summary>Work done on the last page this thread read: pieces scanned, plus the full parser's scope checks (one per open element per tag).</summary>
    [ThreadStatic]
    internal static long LastSteps;

    private static IngestRecord ParseDocument(Stream html, string file)
    {
        var location = new SourceLocation(file, null);
        var bytes = new MemoryStream();
        html.CopyTo(bytes);
        bytes.Position = 0;

        // The depth is measured on the page as UTF-8 (or any encoding that keeps ASCII as ASCII); tags are ASCII.
        var rough = new System.Text.UTF8Encoding(false, false).GetString(bytes.GetBuffer(), 0, (int)bytes.Length);
        long steps = 0;
        var depth = HtmlTagScanner.MaxDepth(rough, ref steps);
        if (depth > MaxParsedDepth)
        {
            LastSteps = steps + rough.Length;
            return ReadTooDeep(rough, location);
        }

        LastSteps = steps * (depth + 1);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(bytes);

        var writer = new BlockTextWriter();
        var root = (INode?)document.Body ?? document.DocumentElement;
        if (root is not null)
        {
            Walk(root, writer, preformatted: false);
        }

        var text = writer.ToString();
        if (string.IsNullOrWhiteSpace(text))
        {
            return new RejectedInput(location, "empty text");
        }

        var metadata = new StatementMetadata
        {
            Title = JsonLineParser.Clean(document.Title),
            Language = JsonLineParser.Clean(document.DocumentElement?.GetAttribute("lang")),
            Date = JsonLineParser.Clean(FindDate(document)),
            Url = JsonLineParser.Clean(document.QuerySelector("link[rel~='canonical' i][href]")?.GetAttribute("href")),
        };
        return new IngestedStatement(new Statement(StatementId.Derive(text), text, metadata) { Location = location });
    }

    /// <summary>The text of a page nested too deep for the full parser, from its tags and text read in one pass.</summary>
    private static IngestRecord ReadTooDeep(string html, SourceLocation location)
    {
        var writer = new BlockTextWriter();
        var hidden = 0;
        var preformatted = 0;
        string? title = null;
        var inTitle = false;
        foreach (var piece in HtmlTagScanner.Scan(html))
        {
            switch (piece.Kind)
            {
                case HtmlPieceKind.Text when inTitle:
                    title ??= System.Net.WebUtility.HtmlDecode(piece.Value);
                    break;
                case HtmlPieceKind.Text when hidden == 0:
                    writer.Write(System.Net.WebUtility.HtmlDecode(piece.Value), preformatted > 0);
                    break;
                case HtmlPieceKind.StartTag or HtmlPieceKind.EndTag:
                    var start = piece.Kind == HtmlPieceKind.StartTag;
                    var name = piece.Value;
                    inTitle = start && name == "title";
                    if (s_hidden.Contains(name))
                    {
                        hidden = Math.Max(0, hidden + (start ? 1 : -1));
                    }
                    else if (name is "br" && start)
                    {
                        writer.LineBreak();
                    }
                    else if (s_paragraphs.Contains(name) || s_blocks.Contains(name))
                    {
                        writer.EndBlock(s_paragraphs.Contains(name));
                    }
                    else if (name is "td" or "th")
                    {
                        writer.Separate();
                    }

                    if (name is "pre" or "textarea" or "listing")
                    {
                        preformatted = Math.Max(0, preformatted + (start ? 1 : -1));
                    }

                    break;
            }
        }

        var text = writer.ToString();
        if (string.IsNullOrWhiteSpace(text))
        {
            return new RejectedInput(location, "empty text");
        }

        var metadata = new StatementMetadata { Title = JsonLineParser.Clean(title) };
        return new IngestedStatement(new Statement(StatementId.Derive(text), text, metadata) { Location = location });
    }

    private static string? FindDate(IHtmlDocument document)
    {
        foreach (var meta in document.QuerySelectorAll("meta[content]"))
        {
            var name = meta.GetAttribute("name") ?? meta.GetAttribute("property");
            if (name is not null && s_dateNames.Contains(name.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                return meta.GetAttribute("content");
            }
        }

        return null;
    }

    private static void Walk(INode node, BlockTextWriter writer, bool preformatted)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    writer.Write(text.Data, preformatted);
                    break;
                case IElement element:
                    var name = element.LocalName;
                    if (s_hidden.Contains(name) || element.HasAttribute("hidden"))
                    {
                        break;
                    }

                    if (name is "br")
                    {
                        writer.LineBreak();
                        break;
                    }

                    var paragraph = s_paragraphs.Contains(name);
                    var block = paragraph || s_blocks.Contains(name);
                    if (block)
                    {
                        writer.EndBlock(paragraph);
                    }
                    else if (name is "td" or "th")
                    {
                        writer.Separate();
                    }

                    Walk(element, writer, preformatted || name is "pre" or "textarea" or "listing" or "plaintext");
                    if (block)
                    {
                        writer.EndBlock(paragraph);
                    }
                    else if (name is "td" or "th")
                    {
                        writer.Separate();
                    }

                    break;
            }
        }
    }

    /// <summary>Collapses HTML white space and turns block boundaries into line breaks.</summary>
    private sealed class BlockTextWriter
    {
        private readonly StringBuilder _text = new();
        private bool _pendingSpace;
        private int _pendingBreaks;

        public void Write(string data, bool preformatted)
        {
            foreach (var c in data)
            {
                if (preformatted && c == '\n')
                {
                    LineBreak();
                }
                else if (!preformatted && c is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    _pendingSpace = true;
                }
                else if (c != '\r')
                {
                    Flush();
                    _text.Append(c);
                }
            }
        }

        public void LineBreak()
        {
            if (_pendingBreaks == 0 && _text.Length > 0)
            {
                TrimTrailingSpaces();
                _text.Append('\n');
            }

            _pendingSpace = false;
        }

        public void EndBlock(bool paragraph) =>
            _pendingBreaks = Math.Max(_pendingBreaks, paragraph ? 2 : 1);

        public void Separate() => _pendingSpace = true;

        private void Flush()
        {
            if (_text.Length > 0)
            {
                if (_pendingBreaks > 0)
                {
                    TrimTrailingSpaces();
                    var existing = TrailingNewlines();
                    _text.Append('\n', Math.Max(0, _pendingBreaks - existing));
                }
                else if (_pendingSpace && _text[^1] != '\n')
                {
                    _text.Append(' ');
                }
            }

            _pendingBreaks = 0;
            _pendingSpace = false;
        }

        private void TrimTrailingSpaces()
        {
            while (_text.Length > 0 && _text[^1] == ' ')
            {
                _text.Length--;
            }
        }

        private int TrailingNewlines()
        {
            var count = 0;
            while (count < _text.Length && _text[_text.Length - 1 - count] == '\n')
            {
                count++;
            }

            return count;
        }

        public override string ToString()
        {
            TrimTrailingSpaces();
            while (_text.Length > 0 && _text[^1] == '\n')
            {
                _text.Length--;
            }

            return _text.ToString();
        }
    }
}
