using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Citations.Core.Extraction;

/// <summary>
/// Finds catalog names in a text in one pass: at each word that may begin a name the trie is walked
/// as far as the text follows it, and the longest name wins, so "Optional Protocol to the
/// International Covenant on Civil and Political Rights" is one mention of the protocol, not
/// also one of the Covenant.
/// </summary>
internal static partial class CatalogMatcher
{
    public static List<Mention> Find(string text, NameIndex index, StepCounter? steps = null, LanguagePatterns? patterns = null) =>
        Find(text, new WordMap(text), index, steps, patterns);

    /// <summary>As <see cref="Find(string, NameIndex, StepCounter?, LanguagePatterns?)"/>, with the text's words already mapped.</summary>
    public static List<Mention> Find(string text, WordMap words, NameIndex index, StepCounter? steps = null, LanguagePatterns? patterns = null)
    {
        steps ??= new StepCounter();
        patterns ??= LanguagePatterns.BuiltIn;
        var mentions = new List<Mention>();
        Span<int> matched = stackalloc int[64];
        var tokens = new TokenWindow(index);
        // Names are taken left to right and never overlap: after a name, or a word that begins none, the search goes on past it.
        var position = 0;
        var candidates = new CandidateWords(text, words, index);
        // Mapping the words costs every character, 64 at a step; the rest of the work is per candidate word.
        steps.Add(words.Blocks);
        while (candidates.Next(position, out var start, out _))
        {
            steps.Add();
            tokens.Reset(text, words, start);
            var i = TokenWindow.First;
            if (tokens[i].Word == index.The || tokens[i].Word < 0)
            {
                position = tokens[i].End;
                continue;
            }

            var (end, entry) = LongestAt(text, tokens, index, i, matched, steps);
            if (entry is null)
            {
                position = tokens[i].End;
                continue;
            }

            position = tokens[end - 1].End;
            if (entry.ExactWords is null && FollowsIndefiniteArticle(text, tokens, i) && !patterns.QualifiesNounAfter(text, tokens[end - 1].End))
            {
                // "a comprehensive test-ban treaty" describes an instrument; it does not name one. In "an Antarctic Treaty
                // party" the article is the party's, and the name is cited.
                continue;
            }

            if (entry.ExactWords is null && (FollowsRegionalQualifier(text, tokens, i, patterns) || (end - i <= 2 && StartsWithQualifier(text, tokens[i], patterns) && TitleContinues(text, tokens[end - 1].End))
                                             || GluedByHyphen(text, tokens[i].Start)))
            {
                // "American Declaration on the Rights of Indigenous Peoples" is not the UN Declaration, and
                // "European Convention on Extradition" is not "the European Convention": both are other instruments.
                // Nor is an "inter-American convention against money laundering" the American Convention: the name's
                // first word is the end of another.
                continue;
            }

            var mention = new Mention
            {
                Start = tokens[i].Start,
                End = tokens[end - 1].End,
                Kind = entry.Kind,
                InstrumentId = entry.InstrumentId,
                Candidates = entry.Candidates,
                Confidence = entry.Kind switch
                {
                    MentionKind.Title => Confidence.ExactTitle,
                    MentionKind.Abbreviation => Confidence.Abbreviation,
                    MentionKind.Translation => Confidence.Translation,
                    _ => Confidence.InformalName,
                },
            };
            if (entry.Literal is { } literal)
            {
                // An acronym's own punctuation before its first word or after its last ("C++", "U.S.C.") is part of it.
                mention.Start -= LeadingPunctuation(literal);
                mention.End += TrailingPunctuation(literal);
                position = Math.Max(position, mention.End);
            }

            ExtendSurface(text, tokens, i, mention, mentions.Count > 0 ? mentions[^1].End : 0);
            // "Geneva Convention (III": a name ending on a bracketed numbering keeps its closing bracket.
            if (end - 1 > i && mention.End < text.Length && text[mention.End] == ')' && IsBracketedNumbering(text, tokens[end - 1])
                && text.AsSpan(tokens[end - 1].Start, tokens[end - 1].Length).ContainsAnyExcept("IVXLC0123456789") == false)
            {
                mention.End++;
            }

            mentions.Add(mention);
        }

        DropBodyAcronyms(text, mentions, steps, patterns);
        return mentions;
    }

    /// <summary>
    /// An acronym that names a treaty body rather than its treaty: "the Committee on the Elimination of
    /// Discrimination against Women (CEDAW)" defines CEDAW as the Committee for the whole statement, and
    /// "the CRC Committee" is the Committee wherever it stands.
    /// </summary>
    private static void DropBodyAcronyms(string text, List<Mention> mentions, StepCounter steps, LanguagePatterns patterns)
    {
        var bodies = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in mentions.Where(m => m.Kind == MentionKind.Abbreviation))
        {
            var surface = text[mention.Start..mention.End];
            var before = text.AsSpan(0, mention.Start).TrimEnd();
            var after = text.AsSpan(mention.End);
            steps.Add(Math.Min(before.Length, BodyNameReach));
            // The body's name ends within a few hundred characters of the bracket; the text before that cannot matter.
            if (before.EndsWith("(") && after.StartsWith(")") && patterns.BodyBefore.IsMatch(before[Math.Max(0, before.Length - 1 - BodyNameReach)..^1]))
            {
                bodies.Add(surface);
            }
        }

        mentions.RemoveAll(m => m.Kind == MentionKind.Abbreviation
                                && (bodies.Contains(text[m.Start..m.End]) || patterns.BodyAfter.IsMatch(text.AsSpan(m.End))));
    }

    private const int BodyNameReach = 400;

    /// <summary>Words a name may be interrupted by ("the", "(III)") before the walk gives up.</summary>
    internal const int MaxSkippedInARow = 3;

    /// <summary>The longest name starting at token <paramref name="first"/>: its end (exclusive token index) and entry.</summary>
    private static (int End, NameEntry? Entry) LongestAt(string text, TokenWindow tokens, NameIndex index, int first, Span<int> matched, StepCounter steps)
    {
        var node = NameIndex.Root;
        var bestEnd = -1;
        NameEntry? best = null;
        var count = 0;
        var skipped = 0;
        for (var j = first; tokens.Has(j); j++)
        {
            steps.Add();
            Token token;
            int next;
            bool isThe;
            if (j > first && tokens.IsAscii(j))
            {
                // After the first word, most words lead nowhere, which the node's follower bits tell without a lookup; such
                // a word is not "the" either. Most nodes have one child, whose word is compared with the text's, not looked up.
                var word = tokens.TextOf(j);
                if (!index.MayFollow(node, word))
                {
                    token = tokens.Place(j);
                    next = -1;
                    isThe = false;
                }
                else if (word.Length <= TokenWindow.LongestFolded && index.TryOnlyChild(node, word, out next))
                {
                    token = tokens.Place(j);
                    isThe = next < 0 && IsThe(word);
                }
                else
                {
                    token = tokens[j];
                    next = index.Next(node, token.Word);
                    isThe = token.Word == index.The;
                }
            }
            else
            {
                token = tokens[j];
                next = index.Next(node, token.Word);
                isThe = token.Word == index.The;
            }

            if (next < 0)
            {
                // "the" may be added anywhere, and a numbering in brackets may be added or garbled
                // ("Geneva Convention (III) relative to…", "Hague Convention (N) respecting…").
                // A few in a row at most: "(a)(a)(a)…" or "the the the…" must not be walked to its end from every word.
                if (j > first && skipped < MaxSkippedInARow && (isThe || IsBracketedNumbering(text, token))
                    && !EndsSentence(text, tokens.Place(j - 1).End, token.Start))
                {
                    skipped++;
                    continue;
                }

                break;
            }

            if (count == matched.Length) break;
            // "… met at the Millennium Summit. The Declaration …" is not the "Millennium Summit Declaration".
            if (j > first && EndsSentence(text, tokens.Place(j - 1).End, token.Start)) break;
            skipped = 0;
            matched[count++] = j;
            node = next;
            if (index.EntriesAt(node) is { } entries && FirstFitting(text, tokens, entries, matched[..count]) is { } entry)
            {
                best = entry;
                bestEnd = j + 1;
            }
        }

        return (bestEnd, best);
    }

    /// <summary>
    /// Whether the characters between two words hold a sentence's end: a full stop after a word of four letters or
    /// more ("Summit. The"), after a figure ("in 1975. Years") or after a short lower-case word that is no citation's
    /// abbreviation ("met. In"), or a question or exclamation mark, before white space and a word that is not in lower
    /// case. The stops of "No. 6", "St. Petersburg", "núm. 81", "U.N." and "the Charter. of the" end no sentence.
    /// </summary>
    internal static bool EndsSentence(string text, int gapStart, int gapEnd)
    {
        for (var k = gapStart; k < gapEnd; k++)
        {
            var c = text[k];
            if (c is not ('.' or '!' or '?') || k + 1 >= text.Length || !char.IsWhiteSpace(text[k + 1])) continue;
            // A sentence does not go on in lower case: "the Charter. of the United Nations" is a stray stop.
            var after = k + 1;
            while (after < gapEnd && !char.IsLetterOrDigit(text[after])) after++;
            if (after < text.Length && char.IsLower(text[after])) continue;
            if (c != '.' || (k > 0 && char.IsAsciiDigit(text[k - 1]))) return true;
            var letters = 0;
            while (k - letters > 0 && char.IsLetter(text[k - letters - 1])) letters++;
            if (letters >= 4) return true;
            // "the Conference met. In 1975": a short lower-case word ends a sentence too, but for the abbreviations of
            // citations ("núm. 81", "art. 5", "para. 2"); a short capitalised one is an abbreviation ("No.", "St.", "Mr.").
            if (letters >= 2 && char.IsLower(text[k - letters]) && !s_abbreviations.Contains(text.Substring(k - letters, letters))) return true;
        }

        return false;
    }

    /// <summary>Lower-case abbreviations a stop follows inside a citation.</summary>
    private static readonly FrozenSet<string> s_abbreviations = new[] { "núm", "no", "nos", "art", "arts", "par", "para", "cf", "vol", "op", "cit", "pp", "ch", "sec", "ed" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether an ASCII word folds to "the", as its lookup in the vocabulary would find.</summary>
    private static bool IsThe(ReadOnlySpan<char> word) => word.Length == 3 && (word[0] | 0x20) == 't' && (word[1] | 0x20) == 'h' && (word[2] | 0x20) == 'e';

    private static NameEntry? FirstFitting(string text, TokenWindow tokens, NameEntry[] entries, ReadOnlySpan<int> matched)
    {
        foreach (var entry in entries)
        {
            if (entry.ExactWords is null) return entry;
            if (entry.ExactWords.Length != matched.Length) continue;
            var fits = true;
            for (var k = 0; k < matched.Length && fits; k++)
            {
                var token = tokens[matched[k]];
                fits = text.AsSpan(token.Start, token.Length).SequenceEqual(entry.ExactWords[k]);
            }

            if (fits && WrittenAs(text, tokens[matched[0]].Start, tokens[matched[^1]].End, entry.Literal!)) return entry;
        }

        return null;
    }

    /// <summary>
    /// Whether the text from <paramref name="start"/> to <paramref name="end"/> (first word's start, last
    /// word's end) is the acronym as written: the same characters between the words, white space for
    /// white space, and the acronym's punctuation before and after. "U.S.C." is not "U S C", "C++" not "C".
    /// </summary>
    internal static bool WrittenAs(string text, int start, int end, string literal)
    {
        var lead = LeadingPunctuation(literal);
        var trail = TrailingPunctuation(literal);
        if (start < lead || end + trail > text.Length) return false;
        if (!text.AsSpan(start - lead, lead).SequenceEqual(literal.AsSpan(0, lead))) return false;
        if (!text.AsSpan(end, trail).SequenceEqual(literal.AsSpan(literal.Length - trail))) return false;
        var core = literal.AsSpan(lead, literal.Length - lead - trail);
        var i = 0;
        var j = start;
        while (i < core.Length && j < end)
        {
            if (char.IsWhiteSpace(core[i]))
            {
                if (!char.IsWhiteSpace(text[j])) return false;
                while (i < core.Length && char.IsWhiteSpace(core[i])) i++;
                while (j < end && char.IsWhiteSpace(text[j])) j++;
                continue;
            }

            if (core[i] != text[j]) return false;
            i++;
            j++;
        }

        return i == core.Length && j == end;
    }

    private static int LeadingPunctuation(string literal)
    {
        var k = 0;
        while (k < literal.Length && !TextNormalizer.IsWordChar(literal[k])) k++;
        return k;
    }

    private static int TrailingPunctuation(string literal)
    {
        var k = 0;
        while (k < literal.Length && !TextNormalizer.IsWordChar(literal[literal.Length - 1 - k])) k++;
        return k;
    }

    private static bool FollowsRegionalQualifier(string text, TokenWindow tokens, int first, LanguagePatterns patterns)
    {
        if (!tokens.Has(first - 1) || !OnlySpaces(text, tokens[first - 1].End, tokens[first].Start)) return false;
        var previous = text.Substring(tokens[first - 1].Start, tokens[first - 1].Length);
        if (tokens.Has(first - 2) && text[tokens[first - 1].Start - 1] == '-') previous = text[tokens[first - 2].Start..tokens[first - 1].End];
        return patterns.RegionalQualifiers.Contains(previous);
    }

    /// <summary>Whether the word at <paramref name="start"/> is the second half of a hyphenated word ("inter-American", "inter-\nAmerican").</summary>
    private static bool GluedByHyphen(string text, int start)
    {
        var k = start - 1;
        var lineBreak = false;
        for (; k >= 0 && k > start - 8 && text[k] is ' ' or '\n' or '\r'; k--) lineBreak |= text[k] == '\n';
        if (k < 1 || text[k] != '-' || !char.IsLetter(text[k - 1])) return false;
        return k == start - 1 || lineBreak;
    }

    private static bool StartsWithQualifier(string text, Token token, LanguagePatterns patterns) => patterns.Qualifiers.Contains(text.Substring(token.Start, token.Length));

    private static bool TitleContinues(string text, int end) => TitleContinuation().IsMatch(text.AsSpan(end));

    [GeneratedRegex(@"^\s+(?:on|for|against|relating\s+to|concerning|respecting|to)\s+(?:the\s+)?[A-Z]")]
    private static partial Regex TitleContinuation();

    private static bool FollowsIndefiniteArticle(string text, TokenWindow tokens, int first)
    {
        if (!tokens.Has(first - 1)) return false;
        var previous = text.AsSpan(tokens[first - 1].Start, tokens[first - 1].Length);
        return previous.Equals("a", StringComparison.OrdinalIgnoreCase) || previous.Equals("an", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsBracketedNumbering(string text, Token token) => IsBracketedNumbering(text, token.Start, token.End);

    /// <summary>Whether the word [start, end) is a short numbering in brackets, "(III)", "(N)", which a name may add or garble.</summary>
    internal static bool IsBracketedNumbering(string text, int start, int end) =>
        end - start <= 4 && start > 0 && end < text.Length
        && text[start - 1] == '(' && text[end] == ')';

    /// <summary>
    /// Takes a year or "United Nations" written just before a name into its surface
    /// ("1951 Convention relating to…", "United Nations Convention against Torture").
    /// </summary>
    private static void ExtendSurface(string text, TokenWindow tokens, int first, Mention mention, int taken)
    {
        if (!tokens.Has(first - 1)) return;
        var previous = tokens[first - 1];
        // "…Labour Convention, the 1957 Abolition of…": the year already ends the name before.
        if (previous.Start < taken || !OnlySpaces(text, previous.End, mention.Start)) return;
        var word = text.AsSpan(previous.Start, previous.Length);
        if (word.Length == 4 && int.TryParse(word, out var year) && year is >= 1800 and <= 2100)
        {
            mention.Start = previous.Start;
            return;
        }

        if (word.SequenceEqual("UN"))
        {
            mention.Start = previous.Start;
        }
        else if (word.SequenceEqual("Nations") && tokens.Has(first - 2) && tokens[first - 2].Start >= taken && text.AsSpan(tokens[first - 2].Start, tokens[first - 2].Length).SequenceEqual("United")
                 && OnlySpaces(text, tokens[first - 2].End, previous.Start))
        {
            mention.Start = tokens[first - 2].Start;
        }
        else if (word.SequenceEqual("N") && tokens.Has(first - 2) && tokens[first - 2].Start >= taken && text.AsSpan(tokens[first - 2].Start, tokens[first - 2].Length).SequenceEqual("U")
                 && text.AsSpan(tokens[first - 2].End, mention.Start - tokens[first - 2].End).Trim().SequenceEqual(".N."))
        {
            mention.Start = tokens[first - 2].Start;
        }
    }

    private static bool OnlySpaces(string text, int from, int to)
    {
        if (to - from is < 1 or > 3) return false;
        for (var k = from; k < to; k++)
        {
            if (!char.IsWhiteSpace(text[k])) return false;
        }

        return true;
    }
}
