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
        foreach (Match phrase in Phrase().Matches(text))
        {
            state.Steps.Add();
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
    /// An indefinite article, up to three lower-case words ("ground-breaking", "important new"), then the
    /// lower-case head and its link to the inner name: "an amendment to the ", "a new optional protocol to ".
    /// </summary>
    [GeneratedRegex(@"(?<![\w-])(?:[Aa]n?|[Aa]ny)(?:\s+[a-z][a-z-]*){0,3}?\s+(?<head>(?:amendments?|(?:(?:optional|additional)\s+)?protocols?)\s+to\s+(?:the\s+)?)")]
    private static partial Regex Phrase();
}
