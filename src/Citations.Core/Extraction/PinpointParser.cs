using System.Text;
using System.Text.RegularExpressions;

namespace Citations.Core.Extraction;

/// <summary>An article pinpoint as written: "articles 2, 17 and 19", "Article 2, paragraph 7", "common Article 3".</summary>
/// <param name="Provisions">Normalised as written ("6", "6(1)", "4(A)(2)", "IV"); renumbered later to the instrument's own style.</param>
/// <param name="Common">"common Article 3": the article shared by the four Geneva Conventions.</param>
/// <param name="Ordinal">"the first Article of the Charter": counted only where an instrument is named with it.</param>
internal sealed record Pinpoint(int Start, int End, IReadOnlyList<string> Provisions, bool Common, bool Ordinal = false);

/// <summary>
/// Reads article pinpoints with their paragraphs and lists. The grammar is small and written out
/// by hand: a keyword, then items ("6", "6 (1)", "6.2", "13b", "IV", "Two") joined by commas,
/// "and", "or" or "to", then an optional "paragraph(s) N and M"; a leading
/// "paragraph N of" is folded in ("paragraph 7 of Article 2" is 2(7)).
/// </summary>
internal static partial class PinpointParser
{
    public static List<Pinpoint> Find(string text, StepCounter? steps = null, LanguagePatterns? patterns = null)
    {
        steps ??= new StepCounter();
        patterns ??= LanguagePatterns.BuiltIn;
        var found = new List<Pinpoint>();
        var commonGroup = patterns.ArticleKeyword.Anchored.GroupNumberFromName("common");
        foreach (var keyword in patterns.ArticleKeyword.Matches(text, steps))
        {
            var position = keyword.Index + keyword.Length;
            var items = new List<string>();
            if (!ReadItems(text, ref position, items, steps, patterns))
            {
                if (!keyword.Groups["common"].Success && OrdinalBefore(text, keyword.Index, keyword.Value, patterns) is { } ordinal)
                {
                    found.Add(ordinal);
                }

                continue;
            }

            var end = position;
            var paragraphs = ReadTrailingParagraphs(text, ref end, patterns);
            var start = keyword.Index;
            // The 60 characters before the keyword, read as a text of their own (the pattern is anchored at its end).
            var leading = LeadingParagraphsMayEndAt(text, start) ? patterns.LeadingParagraphs.Match(text, Math.Max(0, start - 60), Math.Min(60, start)) : null;
            if (leading is { Success: true })
            {
                paragraphs = [.. leading.Groups["n"].Captures.Select(c => c.Value)];
                start -= leading.Length;
            }

            if (paragraphs.Count > 0)
            {
                var last = items[^1];
                items.RemoveAt(items.Count - 1);
                items.AddRange(paragraphs.Select(p => $"{last}({p})"));
            }

            found.Add(new Pinpoint(start, end, items.Count == 1 ? items : items.Distinct(StringComparer.Ordinal).ToList(), keyword.Groups[commonGroup].Success));
        }

        return found;
    }

    private static bool ReadItems(string text, ref int position, List<string> items, StepCounter steps, LanguagePatterns patterns)
    {
        var first = ReadItem(text, position, previous: null, steps, patterns);
        if (first is null) return false;
        items.Add(first.Value.Value);
        position = first.Value.End;
        while (true)
        {
            if (!MayFollow(text, position, patterns.SeparatorStarts, stop: false)) break;
            var separator = patterns.Separator.Match(text, position);
            if (!separator.Success) break;
            steps.Add();
            var next = ReadItem(text, separator.Index + separator.Length, items[^1], steps, patterns);
            if (next is null) break;
            // An instrument numbers its articles one way: "Article 43, I believe" is not a list of 43 and I.
            if (char.IsAsciiDigit(items[^1][0]) != char.IsAsciiDigit(next.Value.Value[0])) break;
            if (separator.Groups["range"].Success
                && int.TryParse(items[^1], out var from) && int.TryParse(next.Value.Value, out var to) && to > from && to - from <= 20)
            {
                for (var n = from + 1; n < to; n++) items.Add(n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            items.Add(next.Value.Value);
            position = next.Value.End;
        }

        return true;
    }

    /// <summary>One item: a number with its sub-divisions, or "(3)" continuing the previous item's prefix.</summary>
    private static (string Value, int End)? ReadItem(string text, int position, string? previous, StepCounter steps, LanguagePatterns patterns)
    {
        string number;
        var i = position;
        if (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
            number = text[position..i];
            if (i - position > 4) return null;
            // "Art. 13b" is 13(b), and so is "Article 73 e of the Charter": one lower-case letter, a to h, and then
            // the words that carry an article to its instrument or end it. "Article 1F(b)" and "Article 1A(2)" of the
            // Refugee Convention write its sections in capitals, A to H: 1(F)(b), 1(A)(2).
            if (i < text.Length && (char.IsAsciiLetterLower(text[i]) || text[i] is >= 'A' and <= 'H')
                && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1])))
            {
                number += $"({text[i]})";
                i++;
            }
            else if (i + 2 < text.Length && text[i] == ' ' && text[i + 1] is >= 'a' and <= 'h' && SpacedLetterEnds().IsMatch(text.AsSpan(i + 2)))
            {
                number += $"({text[i + 1]})";
                i += 2;
            }
        }
        else if (i < text.Length && IsRomanChar(text[i]))
        {
            while (i < text.Length && IsRomanChar(text[i])) i++;
            if (i < text.Length && char.IsLetterOrDigit(text[i])) return null;
            number = text[position..i];
        }
        else if (previous is not null && i < text.Length && text[i] == '(' && previous.Contains('('))
        {
            // "Article 4(A)(l) and (3)": the new item shares all but the last level of the previous one.
            number = previous[..previous.LastIndexOf('(')];
        }
        else
        {
            var word = patterns.SpelledNumber.Match(text, i);
            if (!word.Success) return null;
            number = patterns.Language.SpelledNumbers[word.Value].ToString(System.Globalization.CultureInfo.InvariantCulture);
            i += word.Length;
        }

        // A builder, not +=: "1(a)(a)(a)…" thousands of levels deep must cost its length, not its length squared.
        StringBuilder? levels = null;
        while (i < text.Length)
        {
            steps.Add();
            // Both patterns begin with a bracket, after at most one space, or the sub-division's stop.
            if (!(text[i] is '(' or '.' || (char.IsWhiteSpace(text[i]) && i + 1 < text.Length && text[i + 1] == '('))) break;
            var sub = SubDivision().Match(text, i);
            if (!sub.Success) sub = patterns.BracketedParagraph.Match(text, i);
            if (!sub.Success) break;
            var label = sub.Groups["p"].Value.Length > 0 ? sub.Groups["p"].Value : sub.Groups["d"].Value;
            (levels ??= new StringBuilder(number)).Append('(').Append(CleanSubLabel(label)).Append(')');
            i += sub.Length;
        }

        return (levels?.ToString() ?? number, i);
    }

    /// <summary>
    /// "the first Article", "the fourth article", "the first two articles": an ordinal right before the keyword
    /// (and, for a plural, a count between them, from the first article only). Null when the words before are not that.
    /// </summary>
    private static Pinpoint? OrdinalBefore(string text, int keywordStart, string keyword, LanguagePatterns patterns)
    {
        keyword = keyword.TrimEnd();
        var plural = keyword.TrimEnd('.').EndsWith('s');
        var (word, wordStart) = WordBefore(text, keywordStart);
        if (word is null) return null;
        var count = 1;
        if (plural)
        {
            if (!patterns.Language.SpelledNumbers.TryGetValue(word, out count) || count < 2) return null;
            (word, wordStart) = WordBefore(text, wordStart);
            if (word is null) return null;
        }

        if (!patterns.Language.Ordinals.TryGetValue(word, out var first) || (plural && first != 1)) return null;
        var items = Enumerable.Range(first, count).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return new Pinpoint(wordStart, keywordStart + keyword.Length, items, Common: false, Ordinal: true);
    }

    /// <summary>The word ending right before <paramref name="end"/> and its start, one run of spaces between.</summary>
    private static (string? Word, int Start) WordBefore(string text, int end)
    {
        var i = end;
        while (i > 0 && text[i - 1] == ' ' && end - i < 3) i--;
        if (i == end) return (null, end);
        var wordEnd = i;
        while (i > 0 && char.IsLetterOrDigit(text[i - 1]) && wordEnd - i < 12) i--;
        if (i == wordEnd || (i > 0 && char.IsLetterOrDigit(text[i - 1]))) return (null, end);
        return (text[i..wordEnd], i);
    }

    /// <summary>OCR turns the digit 1 into "l" or "I" inside brackets; a sub-paragraph is never either.</summary>
    private static string CleanSubLabel(string label) => label is "l" or "I" ? "1" : label;

    private static List<string> ReadTrailingParagraphs(string text, ref int end, LanguagePatterns patterns)
    {
        if (!MayFollow(text, end, patterns.ParagraphStarts, stop: true)) return [];
        var match = patterns.TrailingParagraphs.Match(text, end);
        if (!match.Success) return [];
        end = match.Index + match.Length;
        return [.. match.Groups["n"].Captures.Select(c => c.Value)];
    }

    /// <summary>
    /// Whether, after white space (and, if <paramref name="stop"/>, a comma or full stop and white space again),
    /// <paramref name="position"/> is followed by one of <paramref name="starts"/>: what the patterns tried there
    /// must find first, checked without running them.
    /// </summary>
    private static bool MayFollow(string text, int position, System.Buffers.SearchValues<char> starts, bool stop)
    {
        var k = SkipSpaces(text, position);
        if (stop && k < text.Length && text[k] is ',' or '.') k = SkipSpaces(text, k + 1);
        return k < text.Length && starts.Contains(text[k]);
    }

    private static int SkipSpaces(string text, int k)
    {
        while (k < text.Length && char.IsWhiteSpace(text[k])) k++;
        return k;
    }

    /// <summary>"paragraph 7 of " ends in white space and holds a number: without both, the 60 characters before a keyword need not be read.</summary>
    private static bool LeadingParagraphsMayEndAt(string text, int start)
    {
        if (start == 0 || !char.IsWhiteSpace(text[start - 1])) return false;
        foreach (var c in text.AsSpan(Math.Max(0, start - 60), Math.Min(60, start)))
        {
            if (char.IsDigit(c)) return true;
        }

        return false;
    }

    private static bool IsRomanChar(char c) => c is 'I' or 'V' or 'X' or 'L' or 'C';

    /// <summary>A sub-division after an item, tried where the item ended: "(1)", "(a)", ".2".</summary>
    [GeneratedRegex(@"\G(?:\s?\(\s?(?<p>[0-9]{1,3}|[A-Za-z]{1,4})\s?\)|\.(?<d>[0-9]{1,2})(?![0-9])(?!\.\d))")]
    private static partial Regex SubDivision();

    /// <summary>What follows "73 e" when "e" is a sub-paragraph: "of", "in", "under", a comma, a stop, a bracket.</summary>
    [GeneratedRegex(@"^(?:\s+(?:of|in|under|thereof|de|du|del)\b|[,;.)\]])")]
    private static partial Regex SpacedLetterEnds();
}
