using System.Text.RegularExpressions;

namespace Citations.Core.Extraction.Passes;

/// <summary>
/// "a comprehensive test-ban treaty", "an international convention on the rights of the child", "an effective
/// non-proliferation Treaty": a name written in lower case after an indefinite article, with at most two adjectives
/// between, speaks of some instrument of that kind, not of the one the catalog names (RULES.md, dev-121; a proposal
/// with no name does not count). Capitalised names and acronyms keep their reading; "a party to the non-proliferation
/// Treaty" is the Treaty, and so is "a non-proliferation treaty party" (the article is the party's).
/// </summary>
internal sealed partial class IndefiniteReferencePass(ExtractionContext context) : IExtractionPass
{
    public void Run(ExtractionState state)
    {
        var text = state.Text;
        state.Mentions.RemoveAll(m =>
        {
            state.Steps.Add();
            return m.Kind is MentionKind.Title or MentionKind.InformalName or MentionKind.Translation
                   && m.InstrumentId is not null && char.IsLower(text[m.Start]) && !context.Patterns.QualifiesNounAfter(text, m.End)
                   && Indefinite().Match(text, Math.Max(0, m.Start - Reach), Math.Min(Reach, m.Start)) is { Success: true } article
                   && !MeetingOn().IsMatch(text.AsSpan(Math.Max(0, article.Index + 1 - Reach), Math.Min(Reach, article.Index + 1)));
        });
    }

    /// <summary>
    /// "the Intergovernmental Conference on an international legally binding instrument under …": the indefinite phrase
    /// is the name of the meeting that negotiates the instrument, which then counts (RULES.md rule 8).
    /// </summary>
    [GeneratedRegex(@"\b(?:Conference|Committee|Commission|Negotiations?)\s+(?:on|for)\s+.?$")]
    private static partial Regex MeetingOn();

    /// <summary>How far before a name the article and its adjectives are looked for.</summary>
    private const int Reach = 48;

    [GeneratedRegex(@"(?:^|[^\w-])(?:[Aa]|[Aa]n|[Aa]ny|[Uu]ne?|[Uu]na)\s+(?:(?!(?:the|to|of|in|on|for|with|by|under|and|or|its|their|this|that|from|at|as|la|le|el|de|du|del)\s)\p{Ll}[\p{Ll}-]*\s+){0,2}$")]
    private static partial Regex Indefinite();
}
