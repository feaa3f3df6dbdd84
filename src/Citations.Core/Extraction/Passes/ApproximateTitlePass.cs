namespace Citations.Core.Extraction.Passes;

/// <summary>
/// Uncatalogued titles that are catalogued names written differently (<see cref="ApproximateTitleMatcher"/>)
/// become mentions of that instrument, with lower confidence; those close to a catalogued name but not
/// decided are dropped, so a variant of a catalogued title is never reported as an instrument of its own; so are
/// titles that are only a catalogued name without its regional qualifier ("Convention on Human Rights", from the
/// European and the American Conventions). Runs before the short forms, so that "the Convention" after a misspelt
/// title refers back to it.
/// </summary>
internal sealed class ApproximateTitlePass(ExtractionContext context) : IExtractionPass
{
    /// <summary>
    /// The folded words of every catalog name with its regional qualifier dropped (<see cref="NameIndex.WithoutQualifier"/>):
    /// "Convention on Human Rights" is the European or the American one, not a third. A place dropped is not enough:
    /// "Agreement on the Cessation of Hostilities" without "Algiers" is the title of other agreements as well.
    /// </summary>
    private readonly HashSet<string> _variants =
    [
        .. from instrument in context.Catalog.Instruments
           from name in instrument.Names.Concat(instrument.InformalNames)
           let shortened = NameIndex.WithoutQualifier(name, leastTailWords: 1)
           where shortened is not null && context.Patterns.RegionalQualifiers.Contains(shortened.Value.Qualifier)
           select NameIndex.FoldedKey(shortened.Value.Shortened),
    ];

    /// <summary>How far past the uncatalogued pattern's match a title may run (over commas, broken words, "&amp;").</summary>
    private const int Reach = 400;

    public void Run(ExtractionState state)
    {
        var text = state.Text;
        var mentions = state.Mentions;
        // The set rebuilt once, in one pass, when any title changes: replacing in place would cost a shift each time.
        List<Mention>? kept = null;
        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            var replacement = mention;
            if (mention.Kind == MentionKind.UncataloguedTitle)
            {
                state.Steps.Add();
                var limit = Math.Min(text.Length, mention.Start + Reach);
                if (k + 1 < mentions.Count) limit = Math.Min(limit, mentions[k + 1].Start);
                var end = Math.Max(mention.End, SentenceEnd(text, mention.End, limit));
                if (context.Approximate.Match(text, mention.Start, end, state.Steps) is { } found && found.Cost <= ApproximateTitleMatcher.VariantCost)
                {
                    replacement = found.Id is null || found.Cost > ApproximateTitleMatcher.MaxCost
                        ? null
                        : new Mention { Start = found.Start, End = found.End, Kind = MentionKind.Title, InstrumentId = found.Id, Confidence = Confidence.Approximate };
                }
                else if (_variants.Contains(NameIndex.FoldedKey(mention.Title!)))
                {
                    replacement = null;
                }
            }

            if (replacement != mention && kept is null) kept = [.. mentions.Take(k)];
            if (kept is not null && replacement is not null) kept.Add(replacement);
        }

        if (kept is not null) mentions.ReplaceAll(kept);
    }

    /// <summary>The end of the sentence holding <paramref name="from"/>, no further than <paramref name="limit"/>.</summary>
    private static int SentenceEnd(string text, int from, int limit)
    {
        for (var i = from; i < limit; i++)
        {
            var c = text[i];
            if (c is ';' or '!' or '?' or '(' or ')' or '"' or '“' or '”') return i;
            if (c == '.' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]))) return i;
            if (c == '\n' && i + 1 < text.Length && text[i + 1] == '\n') return i;
        }

        return limit;
    }
}
