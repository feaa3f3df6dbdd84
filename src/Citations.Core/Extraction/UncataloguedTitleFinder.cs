using System.Text;
using System.Text.RegularExpressions;

namespace Citations.Core.Extraction;

/// <summary>
/// Titles of instruments the catalog does not hold ("the Inter-American Convention to Prevent
/// and Punish Torture"), reported with catalogued = false rather than lost. Only a capitalised
/// head noun followed by the words that open a treaty title counts, so "the Declaration of
/// Independence" or "a convention on the reduction of armaments" are not taken.
/// </summary>
internal static partial class UncataloguedTitleFinder
{
    public static List<Mention> Find(string text, MentionSet taken, StepCounter? steps = null)
    {
        var found = new List<Mention>();
        foreach (var match in s_title.Matches(text, steps ?? new StepCounter()))
        {
            var start = match.Index;
            var end = match.Index + match.Length;
            // An ambiguous name inside ("Geneva Convention on the Continental Shelf") gives way to the title; a name
            // or a resolution further on ends it ("… Peoples in General Assembly resolution 1514 (XV)").
            var headEnd = match.Groups["head"].Index + match.Groups["head"].Length;
            if (taken.FirstOverlapping(start, headEnd, m => m.InstrumentId is not null) is not null) continue;
            if (taken.FirstOverlapping(headEnd, end, _ => true) is { } inside)
            {
                end = TrimEnd(text, start, Math.Max(headEnd, inside.Start));
                if (end <= headEnd + 4) continue;
            }
            // "bring this Treaty to the General Assembly": an anaphor and a verb's object, not a title "… Treaty to …".
            if (match.Groups["to"].Success && Anaphoric().IsMatch(text.AsSpan(Math.Max(0, start - 8), Math.Min(8, start)))) continue;
            var title = Regex.Replace(text[start..end], @"\s+", " ");
            var kind = match.Groups["head"].Value switch
            {
                "Protocol" => InstrumentKind.Protocol,
                "Declaration" => InstrumentKind.Declaration,
                "Charter" => InstrumentKind.Charter,
                _ => InstrumentKind.Treaty,
            };
            found.Add(new Mention
            {
                Start = start, End = end, Kind = MentionKind.UncataloguedTitle, InstrumentId = IdFor(title),
                Title = title, KindOfInstrument = kind, Catalogued = false, Confidence = Confidence.UncataloguedTitle,
            });
        }

        return found;
    }

    /// <summary>Where a title cut at <paramref name="limit"/> ends: without the spaces and linking words before the cut.</summary>
    private static int TrimEnd(string text, int start, int limit)
    {
        var end = limit;
        while (true)
        {
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            var wordStart = end;
            while (wordStart > start && TextNormalizer.IsWordChar(text[wordStart - 1])) wordStart--;
            if (wordStart == end || !LinkWord().IsMatch(text.AsSpan(wordStart, end - wordStart))) return end;
            end = wordStart;
        }
    }

    [GeneratedRegex("^(?:" + Link + ")$")]
    private static partial Regex LinkWord();

    /// <summary>A stable id from the title's words: "Inter-American Convention to Prevent and Punish Torture" → "X-INTER-AMERICAN-CONVENTION-TO-PREVENT-AND-PUNISH-TORTURE".</summary>
    internal static string IdFor(string title)
    {
        var id = new StringBuilder("X");
        foreach (var word in TextNormalizer.Words(title))
        {
            id.Append('-').Append(TextNormalizer.Fold(word).ToUpperInvariant());
        }

        return id.ToString();
    }

    private const string Cap = @"(?:[A-Z][\w’'-]*)";
    private const string Link = @"(?:of|the|and|on|in|for|to|against|from|by|with|at|de|la|des|du|del|y|et)";

    /// <summary>A title holds its head noun after at most four capitalised words.</summary>
    private static readonly TriggeredPattern s_title = new(
        Title(), ["Convention", "Treaty", "Covenant", "Protocol", "Agreement", "Charter", "Declaration"], StringComparison.Ordinal, wordsBefore: 4, extraPrefixChars: "’'-");

    [GeneratedRegex(@"\G(?<![\w-])(?:" + Cap + @"\s+){0,4}(?<head>Convention|Treaty|Covenant|Protocol|Agreement|Charter|Declaration)\s+(?:on|for|against|relating\s+to|concerning|respecting|between|(?<to>to))\s+(?:" + Link + @"\s+)*" + Cap + @"(?:\s+(?:" + Link + @"\s+)*" + Cap + @")*")]
    private static partial Regex Title();

    [GeneratedRegex(@"\b(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir)\s+$")]
    private static partial Regex Anaphoric();
}
