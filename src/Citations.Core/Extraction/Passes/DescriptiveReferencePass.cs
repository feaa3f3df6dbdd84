using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Citations.Core.Extraction.Passes;

/// <summary>
/// An instrument a text describes instead of naming, by the occasion it was adopted at: "the Declaration
/// adopted at the sixteenth special session", "the Programme of Action of the World Conference on Human
/// Rights", "the Declaration and Programme of Action adopted in Vienna in 1993", "the agreement resulting
/// from the second round of the Strategic Arms Limitation Talks" (RULES.md: a descriptive phrase that pins
/// down one concluded instrument counts). The phrase is a determiner, a head ("Declaration", "Final
/// Document", "agreement"), a link ("adopted at", "of", "resulting from") and an occasion, read against the
/// catalog's <see cref="Instrument.AdoptedAt"/>: a name of the occasion, a numbered special session, a city
/// (with the year, or with the instrument's whole head), or "the Summit" when the text has named exactly one
/// summit before and no other. The head must fit exactly one instrument of that occasion; else nothing.
/// </summary>
internal sealed class DescriptiveReferencePass : IExtractionPass
{
    /// <summary>The most words an occasion's name or a city takes (after "the" is dropped).</summary>
    private const int MaxNameWords = 16;

    /// <summary>The most words before "special session" its number may take: "the General Assembly at its sixteenth".</summary>
    private const int SessionWordsBefore = 7;

    /// <summary>The longest first word of an occasion's name looked up.</summary>
    private const int MaxFoldedWord = 64;

    /// <summary>The most lower-case words before an occasion's name ("the recent and important …").</summary>
    private const int MaxAdjectives = 2;

    private readonly InstrumentCatalog _catalog;
    private readonly LanguageData _language;
    private readonly SearchValues<string> _headStarts;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _determiners;
    /// <summary>The words that may follow a head's first word: the rest of a head ("Programme of Action") or a link's first word ("adopted", "of").</summary>
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _afterHeadStart;
    private readonly Regex _phrase;
    private readonly Regex _specialSession;
    private readonly Regex _referredOccasion;
    /// <summary>A head that is no instrument's head noun ("Final Act", "Programme of Action"), with no link after it.</summary>
    private readonly Regex _bareHead;
    private readonly Regex _nameGoesOn;
    private readonly Regex _year;
    private readonly Regex _placeGoesOn;
    private readonly Regex _occasionNouns;
    private readonly Regex _referenceEnding;
    /// <summary>Each occasion's names and places as folded words without "the", with the instruments adopted there.</summary>
    private readonly Dictionary<string, List<Occasion>> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Occasion>> _places = new(StringComparer.Ordinal);
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _nameFirstWords;
    /// <summary>For each ASCII character, whether some occasion's name begins with it folded: most words need no folding to be passed over.</summary>
    private readonly bool[] _asciiFirstLetters = new bool[128];
    private readonly Regex _sessionNoun;
    /// <summary>Heads as folded words, longest first.</summary>
    private readonly List<string[]> _heads;
    private readonly Dictionary<string, string[]> _titleWords = new(StringComparer.Ordinal);
    /// <summary>The instruments adopted at each numbered special session, worked out once rather than per phrase.</summary>
    private readonly Dictionary<int, List<Instrument>> _bySpecialSession = [];

    /// <summary>The instruments adopted at special session <paramref name="number"/> (a list the caller must not change).</summary>
    private List<Instrument> AdoptedAtSpecialSession(int number) => _bySpecialSession.TryGetValue(number, out var held) ? held : [];

    private sealed record Occasion(string[] Words, string Key, List<Instrument> Instruments);

    public DescriptiveReferencePass(ExtractionContext context)
    {
        _catalog = context.Catalog;
        _language = context.Patterns.Language;
        var language = _language;
        const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;
        // A head that is an instrument's head noun may be written in lower case ("the agreement resulting from …"); the
        // others are ordinary words then ("the agenda of the Summit", "a plan of action").
        var nounHeads = language.DescriptiveHeads.Where(h => language.HeadNouns.Any(n => string.Equals(n.Word, h.Split(' ')[0].TrimEnd('s'), StringComparison.Ordinal))).ToList();
        // The heads' first words as the phrase may write them: a head noun's in either case, the others as written, so that
        // "action" or "plan" in lower case is not looked at. One that begins with another ("Agreements") adds nothing to the search.
        var firstWords = language.DescriptiveHeads.Select(h => h.Split(' ')[0])
            .Concat(nounHeads.Select(h => h.Split(' ')[0]).Select(w => char.ToLowerInvariant(w[0]) + w[1..]))
            .Distinct(StringComparer.Ordinal).ToList();
        _headStarts = SearchValues.Create(
            [.. firstWords.Where(w => !firstWords.Any(o => o.Length < w.Length && w.StartsWith(o, StringComparison.Ordinal)))], StringComparison.Ordinal);
        _determiners = language.Determiners.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _afterHeadStart = language.DescriptiveHeads.Select(h => h.Split(' ').ElementAtOrDefault(1)).OfType<string>()
            .Concat(language.OccasionLinks.Select(l => l.Split(' ')[0]))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _phrase = new Regex(
            @"\G(?<head>" + LanguageData.Alternation(nounHeads, capitalised: true) + "|" + LanguageData.Alternation(language.DescriptiveHeads.Except(nounHeads))
            + @")(?![\w-])\s+(?<link>"
            + LanguageData.Alternation(language.OccasionLinks) + @")(?![\w-])\s+", Options);
        _bareHead = new Regex(
            @"\G(?<head>" + LanguageData.Alternation(language.DescriptiveHeads.Except(nounHeads)) + @")(?![\w-])(?!\s+(?:" + LanguageData.Alternation(language.OccasionLinks) + @")(?![\w-]))", Options);
        _specialSession = new Regex(
            @"\G(?:(?:" + LanguageData.Alternation(language.SpecialSessionLeads, capitalised: true) + @"|" + LanguageData.Alternation(language.Determiners, capitalised: true)
            + @")\s+)?(?<ord>[\w-]+)\s+" + LanguageData.Alternation(language.SpecialSessionNouns, capitalised: true) + @"(?![\w-])(?:\s+"
            + LanguageData.Alternation(language.SpecialSessionTails) + @"(?![\w-]))?", Options | RegexOptions.IgnoreCase);
        var nouns = LanguageData.Alternation(language.OccasionNouns, capitalised: true);
        _referredOccasion = new Regex(
            @"\G(?:" + LanguageData.Alternation(language.Determiners, capitalised: true) + @")\s+(?:[a-z][a-z-]*\s+){0,2}?(?<noun>" + nouns + @")(?![\w-])", Options);
        // After a noun, a title's linking word or a capitalised word makes it the start of a name the catalog lacks.
        _nameGoesOn = new Regex(@"\G\s+(?:" + LanguageData.Alternation(language.TitleContinuations.Concat(language.OccasionNameContinuations)) + @"(?![\w-])|\p{Lu})", Options);
        _year = new Regex(@"\G\s+(?:" + LanguageData.Alternation(language.OccasionPlaceLinks) + @")\s+(?<year>1[89]\d\d|20\d\d)(?!\d)", Options);
        // "adopted in Vienna by the Ministerial Council": another body's document.
        _placeGoesOn = new Regex(@"\G\s+" + LanguageData.Alternation(language.OccasionPlaceFollowers) + @"(?![\w-])", Options);
        _sessionNoun = new Regex(@"(?<![\w-])" + LanguageData.Alternation(language.SpecialSessionNouns) + @"(?![\w-])", Options | RegexOptions.IgnoreCase);
        _occasionNouns = new Regex(@"(?<![\w-])" + nouns + @"(?![\w-])", Options);
        _referenceEnding = new Regex(
            @"(?<![\w-])(?:" + LanguageData.Alternation(language.Determiners, capitalised: true) + @")\s+(?:[a-z][a-z-]*\s+){0,2}" + nouns + @"\z", Options);
        _heads = [.. language.DescriptiveHeads.Select(FoldedWords).OrderByDescending(h => h.Length)];

        foreach (var instrument in _catalog.Instruments.Where(i => i.AdoptedAt is not null))
        {
            var occasion = instrument.AdoptedAt!;
            if (occasion.SpecialSession is { } session)
            {
                if (!_bySpecialSession.TryGetValue(session, out var held)) _bySpecialSession[session] = held = [];
                held.Add(instrument);
            }

            var key = occasion.SpecialSession is { } number ? "special session " + number
                : string.Join(' ', FoldedWords(occasion.Names.FirstOrDefault() ?? occasion.Places[0]));
            foreach (var name in occasion.Names) Add(_names, FoldedWords(name), key, instrument);
            foreach (var place in occasion.Places) Add(_places, FoldedWords(place), key, instrument);
            _titleWords[instrument.Id] = FoldedWords(instrument.Title);
        }

        _nameFirstWords = _names.Keys.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var first in _names.Keys.Where(k => k[0] < 128)) _asciiFirstLetters[first[0]] = true;
    }

    /// <summary>Adds an occasion's name (or place) under its first word.</summary>
    private static void Add(Dictionary<string, List<Occasion>> byFirstWord, string[] words, string key, Instrument instrument)
    {
        if (words.Length == 0 || words.Length > MaxNameWords) return;
        if (!byFirstWord.TryGetValue(words[0], out var occasions)) byFirstWord[words[0]] = occasions = [];
        var same = occasions.FirstOrDefault(o => o.Key == key && o.Words.SequenceEqual(words));
        if (same is null) occasions.Add(new Occasion(words, key, [instrument]));
        else if (!same.Instruments.Contains(instrument)) same.Instruments.Add(instrument);
    }

    public void Run(ExtractionState state)
    {
        if (_names.Count == 0 && _places.Count == 0) return;
        var text = state.Text;
        var found = new List<Mention>();
        OccasionsNamed? named = null;
        for (var at = text.AsSpan().IndexOfAny(_headStarts); at >= 0; at = Next(text, at + 1))
        {
            state.Steps.Add();
            if (at > 0 && (TextNormalizer.IsWordChar(text[at - 1]) || text[at - 1] is '-')) continue;
            if (DeterminerBefore(text, at) is not { } start) continue;
            if (!NextWordMayFollow(text, at) || _phrase.Match(text, at) is not { Success: true } phrase)
            {
                if (BareReference(state, at, start, ref named) is { } bare)
                {
                    found.Add(bare);
                    at = bare.End - 1;
                }

                continue;
            }

            var described = Describe(state, phrase, start, ref named);
            // A name the passes before read inside the phrase ("the Universal Declaration adopted in Paris") stands.
            if (described.Count == 0 || state.Mentions.Overlaps(start, described[0].End)) continue;
            found.AddRange(described);
            at = described[0].End - 1;
        }

        // The parts of a compound head share one span; phrases never overlap one another, as each search goes on after the last.
        state.Mentions.AddRange(found);
    }

    private int Next(string text, int from)
    {
        if (from >= text.Length) return -1;
        var next = text.AsSpan(from).IndexOfAny(_headStarts);
        return next < 0 ? -1 : from + next;
    }

    /// <summary>Whether the word after the one at <paramref name="at"/> may go on a head or open a link: most heads found are titles ("the Convention on …").</summary>
    private bool NextWordMayFollow(string text, int at)
    {
        var i = at;
        while (i < text.Length && TextNormalizer.IsWordChar(text[i])) i++;
        var gap = i;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        if (i == gap) return false;
        var start = i;
        while (i < text.Length && TextNormalizer.IsWordChar(text[i])) i++;
        return i > start && _afterHeadStart.Contains(text.AsSpan(start, i - start));
    }

    /// <summary>Where the determiner right before the head starts ("the", "that"), or null when another word stands there.</summary>
    private int? DeterminerBefore(string text, int head)
    {
        var end = head;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        if (end == head || end == 0) return null;
        var start = end;
        while (start > 0 && TextNormalizer.IsWordChar(text[start - 1])) start--;
        if (start == end || (start > 0 && text[start - 1] is '-')) return null;
        return _determiners.Contains(text.AsSpan(start, end - start)) ? start : null;
    }

    /// <summary>How far before a bare head ("the Final Act") the occasion it refers to may have been named.</summary>
    private const int BareReach = 600;

    /// <summary>
    /// A head with no link after it ("the importance of the Final Act") right after an occasion was named ("Finland hosted
    /// the Conference on Security and Co-operation in Europe"): the one instrument of that occasion the head fits, when
    /// the occasion is the last one named, within <see cref="BareReach"/>, and no mention stands between. Heads that are
    /// instruments' head nouns ("the Declaration", "the Treaty") are left to the short forms, which point back to an
    /// instrument named, not to a meeting.
    /// </summary>
    private Mention? BareReference(ExtractionState state, int at, int start, ref OccasionsNamed? named)
    {
        var text = state.Text;
        var bare = _bareHead.Match(text, at);
        if (!bare.Success || _nameGoesOn.IsMatch(text, bare.Index + bare.Length)) return null;
        named ??= new OccasionsNamed(this, state);
        if (named.NearestBefore(start, BareReach, state.Steps) is not { } occasion || state.Mentions.Overlaps(occasion.End, start)) return null;
        var described = Described(occasion.Instruments, FoldedWords(bare.Groups["head"].Value), wholeHead: false, start, bare.Index + bare.Length, Confidence.DescribedByOccasionReferredTo);
        return described.Count == 1 ? described[0] : null;
    }

    /// <summary>The mentions the phrase gives: none, one, or one per part of a compound head ("the Declaration and Programme of Action adopted at the sixth special session").</summary>
    private List<Mention> Describe(ExtractionState state, Match phrase, int start, ref OccasionsNamed? named)
    {
        var text = state.Text;
        var head = FoldedWords(phrase.Groups["head"].Value);
        var from = phrase.Index + phrase.Length;
        var link = phrase.Groups["link"].Value;

        // An occasion's own name first, the longest: "the first special session devoted to disarmament" is S-10, not S-1.
        if (LongestAt(text, from, _names, state.Steps, adjectives: true) is { } name)
        {
            return Described(name.Occasion.Instruments, head, wholeHead: false, start, name.End, Confidence.DescribedByOccasion);
        }

        var numbered = _specialSession.Match(text, from);
        if (numbered.Success && _language.Ordinals.TryGetValue(numbered.Groups["ord"].Value, out var number))
        {
            var held = AdoptedAtSpecialSession(number);
            return Described(held, head, wholeHead: false, start, numbered.Index + numbered.Length, Confidence.DescribedByOccasion);
        }

        if (_language.OccasionPlaceLinks.Any(l => link.EndsWith(" " + l, StringComparison.Ordinal))
            && LongestAt(text, from, _places, state.Steps, adjectives: false) is { } place)
        {
            var end = place.End;
            var year = _year.Match(text, end);
            var held = place.Occasion.Instruments;
            if (year.Success)
            {
                held = [.. held.Where(i => i.Adopted.StartsWith(year.Groups["year"].Value, StringComparison.Ordinal))];
                end = year.Index + year.Length;
            }
            else if (_placeGoesOn.IsMatch(text, end))
            {
                return [];
            }

            // A city hosts many meetings: without the year, only the instrument's whole head ("Declaration and
            // Programme of Action", not "Programme of Action") says it is this one.
            return Described(held, head, wholeHead: !year.Success, start, end, Confidence.DescribedByOccasion);
        }

        var referred = _referredOccasion.Match(text, from);
        if (!referred.Success || _nameGoesOn.IsMatch(text, referred.Index + referred.Length)) return [];
        named ??= new OccasionsNamed(this, state);
        var occasion = named.Before(FoldedWords(referred.Groups["noun"].Value), start, state.Steps);
        return occasion is null ? [] : Described(occasion, head, wholeHead: false, start, referred.Index + referred.Length, Confidence.DescribedByOccasionReferredTo);
    }

    /// <summary>
    /// The one instrument of the occasion the head fits; or, for a compound head no title has ("Declaration and Plan of
    /// Action" of the World Summit for Children), the one each part fits, when the first part fits one.
    /// </summary>
    private List<Mention> Described(List<Instrument> held, string[] head, bool wholeHead, int start, int end, Confidence confidence)
    {
        if (Single(held, head, wholeHead) is { } instrument) return [Described(start, end, instrument, confidence)];
        var and = Array.IndexOf(head, _language.ListSeparators[0]);
        if (wholeHead || and <= 0 || Single(held, head[..and], wholeHead: false) is not { } first) return [];
        var second = Single(held, head[(and + 1)..], wholeHead: false);
        return second is null || second == first
            ? [Described(start, end, first, confidence)]
            : [Described(start, end, first, confidence), Described(start, end, second, confidence)];
    }

    private static Mention Described(int start, int end, Instrument instrument, Confidence confidence) =>
        new() { Start = start, End = end, Kind = MentionKind.ShortForm, InstrumentId = instrument.Id, Confidence = confidence };

    /// <summary>
    /// What a text names before each reference to an occasion ("the Summit"): worked out once per text, on the first
    /// such reference, and then read with a cursor per noun, since references come in text order.
    /// </summary>
    private sealed class OccasionsNamed
    {
        /// <summary>Per noun: the occasions with it the text names, and the uses of it that name something else, by where they end.</summary>
        private readonly Dictionary<string, NounState> _byNoun = new(StringComparer.Ordinal);

        private sealed class NounState
        {
            public List<(int End, string? Key, List<Instrument>? Instruments)> Events { get; } = [];
            public int Cursor { get; set; }
            public bool Rival { get; set; }
            /// <summary>The occasion the last event named (null for a use of the noun outside a name), and where it ended.</summary>
            public string? Key { get; set; }
            public int End { get; set; }
            public List<Instrument>? Instruments { get; set; }
        }

        private readonly string _text;

        public OccasionsNamed(DescriptiveReferencePass pass, ExtractionState state)
        {
            var text = _text = state.Text;
            var spans = new List<(int Start, int End, string[] Words, string Key, List<Instrument> Instruments)>();
            var sessionWords = FoldedWords(string.Join(' ', pass._language.SpecialSessionNouns));
            var found = new List<(int Start, int End, string[] Words, string Key, List<Instrument> Instruments)>();
            Span<char> folded = stackalloc char[MaxFoldedWord];
            // The words are read from the text's word map, a bit search per word instead of a test per character.
            var map = state.Words;
            for (var position = 0; map.NextWord(position, out var i, out var end); position = end)
            {
                // Most words start no name: the folded word, looked up without a string, says so.
                var letter = text[i];
                if (letter < 128 && !pass._asciiFirstLetters[char.ToLowerInvariant(letter)]) continue;
                if (end - i > MaxFoldedWord || !pass._nameFirstWords.Contains(folded[..TextNormalizer.Fold(text.AsSpan(i, end - i), folded)])) continue;
                state.Steps.Add();
                if (pass.LongestAt(text, i, pass._names, state.Steps, adjectives: false) is { } named)
                {
                    found.Add((i, named.End, named.Occasion.Words, named.Occasion.Key, named.Occasion.Instruments));
                }
            }

            // A numbered special session is tried only at the few words before each "special session".
            foreach (Match noun in pass._sessionNoun.Matches(text))
            {
                state.Steps.Add();
                foreach (var start in WordStartsBefore(text, noun.Index, SessionWordsBefore))
                {
                    var numbered = pass._specialSession.Match(text, start);
                    if (!numbered.Success || numbered.Index + numbered.Length < noun.Index + noun.Length) continue;
                    if (pass._language.Ordinals.TryGetValue(numbered.Groups["ord"].Value, out var number))
                    {
                        found.Add((start, numbered.Index + numbered.Length, sessionWords, "special session " + number,
                            pass.AdoptedAtSpecialSession(number)));
                    }

                    break;
                }
            }

            // Where two readings overlap, the one that starts first stands, as a reading from left to right would have it.
            found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
            var previousEnd = 0;
            foreach (var span in found)
            {
                if (span.Start < previousEnd) continue;
                spans.Add(span);
                previousEnd = span.End;
            }

            foreach (var noun in pass._language.OccasionNouns.Select(n => string.Join(' ', FoldedWords(n))).Distinct(StringComparer.Ordinal))
            {
                _byNoun[noun] = new NounState();
            }

            foreach (var span in spans)
            {
                foreach (var (noun, nounState) in _byNoun)
                {
                    if (Contains(span.Words, noun.Split(' '))) nounState.Events.Add((span.End, span.Key, span.Instruments));
                }
            }

            // A use of the noun outside those names is a rival unless it is itself a bare reference ("the recent Summit").
            var k = 0;
            foreach (Match use in pass._occasionNouns.Matches(text))
            {
                state.Steps.Add();
                while (k < spans.Count && spans[k].End <= use.Index) k++;
                if (k < spans.Count && spans[k].Start <= use.Index) continue;
                var end = use.Index + use.Length;
                if (pass._referenceEnding.IsMatch(text[Math.Max(0, use.Index - 60)..end]) && !pass._nameGoesOn.IsMatch(text, end)) continue;
                var used = FoldedWords(use.Value);
                foreach (var (noun, nounState) in _byNoun)
                {
                    var words = noun.Split(' ');
                    if (Contains(used, words) || Contains(words, used)) nounState.Events.Add((end, null, null));
                }
            }

            foreach (var nounState in _byNoun.Values) nounState.Events.Sort((a, b) => a.End.CompareTo(b.End));
        }

        /// <summary>The starts of up to <paramref name="count"/> words before <paramref name="at"/>, the leftmost first.</summary>
        private static List<int> WordStartsBefore(string text, int at, int count)
        {
            var starts = new List<int>(count);
            var i = at;
            while (starts.Count < count)
            {
                while (i > 0 && !TextNormalizer.IsWordChar(text[i - 1]) && text[i - 1] is not ('.' or ';' or ':' or '!' or '?')) i--;
                if (i == 0 || !TextNormalizer.IsWordChar(text[i - 1])) break;
                while (i > 0 && TextNormalizer.IsWordChar(text[i - 1])) i--;
                starts.Add(i);
            }

            starts.Reverse();
            return starts;
        }

        /// <summary>
        /// The instruments of the one occasion with this noun named before <paramref name="before"/>, or null when the text
        /// names none, or two, or uses the noun for something else ("the Harare Summit", "the special session on drugs",
        /// "the twentieth special session") that may be what the reference means.
        /// </summary>
        public List<Instrument>? Before(string[] noun, int before, StepCounter steps)
        {
            if (!_byNoun.TryGetValue(string.Join(' ', noun), out var state)) return null;
            while (state.Cursor < state.Events.Count && state.Events[state.Cursor].End <= before)
            {
                steps.Add();
                var (end, key, instruments) = state.Events[state.Cursor++];
                // Two occasions named in one sentence ("the Millennium Summit and the World Summit for Children") leave
                // "the Summit" after them undecided.
                state.Rival = key is null || (state.Key is not null && state.Key != key && !CatalogMatcher.EndsSentence(_text, state.End, end));
                state.Instruments = instruments;
                state.Key = key;
                state.End = end;
            }

            return state.Rival ? null : state.Instruments;
        }

        /// <summary>
        /// The instruments of the occasion named last before <paramref name="before"/>, of any noun, when it ends within
        /// <paramref name="reach"/> and no other use of an occasion's noun stands after it; with where its name ends.
        /// </summary>
        public (List<Instrument> Instruments, int End)? NearestBefore(int before, int reach, StepCounter steps)
        {
            // The last two events before the reference, of any noun: the last must name the occasion, and one named just
            // before it in the same sentence makes the reference undecided.
            (int End, string? Key, List<Instrument>? Instruments)? last = null, previous = null;
            foreach (var state in _byNoun.Values)
            {
                // The events are in text order: the last one before the reference is found by halving.
                var (low, high) = (0, state.Events.Count - 1);
                while (low <= high)
                {
                    steps.Add();
                    var middle = (low + high) / 2;
                    if (state.Events[middle].End <= before) low = middle + 1;
                    else high = middle - 1;
                }

                for (var k = high; k >= 0 && k >= high - 1; k--)
                {
                    var candidate = state.Events[k];
                    if (last is null || candidate.End > last.Value.End)
                    {
                        if (last is not null && last.Value.End != candidate.End) previous = last;
                        last = candidate;
                    }
                    else if (candidate.End < last.Value.End && (previous is null || candidate.End > previous.Value.End))
                    {
                        previous = candidate;
                    }
                }
            }

            if (last is not { Key: not null, Instruments: { } instruments } found || before - found.End > reach) return null;
            if (previous is { Key: { } other } && other != found.Key && !CatalogMatcher.EndsSentence(_text, previous.Value.End, found.End)) return null;
            return (instruments, found.End);
        }
    }

    /// <summary>The one instrument among <paramref name="held"/> whose title fits the head, or null.</summary>
    private Instrument? Single(List<Instrument> held, string[] head, bool wholeHead)
    {
        Instrument? chosen = null;
        foreach (var instrument in held)
        {
            if (!Fits(instrument, head, wholeHead)) continue;
            if (chosen is not null) return null;
            chosen = instrument;
        }

        return chosen;
    }

    /// <summary>
    /// Whether the head is what the instrument's title calls it ("Programme of Action" in "Vienna Declaration and
    /// Programme of Action"), or, for "agreement" or "treaty", that the instrument is a treaty. With
    /// <paramref name="wholeHead"/> the head must be the title's longest head.
    /// </summary>
    private bool Fits(Instrument instrument, string[] head, bool wholeHead)
    {
        var title = _titleWords[instrument.Id];
        if (wholeHead) return _heads.FirstOrDefault(h => Contains(title, h)) is { } longest && longest.SequenceEqual(head);
        if (Contains(title, head)) return true;
        var singular = string.Join(' ', head).TrimEnd('s');
        return instrument.Kind == InstrumentKind.Treaty
            && _language.HeadNouns.Any(h => h.Kind == InstrumentKind.Treaty && string.Equals(TextNormalizer.Fold(h.Word), singular, StringComparison.Ordinal));
    }

    private static bool Contains(string[] words, string[] part)
    {
        if (part.Length == 0) return false;
        for (var k = 0; k + part.Length <= words.Length; k++)
        {
            if (words.AsSpan(k, part.Length).SequenceEqual(part)) return true;
        }

        return false;
    }

    /// <summary>
    /// The longest of the occasions whose words the text has at <paramref name="from"/> (after an optional "the", and
    /// with <paramref name="adjectives"/> up to two lower-case words: "the important World Conference on Human
    /// Rights"), and where it ends.
    /// </summary>
    private (Occasion Occasion, int End)? LongestAt(string text, int from, Dictionary<string, List<Occasion>> occasions, StepCounter steps, bool adjectives)
    {
        var ordinals = _language.Ordinals;
        // Most words start no name: the first word (after "the") says so without folding the rest.
        var leading = WordsAt(text, from, adjectives ? MaxAdjectives + 1 : 1);
        if (!leading.Any(w => occasions.ContainsKey(w.Folded))) return null;
        var words = WordsAt(text, from, MaxNameWords + MaxAdjectives);
        (Occasion Occasion, int End)? best = null;
        for (var skip = 0; skip <= (adjectives ? MaxAdjectives : 0) && skip < words.Count; skip++)
        {
            // An ordinal is no adjective: "the second special session on disarmament" is not the first.
            if (skip > 0 && (!char.IsLower(text[words[skip - 1].Start]) || ordinals.ContainsKey(words[skip - 1].Folded))) break;
            if (!occasions.TryGetValue(words[skip].Folded, out var starting)) continue;
            foreach (var occasion in starting)
            {
                steps.Add();
                if (occasion.Words.Length > words.Count - skip || (best is { } b && b.Occasion.Words.Length >= occasion.Words.Length)) continue;
                var k = 0;
                while (k < occasion.Words.Length && string.Equals(words[skip + k].Folded, occasion.Words[k], StringComparison.Ordinal)) k++;
                if (k == occasion.Words.Length) best = (occasion, words[skip + k - 1].End);
            }

            if (best is not null) return best;
        }

        return best;
    }

    /// <summary>
    /// Up to <paramref name="max"/> folded words from <paramref name="from"/>, "the" left out, joined only by white
    /// space, hyphens, slashes or apostrophes: a comma or a full stop ends a name.
    /// </summary>
    private static List<(string Folded, int Start, int End)> WordsAt(string text, int from, int max)
    {
        var words = new List<(string, int, int)>(max);
        var i = from;
        while (words.Count < max && i < text.Length && TextNormalizer.IsWordChar(text[i]))
        {
            var start = i;
            while (i < text.Length && TextNormalizer.IsWordChar(text[i])) i++;
            var folded = TextNormalizer.Fold(text[start..i]);
            if (folded != "the") words.Add((folded, start, i));
            var gap = i;
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is '-' or '/' or '\'' or '\u2019')) i++;
            if (i == gap) break;
        }

        return words;
    }

    private static string[] FoldedWords(string text) => [.. ProtocolFamilies.Words(text)];
}
