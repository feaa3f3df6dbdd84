using System.Text.RegularExpressions;

namespace Citations.Core.Extraction.Passes;

/// <summary>
/// Titles broken by a hyphen inside a word whose line break the copy lost ("Declaration on the Strengthening of
/// Inter-national Security", a reprint's "Second Addi-tional Protocol to the Co-nvention on Cybercrime", a
/// PDF's "Conven- tion"): read as uncatalogued titles, they are the catalogued name once the word is whole.
/// Only a whole title is taken, so a broken word never makes a title out of part of one.
/// </summary>
internal sealed partial class DehyphenatedTitlePass(ExtractionContext context) : IExtractionPass
{
    public void Run(ExtractionState state)
    {
        var text = state.Text;
        List<Mention>? replaced = null;
        List<Mention>? found = null;
        foreach (var mention in state.Mentions)
        {
            if (mention.Kind != MentionKind.UncataloguedTitle) continue;
            state.Steps.Add();
            var surface = text[mention.Start..mention.End];
            var joined = BrokenWord().Replace(surface, "");
            if (joined.Length == surface.Length) continue;
            // A determiner before the title is no part of it, and holds no hyphen, so offsets before the title agree.
            var lead = Determiner().Match(joined).Length;
            var title = joined[lead..];
            if (CatalogMatcher.Find(title, context.Names, state.Steps, context.Patterns) is not [{ InstrumentId: { } id } whole]
                || whole.Start != 0 || whole.End != title.Length)
            {
                continue;
            }

            (replaced ??= []).Add(mention);
            (found ??= []).Add(new Mention { Start = mention.Start + lead, End = mention.End, Kind = MentionKind.Title, InstrumentId = id, Confidence = Confidence.Approximate });
        }

        if (replaced is null) return;
        var old = replaced.ToHashSet();
        state.Mentions.RemoveAll(old.Contains);
        state.Mentions.AddRange(found!);
    }

    /// <summary>A hyphen between a letter and a lower-case letter, with at most one space or line break after it: "Inter-national", "Conven- tion".</summary>
    [GeneratedRegex(@"(?<=\p{L})-(?:[ \t]|\r?\n)?(?=\p{Ll})")]
    private static partial Regex BrokenWord();

    [GeneratedRegex(@"^(?:[Tt]he|[Tt]his|[Tt]hat)\s+")]
    private static partial Regex Determiner();
}
