namespace Citations.Core.Extraction.Passes;

/// <summary>Catalog names, informal names, translations and acronyms, in one walk over the text (<see cref="CatalogMatcher"/>).</summary>
internal sealed class CatalogNamePass(ExtractionContext context) : IExtractionPass
{
    public void Run(ExtractionState state)
    {
        var found = CatalogMatcher.Find(state.Text, state.Words, context.Names, state.Steps, context.Patterns);
        found.RemoveAll(m => ReadsAsPhrase(state.Text, m));
        state.Mentions.AddRange(found);
    }

    /// <summary>
    /// A resolution titled by a plain phrase, written in lower case and not quoted, is the phrase: "building the future
    /// we want", "the definition of aggression" before 1974, "the restoration of the lawful rights of the People's
    /// Republic of China" as an agenda question. Quoted (“The future we want”) or capitalised, it is the document.
    /// </summary>
    private bool ReadsAsPhrase(string text, Mention mention)
    {
        if (mention.Kind != MentionKind.Title || mention.InstrumentId is not { } id || !char.IsLower(text[mention.Start])) return false;
        if (context.Catalog.Find(id) is not { Kind: InstrumentKind.Resolution } instrument) return false;
        // Only the title itself reads as a phrase; the other names ("outcome document of the United Nations Conference on
        // Sustainable Development") describe the document. "Declaration on …", "Charter of …": a title that opens with a
        // head noun names a document, whatever its case.
        var title = TextNormalizer.Words(instrument.Title).SkipWhile(w => w.Equals("the", StringComparison.OrdinalIgnoreCase)).ToList();
        if (title.Count == 0 || context.ShortForms.HeadOf(char.ToUpperInvariant(title[0][0]) + title[0][1..]) is not null) return false;
        if (!TextNormalizer.Words(text[mention.Start..mention.End]).SequenceEqual(title, StringComparer.OrdinalIgnoreCase)) return false;
        return !Quoted(text, mention.Start);
    }

    /// <summary>
    /// Whether the title is written as one: a quotation mark opens right before <paramref name="start"/> or before a
    /// "The" that does, or a capital "The" inside a sentence begins it ("recalled The future we want").
    /// </summary>
    private static bool Quoted(string text, int start)
    {
        var k = start;
        while (k > 0 && char.IsWhiteSpace(text[k - 1])) k--;
        if (k >= 3 && text.AsSpan(k - 3, 3).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            var capital = text[k - 3] == 'T';
            k -= 3;
            while (k > 0 && char.IsWhiteSpace(text[k - 1])) k--;
            if (capital && k > 0 && char.IsLetterOrDigit(text[k - 1])) return true;
        }

        return k > 0 && text[k - 1] is '"' or '“' or '‘' or '\'' or '«';
    }
}
