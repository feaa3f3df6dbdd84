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
    /// <summary>
    /// In a name of this many content words, one of them dropped ("Development, Stockpiling and Use" for "Development,
    /// Production, Stockpiling and Use") leaves what the name says: it costs less than a reading kept, two do not.
    /// </summary>
    private const int LongNameContentWords = 8;
    private const double LongNameDropCost = 0.75;
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

    /// <summary>
    /// Words that name what a title's instrument does to its subject ("Elimination", "Suppression", "to Stop"): a
    /// speaker who swaps one for another ("Convention to Stop All Forms of Discrimination against Women") still
    /// means the instrument with that subject, so the swap costs what a misspelt word does. Folded and singular.
    /// </summary>
    private static readonly FrozenSet<string> s_actionWords = new[]
    {
        "elimination", "eliminate", "eliminating", "suppression", "suppress", "suppressing", "prevention", "prevent",
        "preventing", "prohibition", "prohibit", "prohibiting", "ban", "banning", "combating", "combatting", "combat",
        "fight", "fighting", "stop", "stopping", "abolition", "abolish", "abolishing", "eradication", "eradicate",
        "eradicating", "repression", "repress", "repressing",
        "interdiction", "lutte", "prevencion", "eliminacion", "supresion", "prohibicion", "erradicacion", "represion", "lucha",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly IndexedName[] _names;
    /// <summary>
    /// For each content word, the names (in catalog order) that hold it among their rarest: a name is
    /// weighed only when the span shares about half its content words with it, so it shares at least
    /// one of the rarest few, and the words many names hold ("convention", "rights") lead to few of them.
    /// </summary>
    private readonly int[][] _namesByRareWord;
    /// <summary>Every content word of a name, numbered.</summary>
    private readonly FrozenDictionary<string, int> _wordIds;
    /// <summary>Per name, its content words' numbers, each once.</summary>
    private readonly int[][] _nameWordIds;

    /// <summary>Per word number, where in the span at hand the word first comes, plus one (0: not in it); all zero between calls. Kept per thread.</summary>
    [ThreadStatic]
    private static int[]? t_firstAt;
    /// <summary>Per name, the call that last looked at it (<see cref="t_call"/>), so that each is looked at once per call. Kept per thread.</summary>
    [ThreadStatic]
    private static int[]? t_lookedAt;
    [ThreadStatic]
    private static int t_call;
    /// <summary>The alignment tables of <see cref="SpanWords"/>, kept per thread and grown as needed.</summary>
    [ThreadStatic]
    private static double[]? t_costs;
    [ThreadStatic]
    private static double[]? t_substitutions;

    private static double[] Room(ref double[]? kept, int length) => kept is { } array && array.Length >= length ? array : kept = new double[Math.Max(length, 256)];

    public ApproximateTitleMatcher(InstrumentCatalog catalog)
    {
        var names = new List<IndexedName>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var instrument in catalog.Instruments)
        {
            seen.Clear();
            foreach (var name in instrument.Names.Concat(instrument.InformalNames).Append(instrument.Title)
                         .Concat(instrument.Translations.Values.SelectMany(v => v)))
            {
                var words = Tokens(name).Select(t => t.Word).ToArray();
                if (words.Count(w => !s_smallWords.Contains(w)) < MinContentWords || !seen.Add(string.Join(' ', words))) continue;
                names.Add(new IndexedName(instrument.Id, words));
            }
        }

        _names = [.. names];
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var holders = new List<int>();
        _nameWordIds = new int[_names.Length][];
        for (var k = 0; k < _names.Length; k++)
        {
            var content = _names[k].DistinctContent;
            var numbered = _nameWordIds[k] = new int[content.Length];
            for (var w = 0; w < content.Length; w++)
            {
                if (!ids.TryGetValue(content[w], out var id))
                {
                    ids[content[w]] = id = ids.Count;
                    holders.Add(0);
                }

                numbered[w] = id;
                holders[id]++;
            }
        }

        var byWord = new List<int>?[ids.Count];
        for (var k = 0; k < _names.Length; k++)
        {
            var numbered = _nameWordIds[k];
            var needed = SharedWordsNeeded(_names[k]);
            // A name with fewer distinct content words than it needs shared is never weighed.
            if (needed > numbered.Length) continue;
            var content = _names[k].DistinctContent;
            var order = new int[numbered.Length];
            for (var w = 0; w < order.Length; w++) order[w] = w;
            Array.Sort(order, (a, b) => holders[numbered[a]] != holders[numbered[b]] ? holders[numbered[a]].CompareTo(holders[numbered[b]]) : string.CompareOrdinal(content[a], content[b]));
            for (var w = 0; w < numbered.Length - needed + 1; w++) (byWord[numbered[order[w]]] ??= []).Add(k);
        }

        _namesByRareWord = [.. byWord.Select(l => l is null ? [] : l.ToArray())];
        _wordIds = ids.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>How many of a name's distinct content words a span must hold for the name to be weighed: half of its content words, and two at least.</summary>
    private static int SharedWordsNeeded(IndexedName name) => Math.Max(MinContentWords - 1, (name.ContentWords + 1) / 2);

    /// <summary>What a span of text comes closest to, if anything.</summary>
    /// <param name="Id">The instrument, or null when two instruments come equally close.</param>
    /// <param name="End">Where in the text the matched name ends (the span may run on past it).</param>
    internal readonly record struct Closest(string? Id, int Start, int End, double Cost);

    /// <summary>
    /// The catalogued name closest to the words of <paramref name="text"/> in [start, end), beginning at
    /// one of the span's first words; null when no name shares enough words with it. <paramref name="steps"/>
    /// counts the names looked at.
    /// </summary>
    public Closest? Match(string text, int start, int end, StepCounter? steps = null)
    {
        var tokens = Tokens(text.AsSpan(start, end - start), start);
        if (tokens.Count > MaxSpanWords) tokens.RemoveRange(MaxSpanWords, tokens.Count - MaxSpanWords);
        var small = new bool[tokens.Count];
        var contentTokens = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            small[t] = s_smallWords.Contains(tokens[t].Word);
            if (!small[t]) contentTokens++;
        }

        if (contentTokens < MinContentWords) return null;

        // The names sharing enough words with the span, in the order their first shared word comes in it
        // (names first met at the same word in catalog order): that order settles ties between readings.
        var firstAt = t_firstAt is { } kept && kept.Length >= _namesByRareWord.Length ? kept : t_firstAt = new int[_namesByRareWord.Length];
        var lookedAt = t_lookedAt is { } looked && looked.Length >= _names.Length ? looked : t_lookedAt = new int[_names.Length];
        if (++t_call == int.MaxValue)
        {
            Array.Clear(lookedAt);
            t_call = 1;
        }

        var call = t_call;
        Span<int> spanIds = stackalloc int[tokens.Count];
        for (var t = 0; t < tokens.Count; t++)
        {
            spanIds[t] = _wordIds.TryGetValue(tokens[t].Word, out var id) ? id : -1;
            if (spanIds[t] >= 0 && firstAt[spanIds[t]] == 0) firstAt[spanIds[t]] = t + 1;
        }

        var shared = new List<(int First, int Name)>();
        for (var t = 0; t < tokens.Count; t++)
        {
            if (spanIds[t] < 0 || firstAt[spanIds[t]] != t + 1) continue;
            var holders = _namesByRareWord[spanIds[t]];
            steps?.Add(holders.Length);
            foreach (var k in holders)
            {
                if (lookedAt[k] == call) continue;
                lookedAt[k] = call;
                var count = 0;
                var first = int.MaxValue;
                foreach (var id in _nameWordIds[k])
                {
                    if (firstAt[id] == 0) continue;
                    count++;
                    first = Math.Min(first, firstAt[id] - 1);
                }

                if (count >= SharedWordsNeeded(_names[k])) shared.Add((first, k));
            }
        }

        foreach (var id in spanIds)
        {
            if (id >= 0) firstAt[id] = 0;
        }

        shared.Sort();

        // The best reading of each instrument's names, among those sharing at least half their content words with the span.
        var byInstrument = new Dictionary<string, Closest>(StringComparer.Ordinal);
        if (shared.Count == 0) return null;
        // Room for the longest name weighed, not the longest in the catalog; every cell Align reads it writes first, so the tables are reused.
        var longest = 0;
        foreach (var (_, k) in shared) longest = Math.Max(longest, _names[k].Words.Length);
        var costs = Room(ref t_costs, (longest + 1) * (tokens.Count + 1));
        var substitutions = Room(ref t_substitutions, longest * tokens.Count);
        var span = new SpanWords(tokens, small, costs, substitutions);
        foreach (var (_, k) in shared)
        {
            var name = _names[k];
            // The same word pairs come back for each first word tried: each is compared once.
            span.Substitutions.AsSpan(0, name.Words.Length * tokens.Count).Fill(double.NaN);
            // The name may begin at any of the span's first words ("the", "The Hague …" for "Hague …"),
            // but only after small words: "Inter-American Convention …" is not "American Convention …".
            for (var first = 0; first < Math.Min(tokens.Count, 6); first++)
            {
                if (first > 0 && !small[first - 1]) break;
                var (cost, used) = Align(name, span, first);
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
    /// The tokens of a span, which of them are small words, room for the alignment table, and the cost of
    /// reading each word of the name at hand as each token (NaN until worked out).
    /// </summary>
    private readonly record struct SpanWords(List<Token> Tokens, bool[] Small, double[] Cost, double[] Substitutions);

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
    /// the name's own words left unread cost <see cref="CutShortCost"/> if most of it was read. A cost
    /// above <see cref="VariantCost"/> is only known to be above it (<see cref="Band"/>).
    /// </summary>
    private static (double Cost, int Used) Align(IndexedName indexed, SpanWords span, int first)
    {
        var name = indexed.Words;
        var nameSmall = indexed.Small;
        var tokens = span.Tokens;
        var small = span.Small;
        var n = name.Length;
        var m = tokens.Count - first;
        var width = m + 1;
        // cost[i * width + j]: name words [0, i) read as tokens [first, first + j).
        var cost = span.Cost;
        var substitutions = span.Substitutions;
        cost[0] = 0;
        for (var i = 1; i <= n; i++) cost[i * width] = cost[(i - 1) * width] + WordCost(nameSmall[i - 1]);
        for (var j = 1; j <= m; j++) cost[j] = cost[j - 1] + WordCost(small[first + j - 1]);
        for (var i = 1; i <= n; i++)
        {
            var a = name[i - 1];
            var aSmall = nameSmall[i - 1];
            var dropCost = aSmall ? SmallWordCost : indexed.ContentWords >= LongNameContentWords ? LongNameDropCost : ContentWordCost;
            var row = i * width;
            var above = row - width;
            var known = (i - 1) * tokens.Count;
            var (from, to) = Band(i, m);
            // Just outside the band, what the cells inside read: more than any reading kept. A row whose band
            // is empty (the name is longer than the tokens left by more than the band) has no cells, nor have those after it.
            if (from > to) break;
            if (from > 1) cost[row + from - 1] = double.PositiveInfinity;
            if (to < m) cost[row + to + 1] = double.PositiveInfinity;
            for (var j = from; j <= to; j++)
            {
                var t = first + j - 1;
                var change = substitutions[known + t];
                if (double.IsNaN(change)) substitutions[known + t] = change = Substitution(a, aSmall, tokens[t].Word, small[t]);
                var substitute = cost[above + j - 1] + change;
                var dropped = cost[above + j] + dropCost;
                var added = cost[row + j - 1] + WordCost(small[t]);
                cost[row + j] = Math.Min(substitute, Math.Min(dropped, added));
            }
        }

        // The whole name, read from some prefix of the span.
        var bestCost = double.MaxValue;
        var bestUsed = 0;
        var (lastFrom, lastTo) = Band(n, m);
        for (var j = lastFrom; j <= lastTo; j++)
        {
            if (cost[n * width + j] < bestCost - 1e-9)
            {
                bestCost = cost[n * width + j];
                bestUsed = j;
            }
        }

        // Or a title cut short: most of the name's content words, in order, and then the span stops.
        var content = indexed.ContentWords;
        var read = 0;
        for (var i = 1; i < n; i++)
        {
            if (!nameSmall[i - 1]) read++;
            if (read < 5 || read * 10 < content * 6) continue;
            // A name cut short before its parties or among them ("Treaty of Peace, Friendship and Co-operation | between Viet
            // Nam and …") is the title many treaties share, not this one.
            if (Array.IndexOf(name, "between", i) >= 0) continue;
            var (from, to) = Band(i, m);
            for (var j = from; j <= to; j++)
            {
                if (j < m && !small[first + j] && !tokens[first + j].AfterBreak && !tokens[first + j].LowerCase) continue;
                if (small[first + j - 1]) continue;
                var total = cost[i * width + j] + CutShortCost;
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

    /// <summary>
    /// The tokens [from, to] that name words [0, i) can be read as within <see cref="VariantCost"/>: each
    /// word read on one side only, name or span, costs at least <see cref="SmallWordCost"/>, so a reading
    /// that pairs i name words with more than <see cref="BandWidth"/> tokens more or fewer costs more than
    /// any reading kept, and the table is worked out only along the diagonal.
    /// </summary>
    private static (int From, int To) Band(int i, int m) => (Math.Max(1, i - BandWidth), Math.Min(m, i + BandWidth));

    private const int BandWidth = (int)(VariantCost / SmallWordCost);

    private static double WordCost(bool small) => small ? SmallWordCost : ContentWordCost;

    private static double Substitution(string a, bool aSmall, string b, bool bSmall)
    {
        if (string.Equals(a, b, StringComparison.Ordinal)) return 0;
        if (aSmall && bSmall) return SmallWordCost;
        if (aSmall || bSmall) return double.MaxValue / 4;
        if (s_actionWords.Contains(a) && s_actionWords.Contains(b)) return MisspeltCost;
        // OCR reads "ll" as "H": "AH Forms" for "All Forms".
        if (HForLl(a, b) || HForLl(b, a)) return MisspeltCost;
        var shortest = Math.Min(a.Length, b.Length);
        if (shortest < 4) return double.MaxValue / 4;
        var allowed = shortest >= 8 ? 2 : 1;
        return EditDistanceAtMost(a, b, allowed) ? MisspeltCost : double.MaxValue / 4;
    }

    /// <summary>Whether <paramref name="read"/> is <paramref name="word"/> with each "ll" read as "h" (and at least one), compared in place.</summary>
    internal static bool HForLl(string word, string read)
    {
        var i = 0;
        var j = 0;
        var swapped = false;
        while (i < word.Length && j < read.Length)
        {
            if (i + 1 < word.Length && word[i] == 'l' && word[i + 1] == 'l')
            {
                if (read[j] != 'h') return false;
                i += 2;
                j++;
                swapped = true;
                continue;
            }

            if (word[i] != read[j]) return false;
            i++;
            j++;
        }

        return swapped && i == word.Length && j == read.Length;
    }

    /// <summary>Whether Levenshtein distance of a and b is at most <paramref name="limit"/>.</summary>
    internal static bool EditDistanceAtMost(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return false;
        Span<int> previous = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
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
            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length] <= limit;
    }

    /// <summary>A folded, singular word of the text and where it stands.</summary>
    /// <param name="LowerCase">Whether the word is written in lower case: a title cut short may stop before it ("… in Latin will be").</param>
    internal readonly record struct Token(string Word, int Start, int End, bool AfterBreak, bool LowerCase = false);

    private sealed record IndexedName(string Id, string[] Words)
    {
        /// <summary>Which of the name's words are small words.</summary>
        public bool[] Small { get; } = [.. Words.Select(s_smallWords.Contains)];

        public int ContentWords { get; } = Words.Count(w => !s_smallWords.Contains(w));

        /// <summary>The name's content words, each once, in the order they come.</summary>
        public string[] DistinctContent { get; } = [.. Words.Where(w => !s_smallWords.Contains(w)).Distinct(StringComparer.Ordinal)];
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
                    tokens.Add(new Token(Singular(Fold(joined, buffer)), offset + start, offset + more, afterBreak, char.IsLower(text[start])));
                    afterBreak = false;
                    i = more;
                    continue;
                }
            }

            tokens.Add(new Token(Singular(Fold(text[start..end], buffer)), offset + start, offset + end, afterBreak, char.IsLower(text[start])));
            afterBreak = false;
        }

        return tokens;
    }

    private static string Fold(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length > buffer.Length) return TextNormalizer.Fold(word.ToString());
        return new string(buffer[..TextNormalizer.Fold(word, buffer)]);
    }

    /// <summary>A folded word without the plural's "s" ("weapons" → "weapon"); words of four letters or fewer, and "…ss", as they are.</summary>
    internal static string Singular(string word) =>
        word.Length > 4 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word;
}

