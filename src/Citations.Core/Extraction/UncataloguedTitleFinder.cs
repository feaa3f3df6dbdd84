using System.Text;
using System.Text.RegularExpressions;

namespace Citations.Core.Extraction;

/// <summary>
/// Titles of instruments the catalog does not hold ("the Inter-American Convention to Prevent
/// and Punish Torture"), reported with catalogued = false rather than lost. Only a capitalised
/// head noun followed by the words that open a treaty title counts, so "the Declaration of
/// Independence" or "a convention on the reduction of armaments" are not taken.
/// </summary>
internal static class UncataloguedTitleFinder
{
    public static List<Mention> Find(string text, MentionSet taken, StepCounter? steps = null, LanguagePatterns? patterns = null)
    {
        patterns ??= LanguagePatterns.BuiltIn;
        var found = new List<Mention>();
        foreach (var match in patterns.UncataloguedTitle.Matches(text, steps ?? new StepCounter()))
        {
            var start = match.Index;
            var end = match.Index + match.Length;
            if (taken.Overlaps(start, end)) continue;
            var title = Regex.Replace(match.Value, @"\s+", " ");
            var kind = patterns.TitleKinds[match.Groups["head"].Value];
            found.Add(new Mention
            {
                Start = start, End = end, Kind = MentionKind.UncataloguedTitle, InstrumentId = IdFor(title),
                Title = title, KindOfInstrument = kind, Catalogued = false, Confidence = Confidence.UncataloguedTitle,
            });
        }

        return found;
    }

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
}
