using System.Text.RegularExpressions;

namespace Citations.Core.Extraction;

/// <summary>
/// Terms a text defines for an instrument right after naming it — (the "Treaty"), ('GPW'),
/// (hereinafter referred to as "the Convention"), (Geneva) — and every later use of them.
/// </summary>
internal static partial class DefinedTermFinder
{
    private const int Window = 160;

    public static List<Mention> Find(string text, IReadOnlyList<Mention> named, StepCounter? steps = null)
    {
        steps ??= new StepCounter();
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
            var definition = Definition().Match(text, mention.End, limit - mention.End);
            while (definition.Success)
            {
                var term = definition.Groups["term"];
                if (IsTerm(term.Value) && IsCitationTail(text.AsSpan(mention.End, definition.Index - mention.End))
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

        foreach (var (term, instrument, from) in terms)
        {
            var bare = term.StartsWith("the ", StringComparison.Ordinal) ? term[4..] : term;
            foreach (Match use in Regex.Matches(text[from..], $@"(?<![\w-])(?:the\s+)?{Regex.Escape(bare)}(?![\w-])"))
            {
                found.Add(new Mention
                {
                    Start = from + use.Index, End = from + use.Index + use.Length, Kind = MentionKind.DefinedTerm,
                    InstrumentId = instrument, Confidence = Confidence.DefinedTerm,
                });
            }
        }

        return found;
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
    private static bool IsCitationTail(ReadOnlySpan<char> between)
    {
        foreach (var word in TextNormalizer.Words(between.ToString()))
        {
            if (word.Length >= 4 && char.IsLower(word[0]) && !s_tailWords.Contains(word)) return false;
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

    private static readonly HashSet<string> s_tailWords =
        new(["opened", "signature", "adopted", "signed", "entered", "into", "force", "done", "supra", "infra", "concluded", "dated"], StringComparer.Ordinal);

    [GeneratedRegex(@"\(\s*(?:hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?)?(?:the\s+)?[""“'‘]?(?<term>(?:the\s+)?[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,3})[""”'’]?\s*\)")]
    private static partial Regex Definition();
}
