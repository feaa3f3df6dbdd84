using System.Text.RegularExpressions;

namespace Citations.Core.Extraction;

/// <summary>
/// Terms a text defines for an instrument right after naming it — (the "Treaty"), ('GPW'),
/// (hereinafter referred to as "the Convention"), (Geneva) — and every later use of them.
/// </summary>
internal static partial class DefinedTermFinder
{
    private const int Window = 160;

    public static List<Mention> Find(string text, IReadOnlyList<Mention> named, StepCounter? steps = null, LanguagePatterns? patterns = null)
    {
        steps ??= new StepCounter();
        patterns ??= LanguagePatterns.BuiltIn;
        var found = new List<Mention>();
        var terms = new List<(string Term, string Instrument, int From)>();
        for (var k = 0; k < named.Count; k++)
        {
            var mention = named[k];
            // An uncatalogued title's parenthesis often names a body or mission in it ("… in Guatemala (MINUGUA)"), not the title.
            if (mention.InstrumentId is null || !mention.Catalogued) continue;
            var limit = Math.Min(text.Length, mention.End + Window);
            if (k + 1 < named.Count) limit = Math.Min(limit, named[k + 1].Start);
            if (limit <= mention.End) continue;
            var definition = patterns.Definition.Match(text, mention.End, limit - mention.End);
            while (definition.Success)
            {
                var term = definition.Groups["term"];
                if (IsTerm(term.Value) && IsCitationTail(text.AsSpan(mention.End, definition.Index - mention.End), patterns)
                    && FitsAsAcronym(term.Value, text.AsSpan(mention.Start, mention.End - mention.Start)))
                {
                    found.Add(new Mention
                    {
                        Start = term.Index, End = term.Index + term.Length, Kind = MentionKind.DefinedTerm,
                        InstrumentId = mention.InstrumentId, Confidence = Confidence.DefinedTerm,
                    });
                    terms.Add((term.Value, mention.InstrumentId, definition.Index + definition.Length));
                    break;
                }

                definition = definition.NextMatch();
            }
        }

        if (terms.Count == 0) return found;
        // Uses are looked for only where a word starts that a term starts with: one index of the text's
        // word starts, not one scan of the text per term.
        var starts = WordStarts(text, steps);
        // A term defined again finds only uses the first definition found already, which come first and win.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (term, instrument, from) in terms)
        {
            var bare = term.StartsWith("the ", StringComparison.Ordinal) ? term[4..] : term;
            if (!seen.Add(bare) || !starts.TryGetValue(FirstWord(bare), out var positions)) continue;
            var use = new Regex(@"\G(?:the\s+)?" + Regex.Escape(bare) + @"(?![\w-])");
            // As Regex.Matches over the text from the definition on: matches never overlap, none starts before from.
            var end = from;
            for (var k = FirstAtOrAfter(positions, from); k < positions.Count; k++)
            {
                steps.Add();
                var p = positions[k];
                if (p < end) continue;
                var match = TheBefore(text, p, from, Math.Max(from, end)) is var the and >= 0 && use.Match(text, the) is { Success: true } withThe
                    ? withThe
                    : use.Match(text, p);
                if (!match.Success) continue;
                found.Add(new Mention
                {
                    Start = match.Index, End = match.Index + match.Length, Kind = MentionKind.DefinedTerm,
                    InstrumentId = instrument, Confidence = Confidence.DefinedTerm,
                });
                end = match.Index + match.Length;
            }
        }

        return found;
    }

    private static bool IsWordOrHyphen(char c) => TriggeredPattern.IsWordChar(c) || c == '-';

    /// <summary>The leading run of word characters: "U" of "U.N.", "Treaty" of "Treaty Organization".</summary>
    private static string FirstWord(string term)
    {
        var k = 0;
        while (k < term.Length && TriggeredPattern.IsWordChar(term[k])) k++;
        return term[..k];
    }

    /// <summary>Where each word of the text starts (not after a word character or a hyphen), by its leading run of word characters.</summary>
    private static Dictionary<string, List<int>> WordStarts(string text, StepCounter steps)
    {
        var starts = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var i = 0;
        while (i < text.Length)
        {
            if (!TriggeredPattern.IsWordChar(text[i]) || (i > 0 && IsWordOrHyphen(text[i - 1])))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && TriggeredPattern.IsWordChar(text[i])) i++;
            var word = text[start..i];
            if (!starts.TryGetValue(word, out var list)) starts[word] = list = [];
            list.Add(start);
        }

        steps.Add(text.Length);
        return starts;
    }

    private static int FirstAtOrAfter(List<int> positions, int from)
    {
        var k = positions.BinarySearch(from);
        return k >= 0 ? k : ~k;
    }

    /// <summary>
    /// The start of a "the" and white space right before <paramref name="position"/>, where a match may
    /// begin: not after a word character (nothing counts before <paramref name="from"/>, where the search
    /// begins) and not before <paramref name="limit"/>; -1 when there is none.
    /// </summary>
    private static int TheBefore(string text, int position, int from, int limit)
    {
        var k = position;
        while (k > limit && char.IsWhiteSpace(text[k - 1])) k--;
        if (k == position || k - 3 < limit || !text.AsSpan(k - 3, 3).SequenceEqual("the")) return -1;
        var the = k - 3;
        return the == from || !IsWordOrHyphen(text[the - 1]) ? the : -1;
    }

    /// <summary>A term is a word or a few, not a paragraph label ("(A)"), a numbering ("(XXIV)") or a year.</summary>
    private static bool IsTerm(string term)
    {
        var bare = term.StartsWith("the ", StringComparison.Ordinal) ? term[4..] : term;
        return bare.Length >= 2 && !bare.Any(char.IsAsciiDigit) && !bare.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C');
    }

    /// <summary>
    /// Between a title and its definition only a citation may stand: dates, treaty-series references,
    /// "opened for signature" — ", Oct. 25, 1980, 19 I.L.M. 1501 (1980)". Running prose means the
    /// brackets define something else.
    /// </summary>
    private static bool IsCitationTail(ReadOnlySpan<char> between, LanguagePatterns patterns)
    {
        foreach (var word in TextNormalizer.Words(between.ToString()))
        {
            if (word.Length >= 4 && char.IsLower(word[0]) && !patterns.CitationTailWords.Contains(word)) return false;
            // A name of something else between them ("… and the United Nations Conference on Trade and Development
            // (UNCTAD)"): the brackets define that. Capitals of series (U.N.T.S., I.L.M.) and months are citation.
            if (word.Length >= 3 && char.IsUpper(word[0]) && word.Any(char.IsLower) && !s_months.Contains(word[..3])) return false;
        }

        return between.IndexOfAny(['!', '?', ';']) < 0;
    }

    /// <summary>
    /// An acronym defined for a name has the initial of one of the name's words ("GATT" for the General
    /// Agreement on Tariffs and Trade, "GPW" for the Geneva Convention … Prisoners of War); "(NPFL)" after
    /// "the Cotonou Agreement" names a party to it.
    /// </summary>
    private static bool FitsAsAcronym(string term, ReadOnlySpan<char> name)
    {
        var bare = term.StartsWith("the ", StringComparison.Ordinal) ? term[4..] : term;
        if (bare.Length < 2 || !bare.All(c => char.IsUpper(c) || c == '.')) return true;
        var initial = bare[0];
        foreach (var word in TextNormalizer.Words(name.ToString()))
        {
            if (char.ToUpperInvariant(word[0]) == initial) return true;
        }

        return false;
    }

    private static readonly HashSet<string> s_months =
        new(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], StringComparer.Ordinal);

}
