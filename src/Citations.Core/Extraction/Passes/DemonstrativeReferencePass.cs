using System.Buffers;

namespace Citations.Core.Extraction.Passes;

/// <summary>
/// A lower-case demonstrative that points back to the instrument named right before it: "the North Atlantic Treaty …
/// destroying this treaty", "the Charter … the theoretical value which that instrument confers", "the Rome Statute …
/// brought that treaty into force" (RULES.md: "this instrument" is an anaphor). The capitalised short forms ("the
/// Treaty") are the <see cref="ShortFormPass"/>'s; in lower case only a demonstrative makes the noun an anaphor ("the
/// treaty" is often some treaty), and only "treaty", "convention", "covenant" and "instrument" are read ("that
/// agreement" is as often a consensus). The instrument must be the mention that ends last before the demonstrative,
/// within <see cref="Reach"/>, and its kind must fit the noun: any instrument but a resolution for "instrument", a
/// treaty or statute for "treaty", one whose names hold the noun for "convention" and "covenant".
/// </summary>
internal sealed class DemonstrativeReferencePass(ExtractionContext context) : IExtractionPass
{
    /// <summary>How far after the instrument's mention the demonstrative may stand (about two sentences).</summary>
    private const int Reach = 400;

    private static readonly SearchValues<string> s_nouns = SearchValues.Create(["treaty", "convention", "covenant", "instrument"], StringComparison.Ordinal);

    /// <summary>Words after the noun that make it the start of a title or a description of another instrument ("this treaty on …").</summary>
    private static readonly string[] s_goesOn = ["on", "of", "for", "against", "between", "to", "concerning", "relating", "banning", "prohibiting"];

    public void Run(ExtractionState state)
    {
        var text = state.Text;
        List<Mention>? found = null;
        for (var from = 0; from < text.Length;)
        {
            var hit = text.AsSpan(from).IndexOfAny(s_nouns);
            if (hit < 0) break;
            var at = from + hit;
            var noun = NounAt(text, at);
            from = at + noun.Length;
            state.Steps.Add();
            if ((at > 0 && TextNormalizer.IsWordChar(text[at - 1])) || (from < text.Length && TextNormalizer.IsWordChar(text[from]))) continue;
            if (DemonstrativeStart(text, at) is not { } start || GoesOn(text, from) || state.Mentions.Overlaps(start, from)) continue;
            if (Antecedent(state, start) is not { } antecedent || !Fits(antecedent, noun)) continue;
            (found ??= []).Add(new Mention
            {
                Start = start, End = from, Kind = MentionKind.ShortForm, InstrumentId = antecedent.Id, Confidence = Confidence.DemonstrativeReference,
            });
        }

        if (found is not null) state.Mentions.AddWithoutOverlap(found);
    }

    private static string NounAt(string text, int at) => text[at] switch
    {
        't' => "treaty",
        'i' => "instrument",
        _ => text.AsSpan(at).StartsWith("convention", StringComparison.Ordinal) ? "convention" : "covenant",
    };

    /// <summary>Where "this", "that" or "the said" right before the noun begins; null for any other word there.</summary>
    private static int? DemonstrativeStart(string text, int noun)
    {
        var (start, word) = WordBefore(text, noun);
        if (word is "this" or "This" or "that" or "That") return start;
        if (word is not "said") return null;
        var (theStart, the) = WordBefore(text, start);
        return the is "the" or "The" ? theStart : null;
    }

    /// <summary>The word before <paramref name="position"/>, across white space only, and where it starts.</summary>
    private static (int Start, string? Word) WordBefore(string text, int position)
    {
        var end = position;
        while (end > 0 && text[end - 1] is ' ' or '\n' or '\t' or '\r') end--;
        if (end == position) return (position, null);
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return start == end || end - start > 5 ? (start, null) : (start, text[start..end]);
    }

    private static bool GoesOn(string text, int end)
    {
        var k = end;
        while (k < text.Length && text[k] is ' ' or '\n') k++;
        if (k == end) return false;
        var wordEnd = k;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd])) wordEnd++;
        var next = text.AsSpan(k, wordEnd - k);
        foreach (var word in s_goesOn)
        {
            if (next.SequenceEqual(word)) return true;
        }

        return false;
    }

    /// <summary>The catalogued instrument of the mention that ends last before <paramref name="start"/>, if within reach.</summary>
    private Instrument? Antecedent(ExtractionState state, int start)
    {
        var mentions = state.Mentions;
        Mention? last = null;
        // Mentions are in order of their starts: the one ending last before the demonstrative starts shortly before it.
        for (var k = mentions.FirstStartingAtOrAfter(start) - 1; k >= 0 && (last is null || mentions[k].Start >= last.Start - Reach); k--)
        {
            state.Steps.Add();
            var mention = mentions[k];
            if (mention.End <= start && (last is null || mention.End > last.End)) last = mention;
        }

        if (last is null || start - last.End > Reach || last.Kind is MentionKind.UncataloguedTitle or MentionKind.Resolution) return null;
        // "the Treaty of Tlatelolco … the Convention banning anti-personnel mines … that instrument": an instrument spoken of
        // between them, though not named, may be the one meant.
        if (NamesAnInstrumentKind(state.Text.AsSpan(last.End, start - last.End))) return null;
        return last.InstrumentId is { } id ? context.Catalog.Find(id) : null;
    }

    private static readonly SearchValues<string> s_instrumentWords = SearchValues.Create(
        ["treat", "convention", "protocol", "agreement", "instrument", "covenant", "charter", "declaration", "accord", "pact", "statute"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the text holds a word for some instrument ("the convention", "a protocol on …", "treaties").</summary>
    private static bool NamesAnInstrumentKind(ReadOnlySpan<char> between)
    {
        for (var k = between.IndexOfAny(s_instrumentWords); k >= 0;)
        {
            if (k == 0 || !TextNormalizer.IsWordChar(between[k - 1])) return true;
            var next = between[(k + 1)..].IndexOfAny(s_instrumentWords);
            k = next < 0 ? -1 : k + 1 + next;
        }

        return false;
    }

    private static bool Fits(Instrument instrument, string noun) => noun switch
    {
        "instrument" => instrument.Kind != InstrumentKind.Resolution,
        "treaty" => instrument.Kind is InstrumentKind.Treaty or InstrumentKind.Statute,
        _ => HasWord(instrument, noun),
    };

    /// <summary>Whether the instrument's title, names or short forms hold the noun as a word ("Convention").</summary>
    private static bool HasWord(Instrument instrument, string noun)
    {
        foreach (var name in instrument.ShortForms.Concat(instrument.Names).Concat(instrument.InformalNames).Append(instrument.Title))
        {
            foreach (var word in TextNormalizer.Words(name))
            {
                if (word.Equals(noun, StringComparison.OrdinalIgnoreCase)) return true;
            }
        }

        return false;
    }
}
