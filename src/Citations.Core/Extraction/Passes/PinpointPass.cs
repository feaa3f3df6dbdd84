using System.Buffers;
using System.Text.RegularExpressions;

namespace Citations.Core.Extraction.Passes;

/// <summary>
/// Article pinpoints (<see cref="PinpointParser"/>) attached to the instrument they belong to: the one
/// named right after ("article 6 of the Covenant") or right before ("the Charter in Article 2"),
/// else, for a bare "Article 27", the instrument the text is talking about; "common Article 3" with
/// nothing named is the collection the catalog gives that article to.
/// </summary>
internal sealed partial class PinpointPass(ExtractionContext context) : IExtractionPass
{
    private readonly InstrumentCatalog _catalog = context.Catalog;
    private readonly LanguagePatterns _patterns = context.Patterns;
    private readonly ShortFormResolver _shortForms = context.ShortForms;
    private readonly HashSet<string> _heads = [.. context.Patterns.Language.HeadNouns.Select(h => h.Word)];
    /// <summary>The two International Covenants of 1966, which "both Covenants" with no covenant named before means.</summary>
    private readonly string[] _internationalCovenants = context.InternationalCovenants;
    /// <summary>
    /// Article → the collection whose members share it (<see cref="Instrument.CommonArticles"/>): common
    /// Article 3 is shared by the four Geneva Conventions, so it cites them together. An article two
    /// collections claim is left out.
    /// </summary>
    private readonly Dictionary<string, string> _commonArticles = context.Catalog.Instruments
        .SelectMany(i => i.CommonArticles.Select(a => (Article: a, i.Id)))
        .GroupBy(p => p.Article, StringComparer.Ordinal)
        .Where(g => g.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count() == 1)
        .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);

    /// <summary>
    /// The instrument a bare "the Charter" means (<see cref="Instrument.DefaultShortForms"/>), which a bare article
    /// said at a UN organ's meeting belongs to when nothing named can hold it; null when no one instrument is that default.
    /// </summary>
    private readonly string? _charter = DefaultFor(context.Catalog, "Charter");

    /// <summary>The one instrument whose <see cref="Instrument.DefaultShortForms"/> hold <paramref name="head"/>, or null.</summary>
    private static string? DefaultFor(InstrumentCatalog catalog, string head) =>
        catalog.Instruments.Where(i => i.DefaultShortForms.Contains(head, StringComparer.Ordinal)).Select(i => i.Id).Distinct(StringComparer.Ordinal).ToList() is [var only]
            ? only
            : null;

    /// <summary>Head noun → the instrument it means when nothing fitting is named ("Charter" → the UN Charter).</summary>
    private readonly Dictionary<string, string> _defaults = context.Catalog.Instruments.SelectMany(i => i.DefaultShortForms).Distinct(StringComparer.Ordinal)
        .Select(head => (Head: head, Id: DefaultFor(context.Catalog, head))).Where(d => d.Id is not null)
        .ToDictionary(d => d.Head, d => d.Id!, StringComparer.Ordinal);

    public void Run(ExtractionState state)
    {
        var text = state.Text;
        string? context = null;
        var cited = new HashSet<(string Instrument, string Article)>();
        var pinpoints = PinpointParser.Find(text, state.Steps, _patterns);
        if (pinpoints.Count == 0) return;
        // The mentions in text order, then the pinpoints' own mentions in the order they are added:
        // the questions below are asked of that list in its order (MentionIndex answers them as a scan would).
        var placedList = new List<Mention>(state.Mentions.Count + pinpoints.Count);
        placedList.AddRange(state.Mentions);
        var held = placedList.Count;
        var placed = new MentionIndex(placedList);
        // The names alone, in text order: an instrument named right before an article is looked for among them, not among
        // the bare pinpoints this pass appends, which would otherwise stand "last" for every later article.
        var names = new MentionIndex([.. placedList]);
        // The first mention of each instrument, which a pinpoint's mention copies when the instrument is uncatalogued;
        // worked out when the first pinpoint gets a mention of its own, before any is added.
        Dictionary<string, Mention>? firstOf = null;
        Dictionary<string, Mention> FirstOf()
        {
            if (firstOf is not null) return firstOf;
            firstOf = new Dictionary<string, Mention>(StringComparer.Ordinal);
            foreach (var mention in placedList)
            {
                if (mention.InstrumentId is { } instrumentId) firstOf.TryAdd(instrumentId, mention);
            }

            return firstOf;
        }

        var sentences = new SentenceEnds(text, state.Steps);
        // The ends of the sentences after the pinpoints', asked for apart so that each set of questions goes left to right.
        var nextSentences = new SentenceEnds(text, state.Steps);
        var atTheUnitedNations = _charter is not null && AtUnitedNationsMeeting(state.Metadata);
        var unnamedAfter = -1;
        for (var k = 0; k < pinpoints.Count; k++)
        {
            var pinpoint = pinpoints[k];
            state.Steps.Add();
            if (placed.Overlaps(pinpoint.Start, pinpoint.End)) continue;
            var target = Following(text, pinpoint, placed, _patterns, out var belongsElsewhere) ?? Preceding(text, pinpoint, names)
                         ?? SharedWithNext(text, pinpoints, k, placed, ref belongsElsewhere);
            // "Article 51 of the Treaty" where the Treaty has eleven articles: the name is right, the article some other
            // instrument's, and which one the text does not say.
            if (target?.InstrumentId is { } named && !Holds(named, pinpoint.Provisions))
            {
                // "Articles 55 and 56 of the Charter" with "the Charter" taken for the eight-point Atlantic Charter: the
                // instrument the short form means when nothing fitting is named, if it has them.
                if (target.Kind == MentionKind.ShortForm && DefaultOfShortForm(text, target) is { } fallback && fallback != named && Holds(fallback, pinpoint.Provisions))
                {
                    AddPinpoint(placed, FirstOf(), pinpoint, fallback, Confidence.BarePinpoint);
                    foreach (var provision in pinpoint.Provisions) cited.Add((fallback, TopLevel(provision)));
                }

                continue;
            }

            if (belongsElsewhere)
            {
                // "the Optional Protocol to the International Covenant on Civil and Political Rights … article 41 of the
                // Covenant": the parent, named only inside the protocol's title just before, is the instrument meant.
                if (ParentNamedBefore(text, pinpoint, names, sentences.LastBefore(pinpoint.Start)) is { } parent && Holds(parent, pinpoint.Provisions))
                {
                    AddPinpoint(placed, FirstOf(), pinpoint, parent, Confidence.BarePinpoint);
                    context = parent;
                    foreach (var provision in pinpoint.Provisions) cited.Add((parent, TopLevel(provision)));
                }

                continue;
            }

            // "Article 1 of both Covenants": the pair named before, each with the article.
            if (target is null && Pair(text, pinpoint, names, state.Steps) is { } pair)
            {
                foreach (var member in pair.Instruments.Where(i => Holds(i, pinpoint.Provisions)))
                {
                    var mention = new Mention { Start = pair.Start, End = pair.End, Kind = MentionKind.ShortForm, InstrumentId = member, Confidence = Confidence.CovenantPair };
                    mention.Provisions.AddRange(Renumber(pinpoint.Provisions, member));
                    placed.Add(mention);
                    foreach (var provision in pinpoint.Provisions) cited.Add((member, TopLevel(provision)));
                }

                continue;
            }

            // "the first article" with no instrument named with it may be a newspaper's.
            if (pinpoint.Ordinal && target is null) continue;
            if (pinpoint.Common && target is null)
            {
                if (CommonTo(pinpoint) is not { } collection) continue;
                AddPinpoint(placed, FirstOf(), pinpoint, collection, Confidence.CommonArticle);
                continue;
            }

            if (target is not null)
            {
                target.Provisions.AddRange(Renumber(pinpoint.Provisions, target.InstrumentId!));
                context = target.InstrumentId;
                foreach (var provision in pinpoint.Provisions) cited.Add((context!, TopLevel(provision)));
                // "article 1 common to the two Covenants": one phrase naming a pair cites the article of each.
                foreach (var twin in Twins(placedList, held, target, state.Steps))
                {
                    if (!Holds(twin.InstrumentId!, pinpoint.Provisions)) continue;
                    twin.Provisions.AddRange(Renumber(pinpoint.Provisions, twin.InstrumentId!));
                    foreach (var provision in pinpoint.Provisions) cited.Add((twin.InstrumentId!, TopLevel(provision)));
                }

                continue;
            }

            // A bare "Article 27": the instrument named before it in the same sentence, unless the article
            // continues one already cited for the instrument last cited with an article ("Article 4(A)(2)" after
            // "Article 4 of GPW"); else that instrument, else the nearest named before, else the next one
            // named in the same sentence. An instrument with fewer articles than the pinpoint names is passed
            // over at each step: "Article 51" after the NPT, which has eleven, is not the NPT's.
            // The last sentence end before the pinpoint and the first after it decide which mentions share its sentence.
            var stopBefore = sentences.LastBefore(pinpoint.Start);
            var stopAfter = sentences.FirstFrom(pinpoint.End);
            // A resolution numbers its paragraphs, not articles: a bare "Article 4, paragraph 1" near "resolutions 242
            // and 338" is some other instrument's, unless the text has given that resolution an article itself
            // ("article 6 of the Definition of Aggression").
            bool TakesArticles(Mention mention) =>
                mention.InstrumentId is not { } id
                || (mention.Kind != MentionKind.Resolution && _catalog.Find(id) is not { Kind: InstrumentKind.Resolution })
                || cited.Any(c => c.Instrument == id);
            // "Article 2, paragraph 7, and of Article 51": articles listed together are one instrument's, so each candidate
            // must hold them all.
            var listed = ListedWith(text, pinpoints, k);
            bool Fits(Mention mention) => TakesArticles(mention) && (mention.InstrumentId is not { } id || HoldsBare(id, listed));
            var sameSentence = LastTaking(placed, pinpoint.Start, stopBefore, Fits, state.Steps);
            // The instrument last cited with an article, unless it has too few for this one.
            var fitting = context is not null && HoldsBare(context, listed) ? context : null;
            var continuesContext = fitting is not null && pinpoint.Provisions.Any(p => cited.Contains((fitting, TopLevel(p))))
                                   // "the ICESCR … (article 12)" after "Article 12(3) of the Rome Statute": a whole article goes on with the
                                   // last instrument only when its own sentence names no other; a sub-division ("4(A)(2)") goes on regardless.
                                   && (sameSentence?.InstrumentId is null || sameSentence.InstrumentId == fitting || pinpoint.Provisions.All(p => p.Contains('(')));
            Mention? nearest = null;
            var id = (continuesContext ? fitting : sameSentence?.InstrumentId)
                     ?? fitting
                     // Not searched further back past a resolution: what lies beyond it is no nearer a fit than a guess.
                     ?? (nearest = NearestBefore(placed, pinpoint.Start, listed, TakesArticles, state.Steps))?.InstrumentId
                     ?? FirstTaking(placed, pinpoint.End, stopAfter, Fits, state.Steps)?.InstrumentId
                     // "We recall Article 2, paragraph 7. The Charter must be respected.": the catalogued instrument the next
                     // sentence of the paragraph opens with, by its name or a short form (an acronym there is as often a
                     // word of another kind: "ECHR standards"), when nothing stands between and nothing unnamed was spoken of before.
                     ?? (stopAfter < text.Length && placed.FirstStartingFrom(pinpoint.End) is { Kind: MentionKind.ShortForm or MentionKind.Title or MentionKind.InformalName } next
                         && next.Start > stopAfter && OpensSentence(text, stopAfter, next.Start) && next.Start < nextSentences.FirstFrom(stopAfter + 1)
                         && Fits(next) && !TiedToSomethingElse().IsMatch(text, pinpoint.End) && !UnnamedTextBefore(text, pinpoint, placed, ref unnamedAfter, state.Steps)
                             ? next.InstrumentId
                             : null);
            // "The Mandate for Palestine safeguarded, in its preamble as well as in articles 2, 6 and 9", "there was a proposal
            // in article 5", "article 1 of the so-called treaty of military aid": an instrument named in an earlier sentence
            // does not hold a bare article that a text spoken of but not named stands before, or that is tied to one after it.
            var fromEarlierSentence = !continuesContext && sameSentence is null && (fitting is not null || nearest is not null);
            if (fromEarlierSentence && (UnnamedTextAfter(text, pinpoint) || UnnamedTextInSentence(text, pinpoint, stopBefore, id!, placed, state.Steps))) continue;

            var confidence = Confidence.BarePinpoint;
            // "Article 19", "Article 2, paragraph 7" in a speech to the General Assembly with no treaty able to hold it
            // named before (a resolution numbers paragraphs, not articles): the Charter's, as such records cite it. Not for
            // an article tied to something unnamed ("article 1 of the draft Covenants", "article 72 and following",
            // "Article 19's report", "articles 1 and 2 above"), nor after a text talked about but not named ("this Treaty",
            // "The text which is now before the Conference", "the draft resolution").
            if (id is null && atTheUnitedNations && !TiedToSomethingElse().IsMatch(text, pinpoint.End)
                && Holds(_charter!, listed) && !UnnamedTextBefore(text, pinpoint, placed, ref unnamedAfter, state.Steps))
            {
                id = _charter;
                confidence = Confidence.BarePinpointAtTheUnitedNations;
            }

            if (id is null) continue;
            AddPinpoint(placed, FirstOf(), pinpoint, id, confidence);
            // "The two International Covenants … Article 1": the article of each instrument the phrase it goes with names.
            var namedBy = !continuesContext && sameSentence?.InstrumentId == id ? sameSentence : nearest?.InstrumentId == id ? nearest : null;
            if (namedBy is not null && IsHeld(placedList, held, namedBy))
            {
                foreach (var twin in Twins(placedList, held, namedBy, state.Steps).Where(t => Holds(t.InstrumentId!, pinpoint.Provisions)))
                {
                    AddPinpoint(placed, FirstOf(), pinpoint, twin.InstrumentId!, confidence);
                    foreach (var provision in pinpoint.Provisions) cited.Add((twin.InstrumentId!, TopLevel(provision)));
                }
            }
            if (!continuesContext && sameSentence?.InstrumentId == id) context = id;
            context ??= id;
            foreach (var provision in pinpoint.Provisions) cited.Add((id, TopLevel(provision)));
        }

        state.Mentions.AddRange(placedList.Skip(held));
    }

    /// <summary>
    /// The statement was made at a meeting of a UN organ: its title or source names one with the United Nations
    /// ("the General Debate of the UN General Assembly", "United Nations Security Council, 9000th meeting").
    /// </summary>
    private static bool AtUnitedNationsMeeting(StatementMetadata metadata) =>
        (metadata.Title is { } title && UnitedNationsOrgan().IsMatch(title)) || (metadata.Source is { } source && UnitedNationsOrgan().IsMatch(source));

    /// <summary>What ties an article to a text not named as an instrument: "of the draft", "under its", "and following", "'s".</summary>
    [GeneratedRegex(@"\G(?:['’]s\b|\s*,?\s*(?:of|under|and\s+following|et\s+seq|above|below)\b)")]
    private static partial Regex TiedToSomethingElse();

    /// <summary>
    /// "of both Covenants", "of the two Conventions" right after the pinpoint, where no mention stands: the last two
    /// instruments named before that the singular head fits, or, for "Covenants" with fewer named, the two International
    /// Covenants. Null for any other text, or when two are not found.
    /// </summary>
    private (int Start, int End, string[] Instruments)? Pair(string text, Pinpoint pinpoint, MentionIndex names, StepCounter steps)
    {
        var pair = PairAfter().Match(text, pinpoint.End);
        if (!pair.Success || !_heads.Contains(pair.Groups["head"].Value)) return null;
        var start = pair.Groups["pair"].Index;
        var end = pair.Index + pair.Length;
        if (names.FirstStartingFrom(start) is { } named && named.Start < end) return null;
        var head = pair.Groups["head"].Value;
        var found = new List<string>(2);
        var looked = 0;
        for (var mention = names.LastEndingBy(pinpoint.Start); mention is not null && found.Count < 2 && looked < PassedOverReach; mention = names.LastEndingBy(mention.Start), looked++)
        {
            steps.Add();
            if (mention.InstrumentId is { } id && _shortForms.Fits(id, head) && !found.Contains(id, StringComparer.Ordinal)) found.Add(id);
        }

        if (found.Count < 2 && head == "Covenant" && _internationalCovenants.Length == 2) return (start, end, _internationalCovenants);
        return found.Count == 2 ? (start, end, [found[1], found[0]]) : null;
    }

    /// <summary>", of both Covenants", "under the two Conventions", "common to both the Covenants": a pair named by its plural head.</summary>
    [GeneratedRegex(@"\G[\s,]*(?:of|under|in|common\s+to)\s+(?<pair>(?:both(?:\s+the)?|the\s+two)\s+(?:International\s+)?(?<head>[A-Z][a-z]+)s)\b")]
    private static partial Regex PairAfter();

    /// <summary>How many mentions of instruments too small for a bare article are passed over to find one that holds it.</summary>
    private const int PassedOverReach = 8;

    /// <summary>How far before a bare article a text not named as an instrument ("this Treaty") is looked for.</summary>
    private const int UnnamedTextReach = 400;

    /// <summary>
    /// Shortly before the pinpoint, after the last mention, a text spoken of but named as no instrument ("this Treaty",
    /// "The Mandate for Palestine", "the draft", "a proposal", "our Constitution"): the article may be its. Once one is
    /// found, the bare articles after it go with it until the text names something: <paramref name="unnamedAfter"/>
    /// keeps where the last mention before it ended (-1 when none was found).
    /// </summary>
    private static bool UnnamedTextBefore(string text, Pinpoint pinpoint, MentionIndex placed, ref int unnamedAfter, StepCounter steps)
    {
        var from = placed.LastEndingBy(pinpoint.Start)?.End ?? 0;
        if (from == unnamedAfter) return true;
        var start = Math.Max(from, pinpoint.Start - UnnamedTextReach);
        steps.Add(pinpoint.Start - start);
        for (var words = UnnamedText().Match(text, start, pinpoint.Start - start); words.Success; words = words.NextMatch())
        {
            steps.Add();
            if (placed.Overlaps(words.Index, words.Index + words.Length)) continue;
            unnamedAfter = from;
            return true;
        }

        return false;
    }

    /// <summary>"article 1 of the so-called treaty of military aid": the article tied by "of" to a text named as no instrument.</summary>
    private static bool UnnamedTextAfter(string text, Pinpoint pinpoint)
    {
        var of = OfAfter().Match(text, pinpoint.End);
        return of.Success && UnnamedText().Match(text, of.Index + of.Length) is { Success: true } words && words.Index == of.Index + of.Length;
    }

    [GeneratedRegex(@"\G\s*,?\s*of\s+")]
    private static partial Regex OfAfter();

    /// <summary>
    /// "The Mandate for Palestine safeguarded, in its preamble as well as in articles 2, 6 and 9": one text spoken of but
    /// named as no instrument earlier in the pinpoint's own sentence (after <paramref name="sentenceStart"/>), by a word
    /// <paramref name="instrument"/> is not called by. "this Treaty" in a quotation of the instrument's own article is
    /// the instrument, and "the three Protocols" several texts, not one that holds the article.
    /// </summary>
    private bool UnnamedTextInSentence(string text, Pinpoint pinpoint, int sentenceStart, string instrument, MentionIndex placed, StepCounter steps)
    {
        // Only an article said to be in something ("in article 5"): "this proposal for the reviewing of Article 27"
        // speaks of the article of another text.
        if (!InBefore(text, pinpoint.Start)) return false;
        var start = Math.Max(Math.Max(sentenceStart, 0), pinpoint.Start - UnnamedTextReach);
        steps.Add(pinpoint.Start - start);
        for (var words = UnnamedText().Match(text, start, pinpoint.Start - start); words.Success; words = words.NextMatch())
        {
            steps.Add();
            if (placed.Overlaps(words.Index, words.Index + words.Length)) continue;
            var word = words.Value[(words.Value.LastIndexOfAny([' ', '\n', '\t']) + 1)..];
            // Every word the pattern takes for one text ends otherwise than its plural ("Treaty", "Protocol", "Act").
            if (word.EndsWith('s')) continue;
            var head = char.ToUpperInvariant(word[0]) + word[1..];
            if (!_shortForms.Fits(instrument, head)) return true;
        }

        return false;
    }

    /// <summary>Whether the word "in" stands right before <paramref name="position"/>, across white space.</summary>
    private static bool InBefore(string text, int position)
    {
        var end = position;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        return end >= 2 && end < position && text[end - 2] is 'i' or 'I' && text[end - 1] == 'n' && (end == 2 || !char.IsLetterOrDigit(text[end - 3]));
    }

    /// <summary>A determiner, at most one word, and a word for an instrument or a text: "this Treaty", "the French Constitution", "the draft".</summary>
    [GeneratedRegex(@"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Ii]ts|[Oo]ur|[Tt]heir|[Hh]is|[Aa]n?)\s+(?:[\w-]+\s+)?(?:[Tt]reat(?:y|ies)|[Cc]onventions?|[Cc]ovenants?|[Pp]rotocols?|[Aa]greements?|[Aa]ccords?|[Pp]acts?|[Cc]onstitutions?|[Mm]andates?|[Ss]tatutes?|[Dd]rafts?|[Tt]exts?|[Pp]roposals?|Act|Law|Code)\b")]
    private static partial Regex UnnamedText();

    /// <summary>A UN organ named with the United Nations: "UN General Assembly", "United Nations Security Council".</summary>
    [GeneratedRegex(@"\b(?:United\s+Nations|UN|U\.N\.)\s+(?:General\s+Assembly|Security\s+Council|Economic\s+and\s+Social\s+Council|Trusteeship\s+Council|Human\s+Rights\s+Council)\b")]
    private static partial Regex UnitedNationsOrgan();

    /// <summary>The default instrument (<see cref="Instrument.DefaultShortForms"/>) of a short form's head noun, its last word: "the Charter" → the UN Charter.</summary>
    private string? DefaultOfShortForm(string text, Mention shortForm)
    {
        var surface = text.AsSpan(shortForm.Start, shortForm.End - shortForm.Start).TrimEnd();
        var cut = surface.LastIndexOfAny(' ', '\n', '\t');
        var word = surface[(cut + 1)..].ToString();
        return _defaults.GetValueOrDefault(_shortForms.HeadOf(word) ?? word);
    }

    /// <summary>At most a few words ("However, the Charter") between a sentence end and a mention: the mention opens the sentence.</summary>
    private static bool OpensSentence(string text, int sentenceEnd, int mentionStart)
    {
        if (text[sentenceEnd] is not ('.' or '!' or '?')) return false;
        var start = sentenceEnd + 1;
        while (start < mentionStart && text[start] is ' ' or '\t') start++;
        return mentionStart - start <= OpeningReach && text.AsSpan(start, mentionStart - start).IndexOfAny('\n', '\r') < 0;
    }

    /// <summary>How many characters may stand before a mention that opens its sentence.</summary>
    private const int OpeningReach = 16;

    private static readonly Comparer<Mention> s_byStart = Comparer<Mention>.Create((a, b) => a.Start.CompareTo(b.Start));

    /// <summary>Whether <paramref name="mention"/> is one of the first <paramref name="count"/> mentions (those found before this pass), which are in text order.</summary>
    private static bool IsHeld(List<Mention> mentions, int count, Mention mention)
    {
        var k = mentions.BinarySearch(0, count, mention, s_byStart);
        if (k < 0) return false;
        while (k > 0 && mentions[k - 1].Start == mention.Start) k--;
        for (; k < count && mentions[k].Start == mention.Start; k++)
        {
            if (ReferenceEquals(mentions[k], mention)) return true;
        }

        return false;
    }

    /// <summary>
    /// The other instruments one phrase names with <paramref name="target"/> ("the two International Covenants" is
    /// the ICCPR and the ICESCR): mentions of the same span among the first <paramref name="count"/>, which are in text order.
    /// </summary>
    private static List<Mention> Twins(List<Mention> mentions, int count, Mention target, StepCounter steps)
    {
        var twins = new List<Mention>();
        int lo = 0, hi = count;
        while (lo < hi)
        {
            steps.Add();
            var mid = (lo + hi) / 2;
            if (mentions[mid].Start < target.Start) lo = mid + 1;
            else hi = mid;
        }

        for (var k = lo; k < count && mentions[k].Start == target.Start; k++)
        {
            steps.Add();
            var other = mentions[k];
            if (!ReferenceEquals(other, target) && other.End == target.End && other.InstrumentId is { } id && id != target.InstrumentId
                && twins.TrueForAll(t => t.InstrumentId != id))
            {
                twins.Add(other);
            }
        }

        return twins;
    }

    /// <summary>
    /// "article 41 of the Covenant" right after a protocol to the Covenant in the same sentence: the protocol's parent,
    /// when the noun after "of the" is in the parent's title. Null for any other text ("of our Constitution").
    /// </summary>
    private string? ParentNamedBefore(string text, Pinpoint pinpoint, MentionIndex names, int sentenceStart)
    {
        var noun = NounAfterPinpoint().Match(text, pinpoint.End);
        if (!noun.Success) return null;
        if (names.LastEndingBy(pinpoint.Start, sentenceStart) is not { InstrumentId: { } id }) return null;
        if (_catalog.Find(id)?.Parent is not { } parentId || _catalog.Find(parentId) is not { } parent) return null;
        var word = noun.Groups["noun"].Value;
        return Regex.IsMatch(parent.Title, @"\b" + Regex.Escape(word) + @"\b") ? parentId : null;
    }

    /// <summary>", of the Covenant" after an article: the capitalised noun the article is said to belong to.</summary>
    [GeneratedRegex(@"\G[\s,]*(?:of|under)\s+(?:the|that|this)\s+(?<noun>[A-Z][a-z]{3,})\b")]
    private static partial Regex NounAfterPinpoint();

    /// <summary>The last mention ending by <paramref name="position"/> (and after <paramref name="after"/>) that <paramref name="takes"/> an article.</summary>
    private static Mention? LastTaking(MentionIndex placed, int position, int after, Func<Mention, bool> takes, StepCounter steps)
    {
        for (var mention = placed.LastEndingBy(position, after); mention is not null; mention = placed.LastEndingBy(mention.Start, after))
        {
            steps.Add();
            if (takes(mention)) return mention;
        }

        return null;
    }

    /// <summary>
    /// The nearest mention before the pinpoint whose instrument has the articles it names, passing over those with too
    /// few; not searched back past one that takes no articles at all (a resolution): what lies beyond it is no nearer a
    /// fit than a guess. At most <see cref="PassedOverReach"/> mentions are passed over: further back, a fit is no more than a guess either.
    /// </summary>
    private Mention? NearestBefore(MentionIndex placed, int position, List<string> provisions, Func<Mention, bool> takes, StepCounter steps)
    {
        var passedOver = 0;
        for (var mention = placed.LastEndingBy(position); mention is not null && passedOver <= PassedOverReach; mention = placed.LastEndingBy(mention.Start), passedOver++)
        {
            steps.Add();
            if (!takes(mention)) return null;
            if (mention.InstrumentId is not { } id || HoldsBare(id, provisions)) return mention;
        }

        return null;
    }

    /// <summary>
    /// Whether the instrument has every article of <paramref name="provisions"/>: true unless the catalog gives its
    /// highest article number (<see cref="Instrument.ArticleCount"/>) and one of them, Arabic or Roman, is beyond it.
    /// </summary>
    private bool Holds(string id, IEnumerable<string> provisions)
    {
        if (_catalog.Find(id)?.ArticleCount is not { } count) return true;
        foreach (var provision in provisions)
        {
            if (ArticleNumber(provision) is { } number && number > count) return false;
        }

        return true;
    }

    /// <summary>
    /// Whether a bare article can be the instrument's: it <see cref="Holds"/> them, and an instrument the catalog says
    /// numbers its articles in Roman (the NPT) is not given a bare "Article 2, paragraph 4" written in Arabic, as records
    /// citing such a treaty write "article VI".
    /// </summary>
    private bool HoldsBare(string id, IEnumerable<string> provisions) =>
        Holds(id, provisions)
        && !(_catalog.Find(id) is { ArticleNumbering: ArticleNumbering.Roman, ArticleNumberingStated: true } && provisions.All(p => p.Length > 0 && char.IsAsciiDigit(p[0])));

    /// <summary>The number of a provision's article: "51(1)" → 51, "XIV" → 14, "8 bis" → 8; null when it has none.</summary>
    private static int? ArticleNumber(string provision)
    {
        var span = provision.AsSpan();
        var digits = 0;
        while (digits < span.Length && char.IsAsciiDigit(span[digits])) digits++;
        if (digits > 0)
        {
            return int.TryParse(span[..digits], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var arabic)
                ? arabic
                : int.MaxValue;
        }

        var letters = 0;
        while (letters < span.Length && char.IsAsciiLetterUpper(span[letters])) letters++;
        return letters > 0 && RomanNumerals.TryParse(span[..letters], out var roman) ? roman : null;
    }

    /// <summary>The first mention starting from <paramref name="position"/> (up to <paramref name="until"/>) that <paramref name="takes"/> an article.</summary>
    private static Mention? FirstTaking(MentionIndex placed, int position, int until, Func<Mention, bool> takes, StepCounter steps)
    {
        for (var mention = placed.FirstStartingFrom(position, until); mention is not null; mention = placed.FirstStartingFrom(mention.End, until))
        {
            steps.Add();
            if (takes(mention)) return mention;
        }

        return null;
    }

    /// <summary>The collection whose members share every article of the pinpoint, if one does.</summary>
    private string? CommonTo(Pinpoint pinpoint)
    {
        string? collection = null;
        foreach (var provision in pinpoint.Provisions)
        {
            if (!_commonArticles.TryGetValue(TopLevel(provision), out var owner) || (collection is not null && owner != collection)) return null;
            collection = owner;
        }

        return collection;
    }

    private void AddPinpoint(MentionIndex placed, Dictionary<string, Mention> firstOf, Pinpoint pinpoint, string id, Confidence confidence)
    {
        var mention = new Mention { Start = pinpoint.Start, End = pinpoint.End, Kind = MentionKind.Pinpoint, InstrumentId = id, Confidence = confidence };
        mention.Provisions.AddRange(Renumber(pinpoint.Provisions, id));
        var template = firstOf.GetValueOrDefault(id);
        var added = template is { Catalogued: false }
            ? new Mention { Start = pinpoint.Start, End = pinpoint.End, Kind = MentionKind.Pinpoint, InstrumentId = id, Confidence = confidence, Title = template.Title, KindOfInstrument = template.KindOfInstrument, Catalogued = false }
            : mention;
        if (template is { Catalogued: false }) added.Provisions.AddRange(mention.Provisions);
        placed.Add(added);
        firstOf.TryAdd(id, added);
    }

    /// <summary>"… of the Covenant": the mention right after. "of the U.S. Constitution": some other text's article.</summary>
    /// <summary>
    /// "Article 1, paragraph 2, and Article 55 of the United Nations Charter": articles listed with "and"
    /// before the one that names its instrument belong to that instrument too.
    /// </summary>
    private Mention? SharedWithNext(string text, List<Pinpoint> pinpoints, int k, MentionIndex placed, ref bool belongsElsewhere)
    {
        for (var j = k; j + 1 < pinpoints.Count && j - k < 4; j++)
        {
            var gap = text.AsSpan(pinpoints[j].End, Math.Max(0, pinpoints[j + 1].Start - pinpoints[j].End));
            if (gap.Length > 16 || !ListJoin().IsMatch(gap)) return null;
            if (Following(text, pinpoints[j + 1], placed, _patterns, out var elsewhere) is { } target) return target;
            if (elsewhere)
            {
                belongsElsewhere = true;
                return null;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\s*,?\s*(?:and|or|as well as|et|ou|y|o|и)\s+$")]
    private static partial Regex ListJoin();

    /// <summary>
    /// The articles of pinpoint <paramref name="k"/> and of those listed right after it ("Article 2, paragraph 7, and of
    /// Article 51"), at most five pinpoints in all.
    /// </summary>
    private static List<string> ListedWith(string text, List<Pinpoint> pinpoints, int k)
    {
        var listed = new List<string>(pinpoints[k].Provisions);
        for (var j = k; j + 1 < pinpoints.Count && j - k < 4; j++)
        {
            var gap = text.AsSpan(pinpoints[j].End, Math.Max(0, pinpoints[j + 1].Start - pinpoints[j].End));
            if (gap.Length > 20 || !ListedJoin().IsMatch(gap)) break;
            listed.AddRange(pinpoints[j + 1].Provisions);
        }

        return listed;
    }

    /// <summary>What joins articles of one list: ", and", "and of", "as well as in".</summary>
    [GeneratedRegex(@"^\s*,?\s*(?:and|or|as well as)\s+(?:(?:of|in|under)\s+)?$")]
    private static partial Regex ListedJoin();

    private static Mention? Following(string text, Pinpoint pinpoint, MentionIndex placed, LanguagePatterns patterns, out bool belongsElsewhere)
    {
        belongsElsewhere = false;
        var i = pinpoint.End;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is ',' or '.')) i++;
        // Court and NGO style writes the instrument's name straight after the article, with no link word:
        // "Article 35 CISG", "Art. 36(1)(b) VCCR", "Article 3 UNCRC". One space, and a name, not a short form.
        if (i == pinpoint.End + 1 && text[pinpoint.End] == ' '
            && placed.FirstStartingFrom(i) is { Kind: MentionKind.Abbreviation or MentionKind.InformalName or MentionKind.Title } named
            && named.Start == i)
        {
            return named;
        }

        // "Article 42 of Chapter VII of the Charter": the chapter stands between the article and its instrument.
        var chapter = ChapterBetween().Match(text, i);
        if (chapter.Success) i += chapter.Length;
        var rest = text.AsSpan(i);
        if (rest.StartsWith("thereof", StringComparison.Ordinal))
        {
            return placed.LastEndingBy(pinpoint.Start);
        }

        var link = FirstPrefix(rest, patterns.PinpointLinks);
        if (link is null) return null;
        // "du Pacte", "del Convenio": a short form that holds the link word itself.
        if (placed.FirstStartingFrom(i) is { } contracted && contracted.Start == i) return contracted;
        i += link.Length;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        var next = placed.FirstStartingFrom(i);
        var afterArticle = text.AsSpan(i);
        if (FirstPrefix(afterArticle, patterns.PinpointDeterminers) is { } determiner) afterArticle = afterArticle[determiner.Length..];
        // "Article VI of the \nTreaty on …": a line break (and its indentation) may follow the determiner.
        afterArticle = afterArticle.TrimStart();

        var wordStart = text.Length - afterArticle.Length;
        if (next is not null && (next.Start == i || next.Start == wordStart)) return next;
        if (afterArticle.Length > 0 && char.IsUpper(afterArticle[0])) belongsElsewhere = true;
        return null;
    }

    /// <summary>"of Chapter VII, " between an article and "of the Charter", or ending the clause ("under Article 42 of Chapter VII.").</summary>
    [GeneratedRegex(@"\G(?:of|du|del)\s+(?:Chapter|chapter|Chapitre|chapitre|Capítulo|capítulo)\s+[IVXLC]{1,5}\b(?:,?\s*(?=(?:of|du|de|del)\s)|(?=[,.;:)]))")]
    private static partial Regex ChapterBetween();

    private static string? FirstPrefix(ReadOnlySpan<char> text, IReadOnlyList<string> prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal)) return prefix;
            // "of the\nTreaty": texts kept with their line breaks end a line on the link word or the determiner.
            if (prefix.EndsWith(' ') && text.Length > prefix.Length && text.StartsWith(prefix.AsSpan(0, prefix.Length - 1), StringComparison.Ordinal)
                && text[prefix.Length - 1] is '\n' or '\r')
            {
                return prefix;
            }
        }

        return null;
    }

    /// <summary>"the Charter in Article 2, paragraph 7", "Convention, Art. 13b", "the ICCPR's article 6".</summary>
    private static Mention? Preceding(string text, Pinpoint pinpoint, MentionIndex placed)
    {
        var previous = placed.LastEndingBy(pinpoint.Start);
        if (previous is null) return null;
        return PrecedingLink().IsMatch(text.AsSpan(previous.End, pinpoint.Start - previous.End)) ? previous : null;
    }

    /// <summary>What may stand between an instrument and its article: "'s", ", in", ", of 8 June 1977, in".</summary>
    // White space is taken atomically: a long run of it must not be split every possible way before failing.
    [GeneratedRegex(@"^(?:['’]s)?(?>\s*)(?:,\s*(?:of\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{4})(?>\s*))?,?(?>\s*)(?:in|under|at)?(?>\s*)$")]
    private static partial Regex PrecedingLink();

    private static string TopLevel(string provision)
    {
        var cut = provision.IndexOf('(');
        return cut < 0 ? provision : provision[..cut];
    }

    /// <summary>
    /// Articles are written as the instrument numbers them: "Article 1.2" of the 1967 Protocol is I(2), and
    /// "Article I, paragraph 1" of the Charter, or "article VI" of the Paris Agreement, is 1(1), 6.
    /// </summary>
    private IEnumerable<string> Renumber(IEnumerable<string> provisions, string id)
    {
        if (_catalog.Find(id) is not { } instrument) return provisions;
        // Only where the catalog says so: a record silent on its numbering may be a treaty numbered in Roman.
        if (instrument is { ArticleNumbering: ArticleNumbering.Arabic, ArticleNumberingStated: true })
        {
            return provisions.Select(p =>
            {
                var cut = p.IndexOf('(');
                var article = cut < 0 ? p : p[..cut];
                return RomanNumerals.TryParse(article, out var n) && n > 0
                    ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) + (cut < 0 ? "" : p[cut..])
                    : p;
            });
        }

        if (instrument.ArticleNumbering != ArticleNumbering.Roman) return provisions;
        return provisions.Select(p =>
        {
            var cut = p.IndexOf('(');
            var article = cut < 0 ? p : p[..cut];
            return int.TryParse(article, out var n) && n > 0 ? RomanNumerals.Format(n) + (cut < 0 ? "" : p[cut..]) : p;
        });
    }

    /// <summary>
    /// Sentence ends around positions asked for left to right: each is found by scanning from where the
    /// last search stopped, so a text with many pinpoints is scanned a bounded number of times in all.
    /// </summary>
    private sealed class SentenceEnds(string text, StepCounter steps)
    {
        private static readonly SearchValues<char> s_ends = SearchValues.Create(".!?\n");

        /// <summary>The last sentence end found before <see cref="_scannedTo"/>, or -1.</summary>
        private int _lastBefore = -1;
        private int _scannedTo;
        /// <summary>The first sentence end at or after <see cref="_nextFrom"/>, or int.MaxValue when none.</summary>
        private int _next = -1;
        private int _nextFrom = int.MaxValue;

        /// <summary>The last sentence end before <paramref name="position"/>, or -1.</summary>
        public int LastBefore(int position)
        {
            if (position < _scannedTo)
            {
                // A leading "paragraph 2 of" may reach back before where the previous pinpoint was asked for.
                steps.Add(position);
                return LastEnd(0, position);
            }

            if (position > _scannedTo)
            {
                var found = LastEnd(_scannedTo, position);
                steps.Add(position - _scannedTo);
                if (found >= 0) _lastBefore = found;
                _scannedTo = position;
            }

            return _lastBefore;
        }

        /// <summary>The last sentence end in [from, to), or -1.</summary>
        private int LastEnd(int from, int to)
        {
            while (to > from)
            {
                var found = text.AsSpan(from, to - from).LastIndexOfAny(s_ends);
                if (found < 0) return -1;
                if (!IsWrap(from + found)) return from + found;
                to = from + found;
            }

            return -1;
        }

        /// <summary>
        /// A line break inside a sentence, as texts kept with their page layout have ("in pursuit of the purposes
        /// stated in Article 1, act and be seen\nto act in accordance with … the Charter"): a word or comma before
        /// it and a word after it. A break after a stop, a colon or a heading number still ends the sentence.
        /// </summary>
        private bool IsWrap(int index)
        {
            if (text[index] != '\n' || index == 0 || index + 1 >= text.Length) return false;
            var before = text[index - 1] == '\r' && index > 1 ? text[index - 2] : text[index - 1];
            var after = text[index + 1];
            return (char.IsLetter(before) || before is ',' or '-') && char.IsLetter(after);
        }

        /// <summary>The first sentence end at or after <paramref name="position"/>, or int.MaxValue.</summary>
        public int FirstFrom(int position)
        {
            if (position < _nextFrom || position > _next)
            {
                var from = position;
                var found = -1;
                while (from < text.Length)
                {
                    var at = text.AsSpan(from).IndexOfAny(s_ends);
                    if (at < 0) break;
                    if (!IsWrap(from + at))
                    {
                        found = from + at;
                        break;
                    }

                    from += at + 1;
                }

                steps.Add(found < 0 ? text.Length - position : found - position + 1);
                _next = found < 0 ? int.MaxValue : found;
                _nextFrom = position;
            }

            return _next;
        }
    }
}
