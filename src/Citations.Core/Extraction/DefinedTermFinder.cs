using System.Text.RegularExpressions;

namespace Citations.Core.Extraction;

/// <summary>
/// Terms a text defines for an instrument right after naming it — (the "Treaty"), ('GPW'),
/// (hereinafter referred to as "the Convention"), (Geneva) — and every later use of them.
/// </summary>
internal static partial class DefinedTermFinder
{
    private const int Window = 160;

    public static List<Mention> Find(string text, IReadOnlyList<Mention> named)
    {
        var found = new List<Mention>();
        var terms = new List<(string Term, string Instrument, int From)>();
        for (var k = 0; k < named.Count; k++)
        {
            var mention = named[k];
            if (mention.InstrumentId is null) continue;
            var limit = Math.Min(text.Length, mention.End + Window);
            if (k + 1 < named.Count) limit = Math.Min(limit, named[k + 1].Start);
            var definition = Definition().Match(text, mention.End, limit - mention.End);
            while (definition.Success)
            {
                var term = definition.Groups["term"];
                if (!term.Value.Any(char.IsAsciiDigit) && !IsSentenceBreak(text, mention.End, definition.Index))
                {
                    found.Add(new Mention
                    {
                        Start = term.Index, End = term.Index + term.Length, Kind = MentionKind.DefinedTerm,
                        InstrumentId = mention.InstrumentId, Confidence = 0.9,
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
                    InstrumentId = instrument, Confidence = 0.9,
                });
            }
        }

        return found;
    }

    private static bool IsSentenceBreak(string text, int from, int to)
    {
        for (var i = from; i < to - 1; i++)
        {
            // ". " followed by a capital ends a sentence, unless the period closes an abbreviation ("Oct.", "U.N.T.S.").
            if (text[i] == '.' && char.IsWhiteSpace(text[i + 1]) && i >= 3 && char.IsLower(text[i - 1]) && char.IsLower(text[i - 2]) && char.IsLower(text[i - 3]))
            {
                var next = i + 2 < text.Length ? text[i + 2] : ' ';
                if (char.IsUpper(next)) return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\(\s*(?:hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?)?[""“'‘]?(?<term>(?:the\s+)?[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,3})[""”'’]?\s*\)")]
    private static partial Regex Definition();
}
