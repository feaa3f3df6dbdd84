using System.Collections.Frozen;
using System.Globalization;

namespace Citations.Core.Extraction;

/// <summary>
/// Anaphors — "the Covenant", "that Protocol", "its 1967 Protocol", "la Convention",
/// "the Convention of July 28, 1951" — resolved to the nearest instrument named before them whose
/// kind fits the head noun. An anaphor with nothing fitting before it is left out, never guessed;
/// the one exception is a head noun the catalog gives a default (<see cref="Instrument.DefaultShortForms"/>):
/// "the Charter", in a statement naming no charter before it, is the UN Charter.
/// </summary>
internal sealed partial class ShortFormResolver
{
    private readonly InstrumentCatalog _catalog;
    private readonly FrozenDictionary<string, FrozenSet<string>> _headsOf;
    private readonly ILookup<string, Instrument> _children;
    /// <summary>Head noun → the instrument it means when nothing fitting is named; a head two instruments claim has none.</summary>
    private readonly FrozenDictionary<string, string> _defaults;

    private readonly LanguagePatterns _patterns;
    private readonly FrozenDictionary<string, string> _heads;

    /// <summary>The head noun a word is, in any language: "Pacte" is a "Covenant"; null when it is none.</summary>
    internal string? HeadOf(string word) => _heads.GetValueOrDefault(word);

    public ShortFormResolver(InstrumentCatalog catalog, LanguagePatterns? patterns = null)
    {
        _patterns = patterns ?? LanguagePatterns.BuiltIn;
        _heads = _patterns.Language.HeadMeanings;
        _defaults = catalog.Instruments
            .SelectMany(i => i.DefaultShortForms.Select(head => (Head: head.Trim(), i.Id)))
            .GroupBy(p => p.Head, StringComparer.Ordinal)
            .Where(g => g.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count() == 1)
            .ToFrozenDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        _catalog = catalog;
        _headsOf = catalog.Instruments.ToFrozenDictionary(i => i.Id, HeadsOf, StringComparer.Ordinal);
        _children = catalog.Instruments.Where(i => i.Parent is not null).ToLookup(i => i.Parent!, StringComparer.Ordinal);
        var meanings = _heads.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        _headBits = meanings.Count <= 64
            ? meanings.Select((head, bit) => (head, bit)).ToFrozenDictionary(p => p.head, p => p.bit, StringComparer.Ordinal)
            : FrozenDictionary<string, int>.Empty;
        var anaphor = _patterns.Anaphor.Anchored;
        (_headGroup, _dateGroup, _detGroup, _yearGroup) = (anaphor.GroupNumberFromName("head"), anaphor.GroupNumberFromName("date"), anaphor.GroupNumberFromName("det"), anaphor.GroupNumberFromName("year"));
        _headFacts = catalog.Instruments.ToFrozenDictionary(i => i.Id, i => new HeadFacts(Mask(i.Id), i.Parent is { } parent ? Mask(parent) : 0, i.Parent), StringComparer.Ordinal);
    }

    /// <summary>The anaphor pattern's groups by number, looked up once rather than by name at every anaphor.</summary>
    private readonly int _headGroup, _dateGroup, _detGroup, _yearGroup;

    /// <summary>Each head noun's bit in <see cref="HeadFacts"/> (empty if there were more heads than bits).</summary>
    private readonly FrozenDictionary<string, int> _headBits;

    /// <summary>Instrument id → the heads that fit it and its parent, worked out once so that a search back asks no dictionary per mention and head.</summary>
    private readonly FrozenDictionary<string, HeadFacts> _headFacts;

    /// <summary>
    /// The head nouns that fit an instrument, and its parent, as bits of <see cref="_headBits"/>; for a title the catalog
    /// lacks, <paramref name="TitleFits"/> is the bit of its own head noun (<see cref="TitleHead"/>).
    /// </summary>
    private readonly record struct HeadFacts(ulong Fits, ulong ParentFits, string? Parent, ulong TitleFits = 0);

    private ulong Mask(string id)
    {
        var mask = 0UL;
        foreach (var (head, bit) in _headBits)
        {
            if (Fits(id, head)) mask |= 1UL << bit;
        }

        return mask;
    }

    private HeadFacts FactsOf(Mention mention)
    {
        var facts = _headFacts.GetValueOrDefault(mention.InstrumentId!);
        if (mention.Catalogued || mention.Title is not { } title || _headBits.Count == 0 || TitleHead(title) is not { } head || !_headBits.TryGetValue(head, out var bit)) return facts;
        return facts with { TitleFits = 1UL << bit };
    }

    /// <summary>The head nouns an anaphor may use for an instrument: its short forms and the head of each English name.</summary>
    private FrozenSet<string> HeadsOf(Instrument instrument)
    {
        var heads = new HashSet<string>(instrument.ShortForms.Select(s => s.Trim()), StringComparer.Ordinal);
        foreach (var name in instrument.Names.Concat(instrument.InformalNames).Append(instrument.Title))
        {
            foreach (var word in TextNormalizer.Words(name))
            {
                var titled = word.Length > 0 ? char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant() : word;
                if (_heads.TryGetValue(titled, out var head) && head == titled)
                {
                    heads.Add(head);
                    break;
                }
            }
        }

        foreach (var names in instrument.Translations.Values)
        {
            foreach (var name in names)
            {
                var first = TextNormalizer.Words(name).FirstOrDefault(w => _heads.ContainsKey(char.ToUpperInvariant(w[0]) + w[1..]));
                if (first is not null) heads.Add(_heads[char.ToUpperInvariant(first[0]) + first[1..]]);
            }
        }

        return heads.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Finds anaphors outside <paramref name="taken"/> and resolves them against the mentions before them.</summary>
    public List<Mention> Resolve(string text, MentionSet taken, StepCounter? steps = null)
    {
        steps ??= new StepCounter();
        var resolved = new List<Mention>();
        // The named mentions before the current anaphor, in text order: taken is in text order and the
        // anaphors come left to right, so the list only ever grows at its end.
        var before = new List<Mention>();
        // The head facts of each mention in before, at the same index.
        var facts = new List<HeadFacts>();
        var nearest = new Dictionary<string, Latest>(StringComparer.Ordinal);
        var dated = new Dictionary<(string, string?, string?), Latest>();
        var next = 0;
        var resolvedIndex = new MentionIndex(resolved);
        HeadOccurrences? heads = null;
        // A head noun inside a name already read gives an anaphor that is dropped; unless a date may follow it
        // ("the Convention of July 28, 1951"), such an anaphor ends with its head word, where no other can begin,
        // so the pattern need not be tried there at all. The anaphors found are then mostly kept, and are read with
        // their groups at once rather than matched a second time.
        foreach (var match in _patterns.Anaphor.Matches(text, steps, (trigger, _) => PassesOver(text, taken, trigger)))
        {
            var start = match.Index;
            var end = start + match.Length;
            if (taken.Overlaps(start, end) || resolvedIndex.Overlaps(start, end)) continue;
            var groups = match.Groups;
            var headWord = groups[_headGroup].Value;
            var head = _heads[headWord];
            var hasDate = groups[_dateGroup].Success;
            if (!groups[_detGroup].Success && !groups[_yearGroup].Success && !hasDate) continue;
            // "the Charter of the Organization …" begins a title; "the Charter of a clause" does not: after "of" a
            // title goes on with a capital.
            // "the Charter concerning the admission of new Members", "under the Charter for the maintenance of peace": for a
            // head with a default, a lower-case phrase after any such word goes on the sentence, not a title; for any head,
            // "on behalf of", "on account of" or a date after "on" does.
            if (_patterns.TitleFollows.IsMatch(text.AsSpan(end)) && !hasDate && !OfLowerCase().IsMatch(text.AsSpan(end, Math.Min(40, text.Length - end)))
                && !(_defaults.ContainsKey(head) && LinkLowerCase().IsMatch(text.AsSpan(end, Math.Min(40, text.Length - end))))
                && !NeverATitle().IsMatch(text.AsSpan(end, Math.Min(40, text.Length - end)))) continue;
            // "the Optional Protocol to the Convention", "el Protocolo Facultativo de la Convención": the parent is named only
            // inside the protocol's name, which cites the protocol, not the parent (rule 7), whether or not the protocol
            // pass could tell which of the parent's protocols it is.
            if (head != "Protocol" && ProtocolLinkBefore().IsMatch(text.AsSpan(Math.Max(0, start - 48), Math.Min(48, start)))) continue;

            for (; next < taken.Count && taken[next].Start < start; next++)
            {
                if (taken[next].InstrumentId is not null)
                {
                    before.Add(taken[next]);
                    facts.Add(FactsOf(taken[next]));
                }
            }

            string? id;
            Confidence confidence;
            if (groups[_yearGroup].Success || hasDate)
            {
                var year = groups[_yearGroup].Success ? groups[_yearGroup].Value : null;
                var date = hasDate ? groups[_dateGroup].Value : null;
                id = ByDate(head, year, date, before, Memo(dated, (head, year, date)), steps);
                confidence = Confidence.ShortFormByDate;
            }
            else
            {
                var memo = Memo(nearest, head);
                id = Nearest(head, before, facts, memo, steps);
                confidence = Confidence.ShortFormResolved;
                // "the Georgetown Declaration … That Declaration", "the Treaty of Moscow … that Treaty": a name of the same
                // head noun that the catalog lacks, nearer than the instrument found, is what the anaphor points at, so it is
                // left unresolved. Not for a head with a default ("the Charter" is the UN Charter in any case).
                if (!string.IsNullOrEmpty(id) && !_defaults.ContainsKey(head)
                    && (heads ??= new HeadOccurrences(text, steps)).AnyName(headWord, memo.FoundEnd, start, taken, resolvedIndex, NamesOf(id), steps))
                {
                    id = null;
                }

                if (_defaults.TryGetValue(head, out var fallback)
                    && (id is null || (id != fallback && start - memo.FoundEnd > DefaultReach && memo.DefaultNamed)))
                {
                    // "the Charter" a paragraph or more after the Atlantic Charter, in a text that also names the UN
                    // Charter, is the UN Charter again: another charter holds the word only near where it is named.
                    id = fallback;
                    confidence = Confidence.ShortFormDefault;
                }
            }

            if (string.IsNullOrEmpty(id)) continue;
            var mention = new Mention { Start = start, End = end, Kind = MentionKind.ShortForm, InstrumentId = id, Confidence = confidence };
            resolvedIndex.Add(mention);
            before.Add(mention);
            facts.Add(FactsOf(mention));
        }

        return resolved;
    }

    /// <summary>Where each head noun stands in a text, capitalised and as a whole word, in text order.</summary>
    private sealed class HeadOccurrences
    {
        private readonly Dictionary<string, List<int>> _at = new(StringComparer.Ordinal);
        private readonly string _text;
        private readonly StepCounter _steps;

        public HeadOccurrences(string text, StepCounter steps)
        {
            _text = text;
            _steps = steps;
        }

        /// <summary>
        /// Whether <paramref name="word"/> stands between <paramref name="from"/> and <paramref name="to"/>, outside every
        /// mention, as part of a name that is none of <paramref name="names"/> (the found instrument's, lower case).
        /// </summary>
        public bool AnyName(string word, int from, int to, MentionSet taken, MentionIndex resolved, IReadOnlyList<string> names, StepCounter steps)
        {
            var at = Occurrences(word);
            var k = at.BinarySearch(from);
            for (k = k < 0 ? ~k : k; k < at.Count && at[k] + word.Length <= to; k++)
            {
                steps.Add();
                var (start, end) = (at[k], at[k] + word.Length);
                if (taken.Overlaps(start, end) || resolved.Overlaps(start, end)) continue;
                if (NameAround(start, end) is { } name && !names.Any(n => n.Contains(name, StringComparison.OrdinalIgnoreCase))) return true;
            }

            return false;
        }

        /// <summary>
        /// The words that make a head noun part of a name, or null when it is a plain noun: a proper name before it
        /// ("Georgetown Declaration", "1967 Treaty"), "of" and a proper name or year after it ("Treaty of Moscow"), or a
        /// title opener ("Protocol on the protection of the ozone layer"). "a Treaty which", "the historic Agreement" and
        /// "the Treaty on behalf of" are none.
        /// </summary>
        private string? NameAround(int start, int end)
        {
            var before = WordBefore().Match(_text[Math.Max(0, start - 40)..start]);
            if (before.Success && before.Groups["article"].Success) return null;
            if (before.Success && before.Groups["word"].Success) return before.Groups["word"].Value + " " + _text[start..end];
            var after = NameAfter().Match(_text, end);
            if (!after.Success) return null;
            return after.Groups["of"].Success ? _text[start..end] + " of " + after.Groups["of"].Value : _text[start..end] + " " + after.Groups["rest"].Value;
        }

        private List<int> Occurrences(string word)
        {
            if (_at.TryGetValue(word, out var found)) return found;
            var at = new List<int>();
            for (var i = _text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = _text.IndexOf(word, i + word.Length, StringComparison.Ordinal))
            {
                _steps.Add();
                var end = i + word.Length;
                if ((i == 0 || !TextNormalizer.IsWordChar(_text[i - 1])) && (end == _text.Length || !TextNormalizer.IsWordChar(_text[end]))) at.Add(i);
            }

            _steps.Add(_text.Length / 64);
            _at[word] = at;
            return at;
        }
    }

    /// <summary>Whether the anaphor pattern need not be tried around the head noun at <paramref name="trigger"/>: see <see cref="Resolve"/>.</summary>
    internal bool PassesOver(string text, MentionSet taken, int trigger) => taken.Overlaps(trigger, trigger + 1) && !DateLinkFollows(text, trigger);

    /// <summary>Whether the word at <paramref name="position"/> is followed by a link to a date ("of"), as a dated anaphor's head is.</summary>
    private bool DateLinkFollows(string text, int position)
    {
        var k = position;
        while (k < text.Length && TriggeredPattern.IsWordChar(text[k])) k++;
        while (k < text.Length && char.IsWhiteSpace(text[k])) k++;
        foreach (var link in _patterns.Language.DateLinks)
        {
            if (text.AsSpan(k).StartsWith(link, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>
    /// What a search back through the named mentions found for one question, and how many mentions it
    /// had seen: the list only grows at its end, so the next time the same question is asked only the
    /// mentions added since are searched, and a text with many anaphors is not searched over and over.
    /// </summary>
    private sealed class Latest
    {
        public int Seen;
        public string? Found;
        /// <summary>Where the mention that gave <see cref="Found"/> ends.</summary>
        public int FoundEnd;
        /// <summary>Whether the head's default instrument was among the mentions seen.</summary>
        public bool DefaultNamed;
    }

    /// <summary>How far from where another instrument was named its head noun still points at it rather than at the default.</summary>
    internal const int DefaultReach = 400;

    private static Latest Memo<TKey>(Dictionary<TKey, Latest> memos, TKey key) where TKey : notnull
    {
        if (!memos.TryGetValue(key, out var memo)) memos[key] = memo = new Latest();
        return memo;
    }

    /// <summary>The last named mention, searching back, for which <paramref name="answer"/> gives an id.</summary>
    private static string? SearchBack(List<Mention> before, Latest memo, StepCounter steps, Func<int, string?> answer, string? defaultId = null)
    {
        for (var k = before.Count - 1; k >= memo.Seen; k--)
        {
            steps.Add();
            if (answer(k) is { } found)
            {
                memo.Found = found;
                memo.FoundEnd = before[k].End;
                break;
            }
        }

        for (var k = memo.Seen; k < before.Count && defaultId is not null && !memo.DefaultNamed; k++)
        {
            steps.Add();
            memo.DefaultNamed = before[k].InstrumentId == defaultId;
        }

        memo.Seen = before.Count;
        return memo.Found;
    }

    private string? Nearest(string head, List<Mention> before, List<HeadFacts> facts, Latest memo, StepCounter steps)
    {
        if (!_headBits.TryGetValue(head, out var bit)) return SearchBack(before, memo, steps, k => NearestAnswer(head, before[k]), _defaults.GetValueOrDefault(head));
        var headMask = 1UL << bit;
        return SearchBack(before, memo, steps, k =>
        {
            var fact = facts[k];
            if ((fact.Fits & headMask) != 0) return before[k].InstrumentId;
            if ((fact.TitleFits & headMask) != 0) return Blocked;
            return (fact.ParentFits & headMask) != 0 ? fact.Parent : null;
        }, _defaults.GetValueOrDefault(head));
    }

    /// <summary>What <see cref="Nearest"/> answers for one mention, asking the catalog directly.</summary>
    private string? NearestAnswer(string head, Mention mention)
    {
        var id = mention.InstrumentId!;
        if (Fits(id, head)) return id;
        // "The Extradition Treaty between the United States and Mexico … Article 10 of the Treaty": a title the
        // catalog lacks is the nearest instrument of its head noun, so an older catalogued treaty is not meant;
        // the short form is left unresolved (Blocked), as `unknowns` then lists it.
        if (!mention.Catalogued && mention.Title is { } title && TitleHead(title) == head) return Blocked;
        // A protocol's title names its parent ("Optional Protocol to the International Covenant…"):
        // a later "that Covenant" points at the parent.
        return _catalog.Find(id)?.Parent is { } parent && Fits(parent, head) ? parent : null;
    }

    /// <summary>What a search back answers when the nearest fitting mention is an uncatalogued title: nothing to resolve to.</summary>
    private const string Blocked = "";

    /// <summary>The head noun of a title: its first word that is one ("Treaty" in "Extradition Treaty between …").</summary>
    private string? TitleHead(string title)
    {
        foreach (var word in TextNormalizer.Words(title))
        {
            var titled = word.Length > 0 ? char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant() : word;
            if (_heads.TryGetValue(titled, out var head) && head == titled) return head;
        }

        return null;
    }

    /// <summary>An instrument's title and names, for telling a partial name of it ("the Peace Agreement") from another name.</summary>
    private IReadOnlyList<string> NamesOf(string id) =>
        _catalog.Find(id) is { } instrument ? [.. instrument.Names, .. instrument.InformalNames, instrument.Title] : [];

    internal bool Fits(string id, string head) => _headsOf.TryGetValue(id, out var heads) && heads.Contains(head);

    /// <summary>"its 1967 Protocol", "the 1972 Convention", "the Convention of July 28, 1951".</summary>
    private string? ByDate(string head, string? year, string? date, List<Mention> before, Latest memo, StepCounter steps)
    {
        var exact = date is null ? null : ParseDate(date);
        var wantedYear = exact?.Substring(0, 4) ?? year ?? (date is { Length: >= 4 } ? date[^4..] : null);
        bool Matches(Instrument i) => Fits(i.Id, head) && (exact is not null ? i.Adopted == exact : i.Adopted.StartsWith(wantedYear!, StringComparison.Ordinal));

        // Named already, or a protocol or parent of one named already, before anything else in the catalog:
        // the last mention whose family holds a fitting instrument decides, if only one of its family fits.
        const string Several = "";
        var related = SearchBack(before, memo, steps, k =>
        {
            if (_catalog.Find(before[k].InstrumentId!) is not { } named) return null;
            IEnumerable<Instrument> family = [named, .. _children[named.Id]];
            if (named.Parent is not null && _catalog.Find(named.Parent) is { } parent) family = family.Append(parent);
            var ids = family.Where(Matches).Select(i => i.Id).Distinct().ToList();
            return ids.Count switch { 0 => null, 1 => ids[0], _ => Several };
        });
        if (related is { Length: > 0 }) return related;
        if (_anywhere.TryGetValue((head, year, date), out var known)) return known;
        var anywhere = _catalog.Instruments.Where(Matches).ToList();
        var only = anywhere.Count == 1 ? anywhere[0].Id : null;
        if (Volatile.Read(ref _anywhereCount) < MaxAnywhere && _anywhere.TryAdd((head, year, date), only)) Interlocked.Increment(ref _anywhereCount);
        return only;
    }

    /// <summary>
    /// The one instrument in the whole catalog that a dated anaphor fits, or null, for each head, year and date
    /// asked about: the same few come back in text after text. Bounded, counted apart (the count of a
    /// concurrent dictionary takes all its locks).
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Head, string? Year, string? Date), string?> _anywhere = new();

    private int _anywhereCount;

    private const int MaxAnywhere = 4096;

    private static string? ParseDate(string text)
    {
        string[] formats = ["MMMM d, yyyy", "MMMM d yyyy", "d MMMM yyyy", "MMM. d, yyyy", "MMM d, yyyy"];
        return DateTime.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }


    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+(?:of|de|du|del)\s+(?:(?:a|an|the|its|this|that|these|la|le|les|el|los|las)\s+)?\p{Ll}")]
    private static partial System.Text.RegularExpressions.Regex OfLowerCase();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+(?:on|for|against|relating\s+to|relative\s+to|concerning|respecting)\s+(?:(?:a|an|the|its|this|that|these|those|which|all)\s+)?\p{Ll}")]
    private static partial System.Text.RegularExpressions.Regex LinkLowerCase();

    /// <summary>
    /// What follows a head noun and never goes on a title, for any head: "signed the Treaty on behalf of Canada",
    /// "ratified the Statute on 6 November", "rejected the Convention on account of …".
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+(?:on\s+(?:behalf|account)\s+of\b|on\s+\d|on\s+the\s+(?:occasion|eve|part)\s+of\b)")]
    private static partial System.Text.RegularExpressions.Regex NeverATitle();

    /// <summary>A protocol's name up to its parent's: "Optional Protocol to ", "Protocole facultatif se rapportant à ", "Protocolo Facultativo de ".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:Protocol|Protocole|Protocolo)\s+(?:(?:facultatif|[Ff]acultativo|additionnel|[Aa]dicional)\s+)?(?:No\.?\s*\d{1,2}\s+)?(?:to|of|additional\s+to|se\s+rapportant\s+(?:à|au)|relatif\s+(?:à|au)|à|au|de|del|a|al)\s+$")]
    private static partial System.Text.RegularExpressions.Regex ProtocolLinkBefore();

    /// <summary>The word right before a head noun on its line: a capitalised one or a year, or an indefinite article.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:(?<![\w-])(?<article>[Aa]n?)|(?<![\w-])(?!(?:The|This|That|These|Those|Its|Our|Their|Such|Any|Every|Each|No)\b)(?<word>\p{Lu}[\w’'-]*|(?:1[6-9]|20)\d\d))[ \t]*\n?[ \t]*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex WordBefore();

    /// <summary>What may follow a head noun that opens the rest of a name: "of Moscow", "of 1975", "on the protection …".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\G\s+(?:of\s+(?<of>\p{Lu}\p{L}*|(?:1[6-9]|20)\d\d)|(?<rest>(?:on|for|against|concerning|relating\s+to)\s+(?!(?:behalf|account|record|the\s+(?:basis|part|occasion|eve|whole|grounds|one\s+hand|other\s+hand|first\s+time|sake|purpose))\b)\p{L}[\w-]*(?:[ \t]+[\w-]+){0,2}))", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex NameAfter();
}
