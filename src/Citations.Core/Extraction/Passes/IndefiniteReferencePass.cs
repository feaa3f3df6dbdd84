using System.Text.RegularExpressions;

namespace Citations.Core.Extraction.Passes;

/// <summary>
/// "a comprehensive test-ban treaty", "an international convention on the rights of the child": a name
/// written in lower case after an indefinite article speaks of some instrument of that kind, not of the
/// one the catalog names (RULES.md, dev-121). Capitalised names and acronyms keep their reading.
/// </summary>
internal sealed partial class IndefiniteReferencePass : IExtractionPass
{
    public void Run(ExtractionState state)
    {
        var text = state.Text;
        state.Mentions.RemoveAll(m =>
        {
            state.Steps.Add();
            return m.Kind is MentionKind.Title or MentionKind.InformalName or MentionKind.Translation
                   && m.InstrumentId is not null && char.IsLower(text[m.Start])
                   && Indefinite().IsMatch(text.AsSpan(Math.Max(0, m.Start - 8), Math.Min(8, m.Start)));
        });
    }

    [GeneratedRegex(@"(?:^|[^\w-])(?:[Aa]|[Aa]n|[Aa]ny|[Uu]ne?|[Uu]na)\s+$")]
    private static partial Regex Indefinite();
}
