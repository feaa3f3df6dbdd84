using System.Collections.Frozen;

namespace Citations.Core.Extraction;

/// <summary>
/// Long titles written not quite as the catalog has them: OCR errors inside words ("Political
/// Bights"), singular for plural ("Nuclear Weapon"), small words added or dropped, a word broken
/// over a line ("Ab- duction", "Free-\ndoms"), "&amp;" for "and", or the title cut short where what is
/// left names one instrument. A text span is compared word by word with every catalogued name that
/// shares enough of its words; the closest name wins when it is close enough and no other
/// instrument's name comes near. Names of three content words take part only with one misspelt
/// word: a short name changed any more is another name.
/// </summary>
internal sealed class ApproximateTitleMatcher
{
    /// <summary>Above this the span is not the name.</summary>
    internal const double MaxCost = 1.0;
    /// <summary>Below this the span is a variant of a catalogued name, so it is never reported as uncatalogued.</summary>
    internal const double VariantCost = 1.25;

    private const double SmallWordCost = 0.25;
    /// <summary>A content word added or dropped changes which instrument is meant ("… of Indigenous Peoples" against "… of Peoples to Peace").</summary>
    private const double ContentWordCost = 1.5;
    private const double MisspeltCost = 0.5;
    private const double CutShortCost = 0.5;
    /// <summary>Names this short take part only with one misspelt word and nothing else changed.</summary>
    private const int MinContentWords = 3;
    private const int FewContentWords = 3;
    private const int MaxSpanWords = 40;

    private static readonly FrozenSet<string> s_smallWords = new[]
    {
        "the", "of", "on", "and", "for", "to", "in", "a", "an", "with", "against", "at", "by", "from", "its", "their",
        "relating", "concerning", "between", "de", "la", "le", "les", "des", "du", "del", "el", "los", "las", "y", "et",
        "en", "sur", "a", "au", "aux", "al", "contre", "sobre", "para", "pour", "contra", "o", "ou", "or",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Small words that carry a title on ("in", "of"), unlike those that join two titles ("and").</summary>
    private static readonly FrozenSet<string> s_linkingWords = new[]
    {
        "of", "on", "in", "for", "to", "against", "at", "by", "from", "with", "relating", "concerning", "between",
        "de", "du", "des", "del", "sur", "sobre", "contre", "contra", "en",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly IndexedName[] _names;
    /// <summary>For each content word, the names holding it.</summary>
    private readonly FrozenDictionary<string, int[]> _namesByWord;

    public ApproximateTitleMatcher(InstrumentCatalog catalog)
    {
        var names = new List<IndexedName>();
        foreach (var instrument in catalog.Instruments)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in instrument.Names.Concat(instrument.InformalNames).Append(instrument.Title)
                         .Concat(instrument.Translations.Values.SelectMany(v => v)))
            {
                var words = Tokens(name).Select(t => t.Word).ToArray();
                if (words.Count(w => !s_smallWords.Contains(w)) < MinContentWords || !seen.Add(string.Join(' ', words))) continue;
                names.Add(new IndexedName(instrument.Id, words));
            }
        }

        _names = [.. names];
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var k = 0; k < _names.Length; k++)
        {
            var content = _names[k].Words.Where(w => !s_smallWords.Contains(w)).ToList();
            foreach (var word in content.Distinct(StringComparer.Ordinal))
            {
                if (!byWord.TryGetValue(word, out var list)) byWord[word] = list = [];
                list.Add(k);
            }
        }

        _namesByWord = byWord.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>What a span of text comes closest to, if anything.</summary>
    /// <param name="Id">The instrument, or null when two instruments come equally close.</param>
    /// <param name="End">Where in the text the matched name ends (the span may run on past it).</param>
    internal readonly record struct Closest(string? Id, int Start, int End, double Cost);

    /// <summary>
    /// The catalogued name closest to the words of <paramref name="text"/> in [start, end), beginning at
    /// one of the span's first words; null when no name shares enough words with it.
    /// </summary>
    public Closest? Match(string text, int start, int end)
    {
        var tokens = Tokens(text.AsSpan(start, end - start), start);
        if (tokens.Count > MaxSpanWords) tokens.RemoveRange(MaxSpanWords, tokens.Count - MaxSpanWords);
        if (tokens.Count(t => !s_smallWords.Contains(t.Word)) < MinContentWords) return null;

        // Names sharing at least half their content words with the span.
        var shared = new Dictionary<int, int>();
        foreach (var word in tokens.Select(t => t.Word).Distinct(StringComparer.Ordinal))
        {
            if (!_namesByWord.TryGetValue(word, out var holders)) continue;
            foreach (var k in holders) shared[k] = shared.GetValueOrDefault(k) + 1;
        }

        // The best reading of each instrument's names.
        var byInstrument = new Dictionary<string, Closest>(StringComparer.Ordinal);
        foreach (var (k, count) in shared)
        {
            var name = _names[k];
            if (count * 2 < name.ContentWords || count < MinContentWords - 1) continue;
            // The name may begin at any of the span's first words ("the", "The Hague …" for "Hague …"),
            // but only after small words: "Inter-American Convention …" is not "American Convention …".
            for (var first = 0; first < Math.Min(tokens.Count, 6); first++)
            {
                if (first > 0 && !s_smallWords.Contains(tokens[first - 1].Word)) break;
                var (cost, used) = Align(name.Words, tokens, first);
                if (name.ContentWords <= FewContentWords && cost > MisspeltCost) continue;
                if (TitleGoesOn(text, tokens, first + used)) cost += ContentWordCost;
                if (cost > VariantCost) continue;
                var candidate = new Closest(name.Id, tokens[first].Start, tokens[first + used - 1].End, cost);
                if (!byInstrument.TryGetValue(name.Id, out var held) || Better(candidate, held)) byInstrument[name.Id] = candidate;
            }
        }

        if (byInstrument.Count == 0) return null;
        var best = byInstrument.Values.Aggregate((a, b) => Better(b, a) ? b : a);
        // Another instrument read as far and nearly as cheaply leaves the span undecided.
        var rival = byInstrument.Values.Any(c => c.Id != best.Id && c.End >= best.End && c.Cost < best.Cost + SmallWordCost);
        return rival ? best with { Id = null } : best;
    }

    /// <summary>
    /// Whether the title goes on after the name read: a small word and a capitalised word ("… Nuclear
    /// Weapons in Latin America" is not "… Nuclear Weapons" followed by other words).
    /// </summary>
    private static bool TitleGoesOn(string text, List<Token> tokens, int next) =>
        next + 1 < tokens.Count && !tokens[next].AfterBreak && !tokens[next + 1].AfterBreak
        && s_linkingWords.Contains(tokens[next].Word) && !s_smallWords.Contains(tokens[next + 1].Word)
        && char.IsUpper(text[tokens[next + 1].Start]);

    /// <summary>
    /// Of two readings close enough to count, the one that reads more of the text ("Treaty for the
    /// Prohibition of Nuclear Weapons in Latin" is Tlatelolco cut short, not the TPNW with words after it);
    /// else the cheaper.
    /// </summary>
    private static bool Better(Closest candidate, Closest best)
    {
        var bothClose = candidate.Cost <= MaxCost && best.Cost <= MaxCost;
        if (bothClose && candidate.End != best.End) return candidate.End > best.End;
        return candidate.Cost < best.Cost || (candidate.Cost == best.Cost && candidate.End > best.End);
    }

    /// <summary>
    /// The cost of reading the span's tokens from <paramref name="first"/> on as <paramref name="name"/>,
    /// and how many tokens the name takes up. Tokens after the name cost nothing (the span may run on);
    /// the name's own words left unread cost <see cref="CutShortCost"/> if most of it was read.
    /// </summary>
    private static (double Cost, int Used) Align(string[] name, List<Token> tokens, int first)
    {
        var n = name.Length;
        var m = tokens.Count - first;
        // cost[i, j]: name words [0, i) read as tokens [first, first + j).
        var cost = new double[n + 1, m + 1];
        for (var i = 1; i <= n; i++) cost[i, 0] = cost[i - 1, 0] + WordCost(name[i - 1]);
        for (var j = 1; j <= m; j++) cost[0, j] = cost[0, j - 1] + WordCost(tokens[first + j - 1].Word);
        for (var i = 1; i <= n; i++)
        {
            for (var j = 1; j <= m; j++)
            {
                var a = name[i - 1];
                var b = tokens[first + j - 1].Word;
                var substitute = cost[i - 1, j - 1] + Substitution(a, b);
                var dropped = cost[i - 1, j] + WordCost(a);
                var added = cost[i, j - 1] + WordCost(b);
                cost[i, j] = Math.Min(substitute, Math.Min(dropped, added));
            }
        }

        // The whole name, read from some prefix of the span.
        var bestCost = double.MaxValue;
        var bestUsed = 0;
        for (var j = 1; j <= m; j++)
        {
            if (cost[n, j] < bestCost - 1e-9)
            {
                bestCost = cost[n, j];
                bestUsed = j;
            }
        }

        // Or a title cut short: most of the name's content words, in order, and then the span stops.
        var content = name.Count(w => !s_smallWords.Contains(w));
        var read = 0;
        for (var i = 1; i < n; i++)
        {
            if (!s_smallWords.Contains(name[i - 1])) read++;
            if (read < 5 || read * 10 < content * 6) continue;
            for (var j = 1; j <= m; j++)
            {
                if (j < m && !s_smallWords.Contains(tokens[first + j].Word) && !tokens[first + j].AfterBreak) continue;
                if (s_smallWords.Contains(tokens[first + j - 1].Word)) continue;
                var total = cost[i, j] + CutShortCost;
                // On a tie the reading that goes further: "… Stockpiling and Use of Chemical Weapons" rather than "… and Use".
                if (total <= bestCost + 1e-9)
                {
                    bestCost = total;
                    bestUsed = j;
                }
            }
        }

        return (bestCost, bestUsed);
    }

    private static double WordCost(string word) => s_smallWords.Contains(word) ? SmallWordCost : ContentWordCost;

    private static double Substitution(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal)) return 0;
        var small = s_smallWords.Contains(a);
        if (small && s_smallWords.Contains(b)) return SmallWordCost;
        if (small || s_smallWords.Contains(b)) return double.MaxValue / 4;
        var shortest = Math.Min(a.Length, b.Length);
        if (shortest < 4) return double.MaxValue / 4;
        var allowed = shortest >= 8 ? 2 : 1;
        return EditDistanceAtMost(a, b, allowed) ? MisspeltCost : double.MaxValue / 4;
    }

    /// <summary>Whether Levenshtein distance of a and b is at most <paramref name="limit"/>.</summary>
    internal static bool EditDistanceAtMost(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return false;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var change = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(change, Math.Min(previous[j] + 1, current[j - 1] + 1));
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit) return false;
            (previous, current) = (current, previous);
        }

        return previous[b.Length] <= limit;
    }

    /// <summary>A folded, singular word of the text and where it stands.</summary>
    internal readonly record struct Token(string Word, int Start, int End, bool AfterBreak);

    private sealed record IndexedName(string Id, string[] Words)
    {
        public int ContentWords { get; } = Words.Count(w => !s_smallWords.Contains(w));
    }

    internal static List<Token> Tokens(string text) => Tokens(text.AsSpan(), 0);

    /// <summary>
    /// Words folded and made singular; a word broken by a hyphen at a line end or before a space and
    /// continued in lower case ("Ab- duction", "Free-\ndoms") is joined; digits stay as they are.
    /// <see cref="Token.AfterBreak"/> marks a word after punctuation that may end a cut-short title.
    /// </summary>
    internal static List<Token> Tokens(ReadOnlySpan<char> text, int offset)
    {
        var tokens = new List<Token>();
        var i = 0;
        var afterBreak = false;
        Span<char> buffer = stackalloc char[64];
        while (i < text.Length)
        {
            var c = text[i];
            if (!TextNormalizer.IsWordChar(c))
            {
                if (c is ',' or ';' or ':' or '(' or ')' or '.' or '[' or ']') afterBreak = true;
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && TextNormalizer.IsWordChar(text[i])) i++;
            var end = i;
            // "Ab- duction", "Free-\ndoms": a hyphen, white space, and the word going on in lower case.
            var k = i;
            if (k < text.Length && text[k] == '-')
            {
                var after = k + 1;
                var spaces = after;
                while (spaces < text.Length && spaces - after < 3 && char.IsWhiteSpace(text[spaces])) spaces++;
                if (spaces > after && spaces < text.Length && char.IsLower(text[spaces]))
                {
                    var more = spaces;
                    while (more < text.Length && TextNormalizer.IsWordChar(text[more])) more++;
                    var joined = string.Concat(text[start..end], text[spaces..more]);
                    tokens.Add(new Token(Singular(Fold(joined, buffer)), offset + start, offset + more, afterBreak));
                    afterBreak = false;
                    i = more;
                    continue;
                }
            }

            tokens.Add(new Token(Singular(Fold(text[start..end], buffer)), offset + start, offset + end, afterBreak));
            afterBreak = false;
        }

        return tokens;
    }

    private static string Fold(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length > buffer.Length) return TextNormalizer.Fold(word.ToString());
        return new string(buffer[..TextNormalizer.Fold(word, buffer)]);
    }

    private static string Singular(string word) =>
        word.Length > 4 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word;
}

