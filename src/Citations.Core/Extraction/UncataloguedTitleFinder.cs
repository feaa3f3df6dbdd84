using System.Text;
using System.Text.RegularExpressions;

namespace Citations.Core.Extraction;

/// <summary>
/// Titles of instruments the catalog does not hold ("the Inter-American Convention to Prevent
/// and Punish Torture"), reported with catalogued = false rather than lost. Only a capitalised
/// head noun followed by the words that open a treaty title counts, so "the Declaration of
/// Independence" or "a convention on the reduction of armaments" are not taken.
/// </summary>
internal static partial class UncataloguedTitleFinder
{
    public static List<Mention> Find(string text, MentionSet taken, StepCounter? steps = null, LanguagePatterns? patterns = null)
    {
        patterns ??= LanguagePatterns.BuiltIn;
        var found = new List<Mention>();
        var headGroup = patterns.UncataloguedTitle.Anchored.GroupNumberFromName("head");
        // A head noun inside a catalogued name gives a title that is dropped. The pattern need not be tried there
        // when the next head noun lies past where such a title could end: then no title can begin inside it and
        // reach the next one.
        foreach (var match in patterns.UncataloguedTitle.Matches(text, steps ?? new StepCounter(), (trigger, next) => PassesOver(text, taken, trigger, next, patterns)))
        {
            var start = match.Index;
            var end = match.Index + match.Length;
            // A capitalised article or determiner opening a sentence is not the title's: "The Convention on …" and "An
            // Agreement on …" are the "Convention on …" and the "Agreement on …" written elsewhere.
            var first = start;
            while (first < end && TextNormalizer.IsWordChar(text[first])) first++;
            if (first < match.Groups[headGroup].Index && IsDeterminer(text.AsSpan(start, first - start), patterns))
            {
                start = first;
                while (start < end && char.IsWhiteSpace(text[start])) start++;
            }

            // An ambiguous name inside ("Geneva Convention on the Continental Shelf") gives way to the title; a name
            // or a resolution further on ends it ("… Peoples in General Assembly resolution 1514 (XV)").
            var headEnd = match.Groups[headGroup].Index + match.Groups[headGroup].Length;
            // Only an ambiguous name inside the title gives way: "amendment to the Montreal Protocol" begins before it.
            if (taken.FirstOverlapping(start, headEnd, m => m.InstrumentId is not null || m.Start < start) is not null) continue;
            if (taken.FirstOverlapping(headEnd, end, _ => true) is { } inside)
            {
                end = TrimEnd(text, start, Math.Max(headEnd, inside.Start), patterns);
                if (end <= headEnd + 4) continue;
            }
            // "bring this Treaty to the General Assembly": an anaphor and a verb's object, not a title "… Treaty to …";
            // "signed that Convention for Australia": a title does not follow a demonstrative ("their Declaration on the
            // Neutrality of Laos" is a title).
            var before = text.AsSpan(Math.Max(0, start - 8), Math.Min(8, start));
            if (ToFollows().IsMatch(text.AsSpan(headEnd)) && Anaphoric().IsMatch(before)) continue;
            if (match.Groups["head"].Index == start && Demonstrative().IsMatch(before)) continue;
            // "introduce the Vienna Convention to the Colombian Congress": "to the" goes on a title only after
            // "Protocol" ("Protocol to the African Charter …"); after "Convention" or "Treaty" it is the verb's.
            if (ToTheFollows().IsMatch(text.AsSpan(headEnd)) && patterns.TitleKinds[match.Groups[headGroup].Value] != InstrumentKind.Protocol) continue;
            var title = OneSpaced(text.AsSpan(start, end - start));
            var kind = patterns.TitleKinds[match.Groups[headGroup].Value];
            found.Add(new Mention
            {
                Start = start, End = end, Kind = MentionKind.UncataloguedTitle, InstrumentId = IdFor(title),
                Title = title, KindOfInstrument = kind, Catalogued = false, Confidence = Confidence.UncataloguedTitle,
            });
        }

        return found;
    }

    /// <summary>Whether the capitalised word is an article or a determiner ("The", "An", "Our"; not "AU", the African Union).</summary>
    private static bool IsDeterminer(ReadOnlySpan<char> word, LanguagePatterns patterns)
    {
        if (word.IsEmpty || !char.IsUpper(word[0]) || word[1..].ContainsAnyExcept(LowerCaseLetters)) return false;
        if (word is "A" or "An") return true;
        foreach (var determiner in patterns.Language.Determiners)
        {
            if (word.Equals(determiner, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> LowerCaseLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüáíóúñ");

    /// <summary>Whether the title pattern need not be tried around the head noun at <paramref name="trigger"/>, the next being at <paramref name="next"/>: see <see cref="Find"/>.</summary>
    internal static bool PassesOver(string text, MentionSet taken, int trigger, int next, LanguagePatterns patterns) =>
        !MayHoldTitle(text, trigger, patterns) || (taken.FirstOverlapping(trigger, trigger + 1, s_named) is not null && TitleTailEndsBy(text, trigger, next, patterns));

    /// <summary>
    /// Whether a title tried at a word start up to the head noun at <paramref name="trigger"/> may match: its head, the
    /// noun at the trigger or one at most four capitalised words on, is followed by an opener ("Convention on",
    /// "Treaty between"). Most head nouns in running text are not ("the Convention and", "this Treaty."), and are
    /// then passed over without trying the pattern at each of the words before them.
    /// </summary>
    internal static bool MayHoldTitle(string text, int trigger, LanguagePatterns patterns)
    {
        var k = trigger;
        // The words a title may hold before its head are capitalised words (at most four, the trigger's among them) each
        // followed by white space.
        for (var word = 0; ; word++)
        {
            if (HeadWithOpenerAt(text, k, patterns)) return true;
            if (word == MaxWordsBeforeHead || (word > 0 && !char.IsAsciiLetterUpper(text[k]))) return false;
            while (k < text.Length && IsTitleWordChar(text[k])) k++;
            if (k == text.Length || !char.IsWhiteSpace(text[k])) return false;
            while (k < text.Length && char.IsWhiteSpace(text[k])) k++;
            if (k == text.Length) return false;
        }
    }

    /// <summary>The most capitalised words the title pattern takes before its head noun.</summary>
    private const int MaxWordsBeforeHead = 4;

    /// <summary>Whether a head noun of titles stands at <paramref name="at"/>, then white space, an opener and white space, as the title pattern reads them.</summary>
    private static bool HeadWithOpenerAt(string text, int at, LanguagePatterns patterns)
    {
        foreach (var head in patterns.TitleHeads)
        {
            var afterHead = PhraseEnd(text, at, head);
            if (afterHead < 0 || afterHead == text.Length || !char.IsWhiteSpace(text[afterHead])) continue;
            var opener = afterHead;
            while (opener < text.Length && char.IsWhiteSpace(text[opener])) opener++;
            foreach (var word in patterns.Language.TitleOpeners)
            {
                var end = PhraseEnd(text, opener, word);
                if (end >= 0 && end < text.Length && char.IsWhiteSpace(text[end])) return true;
            }
        }

        return false;
    }

    /// <summary>Where <paramref name="phrase"/> ends if it stands at <paramref name="at"/>, each space of it matching a run of white space as \s+ does; -1 if it does not.</summary>
    private static int PhraseEnd(string text, int at, string phrase)
    {
        var k = at;
        for (var i = 0; i < phrase.Length; i++)
        {
            if (char.IsWhiteSpace(phrase[i]))
            {
                if (k == text.Length || !char.IsWhiteSpace(text[k])) return -1;
                while (k < text.Length && char.IsWhiteSpace(text[k])) k++;
                while (i + 1 < phrase.Length && char.IsWhiteSpace(phrase[i + 1])) i++;
                continue;
            }

            if (k == text.Length || text[k] != phrase[i]) return -1;
            k++;
        }

        return k;
    }

    private static readonly Func<Mention, bool> s_named = m => m.InstrumentId is not null;

    /// <summary>
    /// Whether there is a position at or before <paramref name="limit"/> that no title whose head begins at
    /// <paramref name="head"/> reaches, nor a run of capitalised words crosses: a character that is neither a
    /// word character, white space, an apostrophe nor a hyphen, or a word after the head that begins in lower
    /// case and is none of the title's small words. The text is read no further than the limit.
    /// </summary>
    private static bool TitleTailEndsBy(string text, int head, int limit, LanguagePatterns patterns) => TitleTailLimit(text, head, limit, patterns) <= limit;

    /// <summary>The first such position, or some position past <paramref name="limit"/> if there is none up to it.</summary>
    private static int TitleTailLimit(string text, int head, int limit, LanguagePatterns patterns)
    {
        var k = head;
        while (k < text.Length && k <= limit)
        {
            var wordStart = k;
            while (k < text.Length && IsTitleWordChar(text[k])) k++;
            if (k < text.Length && !char.IsWhiteSpace(text[k])) return k;
            if (wordStart > head && !char.IsAsciiLetterUpper(text[wordStart])
                && !patterns.TitleLowerCaseWords.Contains(text.AsSpan(wordStart, k - wordStart)))
            {
                return wordStart;
            }

            while (k < text.Length && char.IsWhiteSpace(text[k])) k++;
        }

        return k < text.Length ? k : text.Length;
    }

    /// <summary>What a title's words are made of: word characters, apostrophes and hyphens.</summary>
    private static bool IsTitleWordChar(char c) => c < 128 ? s_asciiTitleWordChars.Contains(c) : c == '’' || TriggeredPattern.IsWordChar(c);

    private static readonly System.Buffers.SearchValues<char> s_asciiTitleWordChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_'-");

    /// <summary>The text with each run of white space (what the regex \s matches) written as one space.</summary>
    private static string OneSpaced(ReadOnlySpan<char> text)
    {
        if (!text.ContainsAny(s_otherSpace) && !text.Contains("  ", StringComparison.Ordinal)) return text.ToString();
        var result = new StringBuilder(text.Length);
        var inSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!inSpace) result.Append(' ');
                inSpace = true;
                continue;
            }

            result.Append(c);
            inSpace = false;
        }

        return result.ToString();
    }

    /// <summary>White space other than the plain space.</summary>
    private static readonly System.Buffers.SearchValues<char> s_otherSpace = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => char.IsWhiteSpace(c) && c != ' ')]);

    /// <summary>Where a title cut at <paramref name="limit"/> ends: without the spaces and linking words before the cut.</summary>
    private static int TrimEnd(string text, int start, int limit, LanguagePatterns patterns)
    {
        var end = limit;
        while (true)
        {
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            var wordStart = end;
            while (wordStart > start && TextNormalizer.IsWordChar(text[wordStart - 1])) wordStart--;
            if (wordStart == end || !patterns.Language.TitleSmallWords.Contains(text[wordStart..end], StringComparer.Ordinal)) return end;
            end = wordStart;
        }
    }

    /// <summary>A stable id from the title's words: "Inter-American Convention to Prevent and Punish Torture" → "X-INTER-AMERICAN-CONVENTION-TO-PREVENT-AND-PUNISH-TORTURE".</summary>
    internal static string IdFor(string title)
    {
        var id = new StringBuilder("X");
        foreach (var word in TextNormalizer.Words(title))
        {
            id.Append('-').Append(TextNormalizer.Fold(word).ToUpperInvariant());
        }

        return id.ToString();
    }

    [GeneratedRegex(@"^\s+to\s")]
    private static partial Regex ToFollows();

    [GeneratedRegex(@"^\s+to\s+the\s")]
    private static partial Regex ToTheFollows();

    [GeneratedRegex(@"\b(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir)\s+$")]
    private static partial Regex Anaphoric();

    [GeneratedRegex(@"\b(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+$")]
    private static partial Regex Demonstrative();
}
