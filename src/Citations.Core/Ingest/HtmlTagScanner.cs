namespace Citations.Core.Ingest;

/// <summary>One piece of an HTML page as <see cref="HtmlTagScanner"/> sees it: a start tag, an end tag or text.</summary>
internal readonly record struct HtmlPiece(HtmlPieceKind Kind, string Value);

internal enum HtmlPieceKind
{
    StartTag,
    EndTag,
    Text,
}

/// <summary>
/// A rough, single-pass reading of HTML into tags and text, without a tree: every character is looked at
/// a bounded number of times. It measures how deep a page nests before the full parser sees it (a tree
/// builder's scope checks cost the depth of the open elements for each tag, so thousands of nested
/// elements make parsing quadratic), and reads the text of pages nested too deep for that.
/// </summary>
internal static class HtmlTagScanner
{
    // Elements that never have content, and those whose content is raw text up to their end tag.
    private static readonly HashSet<string> s_void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    private static readonly HashSet<string> s_rawText = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    /// <summary>The deepest nesting of elements (void elements and self-closing tags do not nest).</summary>
    public static int MaxDepth(string html, ref long steps)
    {
        var depth = 0;
        var max = 0;
        foreach (var piece in Scan(html))
        {
            steps++;
            if (piece.Kind == HtmlPieceKind.StartTag && !s_void.Contains(piece.Value) && !s_rawText.Contains(piece.Value))
            {
                max = Math.Max(max, ++depth);
            }
            else if (piece.Kind == HtmlPieceKind.EndTag && !s_void.Contains(piece.Value) && !s_rawText.Contains(piece.Value))
            {
                depth = Math.Max(0, depth - 1);
            }
        }

        return max;
    }

    /// <summary>Tags (names in lower case; self-closing tags give no end tag) and text (entities not yet decoded), in order.</summary>
    public static IEnumerable<HtmlPiece> Scan(string html)
    {
        var i = 0;
        var textStart = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            var next = html[lt + 1];
            if (next != '/' && next != '!' && next != '?' && !char.IsAsciiLetter(next))
            {
                i = lt + 1;
                continue;
            }

            if (lt > textStart)
            {
                yield return new HtmlPiece(HtmlPieceKind.Text, html[textStart..lt]);
            }

            if (html.AsSpan(lt).StartsWith("<!--"))
            {
                var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = textStart = close < 0 ? html.Length : close + 3;
                continue;
            }

            var gt = html.IndexOf('>', lt + 1);
            var end = gt < 0 ? html.Length : gt + 1;
            if (next is '!' or '?')
            {
                i = textStart = end;
                continue;
            }

            var isEnd = next == '/';
            var nameStart = isEnd ? lt + 2 : lt + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':'))
            {
                nameEnd++;
            }

            var name = html[nameStart..nameEnd].ToLowerInvariant();
            i = textStart = end;
            if (name.Length == 0)
            {
                continue;
            }

            if (isEnd)
            {
                yield return new HtmlPiece(HtmlPieceKind.EndTag, name);
                continue;
            }

            yield return new HtmlPiece(HtmlPieceKind.StartTag, name);
            var selfClosing = gt > 0 && html[gt - 1] == '/';
            if (selfClosing)
            {
                yield return new HtmlPiece(HtmlPieceKind.EndTag, name);
            }
            else if (s_rawText.Contains(name))
            {
                // Raw text runs to the element's end tag, whatever it holds ("a < b" in a script).
                var close = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                var contentEnd = close < 0 ? html.Length : close;
                yield return new HtmlPiece(HtmlPieceKind.Text, html[end..contentEnd]);
                yield return new HtmlPiece(HtmlPieceKind.EndTag, name);
                var closeGt = close < 0 ? -1 : html.IndexOf('>', close);
                i = textStart = closeGt < 0 ? html.Length : closeGt + 1;
            }
        }

        if (textStart < html.Length)
        {
            yield return new HtmlPiece(HtmlPieceKind.Text, html[textStart..]);
        }
    }
}
