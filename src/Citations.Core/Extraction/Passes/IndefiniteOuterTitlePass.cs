using System.Text.RegularExpressions;

namespace Citations.Core.Extraction.Passes;

/// <summary>
/// "a ground-breaking amendment to the Montreal Protocol", "an optional protocol to the Convention against
/// Torture": an amendment or protocol written in lower case after an indefinite article is some unnamed
/// instrument (RULES.md rule 6, extra-068), but the instrument it would amend is named, and is what the
/// text invokes. The catalog either reads the whole phrase as a catalogued amendment's title or, right
/// after "a"/"an", skips the phrase as a description; both hide the name inside it. This pass puts the
/// inner name in the outer phrase's place. Capitalised titles ("the Kigali Amendment to the Montreal
/// Protocol", "an Amendment to …") and "the amendment to …" keep their reading.
/// </summary>
internal sealed partial class IndefiniteOuterTitlePass(ExtractionContext context) : IExtractionPass
{
    /// <summary>How far after "to the" the inner name is looked for when no outer title was read.</summary>
    private const int InnerReach = 240;

    public void Run(ExtractionState state)
    {
        var text = state.Text;
        if (!text.Contains(" to ", StringComparison.Ordinal)) return;
        foreach (var phrase in Phrases(text, state.Steps))
        {
            var head = phrase.Groups["head"];
            var from = phrase.Index + phrase.Length;
            var outer = state.Mentions.FirstOverlapping(head.Index, head.Index + 1, m => m.Start == head.Index);
            if (outer is not null && outer.Kind is not (MentionKind.Title or MentionKind.InformalName)) continue;
            if (outer is not null && outer.End <= from) continue;
            var end = outer?.End ?? SentenceEnd(text, from);
            var inner = CatalogMatcher.Find(text[from..end], context.Names, state.Steps, context.Patterns);
            // With no outer title the inner name must follow "to the" at once: "an amendment to the Montreal Protocol".
            if (outer is null) inner = [.. inner.Where(m => m.Start == 0).Take(1)];
            if (inner.Count == 0) continue;
            foreach (var found in inner)
            {
                found.Start += from;
                found.End += from;
            }

            if (outer is not null) state.Mentions.RemoveAll(m => ReferenceEquals(m, outer));
            else if (state.Mentions.Overlaps(inner[0].Start, inner[0].End)) continue;
            state.Mentions.AddRange(inner);
        }
    }

    private static int SentenceEnd(string text, int from)
    {
        var limit = Math.Min(text.Length, from + InnerReach);
        var stop = text.AsSpan(from, limit - from).IndexOfAny(".;\n");
        return stop < 0 ? limit : from + stop;
    }

    /// <summary>
    /// The phrases <see cref="Phrase"/> finds, left to right and apart, tried only where a lower-case head word
    /// stands: from each of the few word starts before it that could hold the article, leftmost first.
    /// </summary>
    private static IEnumerable<Match> Phrases(string text, StepCounter steps)
    {
        var done = 0;
        var starts = new List<int>(WordsBack);
        for (var at = text.AsSpan().IndexOfAny(s_heads); at >= 0; at = Next(text, at + 1))
        {
            if (at > 0 && (char.IsLetterOrDigit(text[at - 1]) || text[at - 1] is '_' or '-')) continue;
            WordStartsBefore(text, at, done, starts);
            for (var k = starts.Count - 1; k >= 0; k--)
            {
                steps.Add();
                var phrase = Phrase().Match(text, starts[k]);
                if (!phrase.Success) continue;
                var head = phrase.Groups["head"];
                if (head.Index > at || head.Index + head.Length <= at) continue;
                done = phrase.Index + phrase.Length;
                yield return phrase;
                break;
            }
        }
    }

    private static readonly System.Buffers.SearchValues<string> s_heads = System.Buffers.SearchValues.Create(["amendment", "protocol"], StringComparison.Ordinal);

    private static int Next(string text, int from)
    {
        if (from >= text.Length) return -1;
        var found = text.AsSpan(from).IndexOfAny(s_heads);
        return found < 0 ? -1 : from + found;
    }

    /// <summary>The article, up to three words, and "optional"/"additional": five words back at most.</summary>
    private const int WordsBack = 5;

    /// <summary>Fills <paramref name="starts"/> with the starts of the words before <paramref name="at"/> that an article and its few words may take (not before <paramref name="floor"/>), nearest first.</summary>
    private static void WordStartsBefore(string text, int at, int floor, List<int> starts)
    {
        starts.Clear();
        var i = at;
        while (starts.Count < WordsBack)
        {
            var end = i;
            while (i > floor && char.IsWhiteSpace(text[i - 1])) i--;
            if (i == end || i <= floor) break;
            while (i > floor && !char.IsWhiteSpace(text[i - 1])) i--;
            starts.Add(i);
        }
    }

    /// <summary>
    /// An indefinite article, up to three lower-case words ("ground-breaking", "important new"), then the
    /// lower-case head and its link to the inner name: "an amendment to the ", "a new optional protocol to ".
    /// </summary>
    [GeneratedRegex(@"\G(?<![\w-])(?:[Aa]n?|[Aa]ny)(?:\s+[a-z][a-z-]*){0,3}?\s+(?<head>(?:amendments?|(?:(?:optional|additional)\s+)?protocols?)\s+to\s+(?:the\s+)?)")]
    private static partial Regex Phrase();
}
