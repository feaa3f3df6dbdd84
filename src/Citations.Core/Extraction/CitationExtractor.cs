using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Citations.Core.Extraction;

/// <summary>
/// Finds every instrument a statement invokes. One instance serves any number of statements and
/// threads; the result for a text depends only on the text and the catalog.
/// </summary>
public sealed partial class CitationExtractor
{
    /// <summary>Common Article 3 is shared by the four Geneva Conventions, so it cites them together.</summary>
    internal const string GenevaConventions = "GC-1949";

    private readonly InstrumentCatalog _catalog;
    private readonly NameIndex _index;
    private readonly ShortFormResolver _shortForms;
    private readonly ApproximateTitleMatcher _approximate;
    private readonly ILookup<string, Instrument> _children;
    /// <summary>Each instrument's names and informal names as folded words without "the", worked out once.</summary>
    private readonly FrozenDictionary<string, List<string>[]> _nameWords;

    public CitationExtractor(InstrumentCatalog catalog)
    {
        _catalog = catalog;
        _index = new NameIndex(catalog);
        _shortForms = new ShortFormResolver(catalog);
        _approximate = new ApproximateTitleMatcher(catalog);
        _children = catalog.Instruments.Where(i => i.Parent is not null).ToLookup(i => i.Parent!, StringComparer.Ordinal);
        _nameWords = catalog.Instruments.ToFrozenDictionary(i => i.Id, i => i.Names.Concat(i.InformalNames).Select(Words).ToArray(), StringComparer.Ordinal);
    }

    public InstrumentCatalog Catalog => _catalog;

    public ExtractionResult Extract(Statement statement) => new(statement, Extract(statement.Text));

    /// <summary>The citations of a text, in text order. Never throws on text.</summary>
    public ImmutableArray<Citation> Extract(string text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var mentions = CatalogMatcher.Find(text, _index);

        JoinNestedProtocols(text, mentions);
        ExpandProtocolLists(text, mentions);
        ResolveAmbiguous(mentions);
        mentions.RemoveAll(m => m.InstrumentId is null);

        AddWithoutOverlap(mentions, ResolutionMatcher.Find(text));
        mentions.Sort(ByPosition);
        AddWithoutOverlap(mentions, DefinedTermFinder.Find(text, mentions));
        mentions.Sort(ByPosition);
        AddWithoutOverlap(mentions, UncataloguedTitleFinder.Find(text, mentions));
        mentions.Sort(ByPosition);
        ApproximateTitles.Apply(text, mentions, _approximate);
        AddWithoutOverlap(mentions, _shortForms.Resolve(text, mentions));
        AddCovenantPairs(text, mentions);
        mentions.Sort(ByPosition);
        AttachPinpoints(text, mentions);
        mentions.Sort(ByPosition);
        return [.. mentions.Select(m => ToCitation(text, m))];
    }

    private static int ByPosition(Mention a, Mention b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End);

    private static void AddWithoutOverlap(List<Mention> mentions, List<Mention> more)
    {
        if (more.Count == 0) return;
        var taken = new MentionIndex(mentions);
        foreach (var mention in more)
        {
            if (!taken.Overlaps(mention.Start, mention.End)) taken.Add(mention);
        }
    }

    /// <summary>
    /// "Additional Protocol II of the Tlatelolco Treaty": a protocol's name followed by "of" or "to" and
    /// another instrument is that instrument's protocol of the same name, one mention of it alone.
    /// </summary>
    private void JoinNestedProtocols(string text, List<Mention> mentions)
    {
        for (var k = 0; k + 1 < mentions.Count; k++)
        {
            var first = mentions[k];
            var second = mentions[k + 1];
            if (second.InstrumentId is null) continue;
            var between = text.AsSpan(first.End, second.Start - first.End).Trim();
            if (!(between.Equals("of", StringComparison.OrdinalIgnoreCase) || between.Equals("to", StringComparison.OrdinalIgnoreCase)
                  || between.Equals("of the", StringComparison.OrdinalIgnoreCase) || between.Equals("to the", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var surface = Words(text[first.Start..first.End]);
            var child = _children[second.InstrumentId].FirstOrDefault(c => NamesStartWith(c, surface));
            if (child is null || child.Id == first.InstrumentId) continue;
            mentions[k] = new Mention { Start = first.Start, End = second.End, Kind = MentionKind.Title, InstrumentId = child.Id, Confidence = 0.95 };
            mentions.RemoveAt(k + 1);
        }

        // "Additional Protocol I" in a text about the Treaty of Tlatelolco is that treaty's protocol, not the Geneva one.
        var named = new HashSet<string>(StringComparer.Ordinal);
        // The named instruments that have protocols, in the order first named: only their protocols can be siblings.
        var namedParents = new List<string>();
        foreach (var mention in mentions)
        {
            if (mention.InstrumentId is { } id && namedParents.Count > 0 && _catalog.Find(id) is { Parent: { } parent } && !named.Contains(parent))
            {
                var surface = Words(text[mention.Start..mention.End]);
                var sibling = namedParents.SelectMany(n => _children[n]).FirstOrDefault(c => c.Id != id && NamesStartWith(c, surface));
                if (sibling is not null)
                {
                    mention.InstrumentId = sibling.Id;
                    mention.Confidence = 0.8;
                }
            }

            if (mention.InstrumentId is { } namedId && named.Add(namedId) && _children.Contains(namedId)) namedParents.Add(namedId);
        }
    }

    /// <summary>
    /// "the Geneva Conventions and their Additional Protocols", "Protocols I and II": one phrase, several
    /// protocols of the instrument named with it. Without numbers, "Additional Protocols" are the first
    /// generation of additional protocols (for the Geneva Conventions, those of 1977).
    /// </summary>
    private void ExpandProtocolLists(string text, List<Mention> mentions)
    {
        foreach (var match in s_protocolList.Matches(text))
        {
            var start = match.Index;
            var end = match.Index + match.Length;
            if (mentions.Any(m => m.InstrumentId is not null && m.Start < end && start < m.End)) continue;

            // The family: the instrument named right after ("… to the Treaty of Tlatelolco"), else the nearest before.
            var after = mentions.FirstOrDefault(m => m.Start >= end && m.InstrumentId is not null);
            var named = after is not null && OfOrTo().IsMatch(text.AsSpan(end, after.Start - end));
            var family = named ? after!.InstrumentId
                : mentions.LastOrDefault(m => m.End <= start && m.InstrumentId is not null && ProtocolsOf(m.InstrumentId).Any())?.InstrumentId;
            if (family is null) continue;
            var children = ProtocolsOf(family).ToList();
            List<Instrument> chosen;
            var ordinals = match.Groups["ord"].Captures.Select(c => TextNormalizer.Fold(c.Value)).ToList();
            if (ordinals.Count > 0)
            {
                chosen = [.. ordinals.Select(o => children.FirstOrDefault(c => c.Names.Concat(c.InformalNames).Any(n => EndsWithOrdinal(n, o)))).OfType<Instrument>()];
                if (chosen.Count != ordinals.Count) continue;
            }
            else
            {
                var additional = children.Where(c => c.Names.Concat(c.InformalNames).Any(n => TextNormalizer.Fold(n).Contains("additional protocol", StringComparison.Ordinal))).ToList();
                if (additional.Count == 0) continue;
                var firstYear = additional.Min(c => c.Adopted[..4])!;
                chosen = [.. additional.Where(c => c.Adopted.StartsWith(firstYear, StringComparison.Ordinal))];
            }

            // "Additional Protocols I and II to the Treaty of Tlatelolco" names the treaty only inside the protocols' titles.
            if (named) end = after!.End;
            mentions.RemoveAll(m => m.Start < end && start < m.End);
            foreach (var protocol in chosen)
            {
                mentions.Add(new Mention { Start = start, End = end, Kind = MentionKind.InformalName, InstrumentId = protocol.Id, Confidence = 0.85 });
            }
        }

        mentions.Sort(ByPosition);
    }

    /// <summary>
    /// "the two International Covenants", "those Covenants", "both Covenants": the covenants named before,
    /// or, with "International" and nothing named, the two International Covenants of 1966 together.
    /// </summary>
    private void AddCovenantPairs(string text, List<Mention> mentions)
    {
        if (text.IndexOf("Covenants", StringComparison.Ordinal) < 0) return;
        var found = new List<Mention>();
        foreach (Match match in CovenantPair().Matches(text))
        {
            var start = match.Index;
            var end = match.Index + match.Length;
            if (mentions.Any(m => m.Start < end && start < m.End)) continue;
            var named = mentions.Where(m => m.End <= start && m.InstrumentId is { } id && _shortForms.Fits(id, "Covenant"))
                .Select(m => m.InstrumentId!).Distinct(StringComparer.Ordinal).ToList();
            if (named.Count < 2 && match.Groups["international"].Success)
            {
                named = [.. _catalog.Instruments.Where(i => i.Title.StartsWith("International Covenant ", StringComparison.Ordinal)).Select(i => i.Id)];
            }

            if (named.Count < 2) continue;
            found.AddRange(named.Select(id => new Mention { Start = start, End = end, Kind = MentionKind.ShortForm, InstrumentId = id, Confidence = 0.75 }));
        }

        mentions.AddRange(found);
        mentions.Sort(ByPosition);
    }

    [GeneratedRegex(@"(?<![\w-])(?:[Tt]he|[Tt]hose|[Tt]hese|[Bb]oth)(?:\s+two)?\s+(?:(?<international>International)\s+)?Covenants(?:\s+on\s+Human\s+Rights)?(?![\w-])")]
    private static partial Regex CovenantPair();

    /// <summary>Protocols of an instrument, and of the collection it belongs to (the Geneva Conventions' protocols for GC-IV).</summary>
    private IEnumerable<Instrument> ProtocolsOf(string id)
    {
        var own = _children[id];
        var collections = _catalog.Instruments.Where(c => c.Members.Contains(id, StringComparer.Ordinal)).SelectMany(c => _children[c.Id]);
        return own.Concat(collections).Where(c => c.Kind == InstrumentKind.Protocol);
    }

    private static bool EndsWithOrdinal(string name, string ordinal)
    {
        var words = Words(name);
        for (var k = 1; k < words.Count; k++)
        {
            if (words[k] == ordinal && words[k - 1] == "protocol") return true;
        }

        return false;
    }

    /// <summary>A list holds "Protocols" after at most "the two 1977 Additional".</summary>
    private static readonly TriggeredPattern s_protocolList = new(ProtocolList(), ["Protocols"], StringComparison.Ordinal, wordsBefore: 4, extraPrefixChars: "");

    [GeneratedRegex(@"\G(?<![\w-])(?:(?:[Tt]heir|[Ii]ts|[Tt]he(?:\s+two)?|[Bb]oth)\s+(?:(?:19|20)\d\d\s+)?Additional\s+Protocols(?:\s+(?<ord>I{1,3})(?:\s*(?:,|and)\s*(?<ord>I{1,3}))*)?|(?:Additional\s+)?Protocols\s+(?<ord>I{1,3})(?:\s*(?:,|and)\s*(?<ord>I{1,3}))+)(?![\w-])")]
    private static partial Regex ProtocolList();

    [GeneratedRegex(@"^\s*(?:thereto|to|of)\s+(?:the\s+)?$")]
    private static partial Regex OfOrTo();

    private static List<string> Words(string text) =>
        [.. TextNormalizer.Words(text).Select(TextNormalizer.Fold).Where(w => w != "the")];

    private bool NamesStartWith(Instrument instrument, List<string> words)
    {
        foreach (var nameWords in _nameWords[instrument.Id])
        {
            if (nameWords.Count <= words.Count) continue;
            var k = 0;
            while (k < words.Count && string.Equals(nameWords[k], words[k], StringComparison.Ordinal)) k++;
            if (k == words.Count) return true;
        }

        return false;
    }

    /// <summary>An ambiguous name takes the candidate named elsewhere in the statement, if exactly one is.</summary>
    private static void ResolveAmbiguous(List<Mention> mentions)
    {
        var named = mentions.Where(m => m.InstrumentId is not null).Select(m => m.InstrumentId!).ToHashSet(StringComparer.Ordinal);
        foreach (var mention in mentions.Where(m => m.InstrumentId is null && m.Candidates.Count > 0))
        {
            var fitting = mention.Candidates.Where(named.Contains).ToList();
            if (fitting.Count == 1)
            {
                mention.InstrumentId = fitting[0];
                mention.Confidence = 0.7;
            }
        }
    }

    private void AttachPinpoints(string text, List<Mention> mentions)
    {
        string? context = null;
        var cited = new HashSet<(string Instrument, string Article)>();
        var pinpoints = PinpointParser.Find(text);
        if (pinpoints.Count == 0) return;
        var placed = new MentionIndex(mentions);
        // The first mention of each instrument, which a pinpoint's mention copies when the instrument is uncatalogued.
        var firstOf = new Dictionary<string, Mention>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (mention.InstrumentId is { } instrumentId) firstOf.TryAdd(instrumentId, mention);
        }

        foreach (var pinpoint in pinpoints)
        {
            if (placed.Overlaps(pinpoint.Start, pinpoint.End)) continue;
            var target = Following(text, pinpoint, placed, out var belongsElsewhere) ?? Preceding(text, pinpoint, placed);
            if (belongsElsewhere) continue;
            if (pinpoint.Common && target is null)
            {
                if (!_catalog.Contains(GenevaConventions)) continue;
                AddPinpoint(placed, firstOf, pinpoint, GenevaConventions, 0.9);
                continue;
            }

            if (target is not null)
            {
                target.Provisions.AddRange(Renumber(pinpoint.Provisions, target.InstrumentId!));
                context = target.InstrumentId;
                foreach (var provision in pinpoint.Provisions) cited.Add((context!, TopLevel(provision)));
                continue;
            }

            // A bare "Article 27": the instrument named before it in the same sentence, unless the article
            // continues one already cited for the instrument last cited with an article ("Article 4(A)(2)" after
            // "Article 4 of GPW"); else that instrument, else the nearest named before, else the next one
            // named in the same sentence.
            // The last sentence end before the pinpoint and the first after it decide which mentions share its sentence.
            var stopBefore = text.AsSpan(0, pinpoint.Start).LastIndexOfAny(s_sentenceEnds);
            var stopAfter = text.AsSpan(pinpoint.End).IndexOfAny(s_sentenceEnds);
            stopAfter = stopAfter < 0 ? int.MaxValue : pinpoint.End + stopAfter;
            var sameSentence = placed.LastEndingBy(pinpoint.Start, after: stopBefore);
            var continuesContext = context is not null && pinpoint.Provisions.Any(p => cited.Contains((context, TopLevel(p))));
            var id = (continuesContext ? context : sameSentence?.InstrumentId)
                     ?? context
                     ?? placed.LastEndingBy(pinpoint.Start)?.InstrumentId
                     ?? placed.FirstStartingFrom(pinpoint.End, until: stopAfter)?.InstrumentId;
            if (id is null) continue;
            AddPinpoint(placed, firstOf, pinpoint, id, 0.7);
            context ??= id;
            foreach (var provision in pinpoint.Provisions) cited.Add((id, TopLevel(provision)));
        }
    }

    private void AddPinpoint(MentionIndex placed, Dictionary<string, Mention> firstOf, Pinpoint pinpoint, string id, double confidence)
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
    private static Mention? Following(string text, Pinpoint pinpoint, MentionIndex placed, out bool belongsElsewhere)
    {
        belongsElsewhere = false;
        var i = pinpoint.End;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is ',' or '.')) i++;
        var rest = text.AsSpan(i);
        if (rest.StartsWith("thereof", StringComparison.Ordinal))
        {
            return placed.LastEndingBy(pinpoint.Start);
        }

        int skip;
        if (rest.StartsWith("of ", StringComparison.Ordinal)) skip = 3;
        else if (rest.StartsWith("under ", StringComparison.Ordinal)) skip = 6;
        else if (rest.StartsWith("de ", StringComparison.Ordinal) || rest.StartsWith("du ", StringComparison.Ordinal)) skip = 3;
        else if (rest.StartsWith("del ", StringComparison.Ordinal)) skip = 4;
        else return null;
        i += skip;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        var next = placed.FirstStartingFrom(i);
        var afterArticle = text.AsSpan(i);
        foreach (var determiner in (ReadOnlySpan<string>)["the ", "la ", "l’", "l'", "le "])
        {
            if (afterArticle.StartsWith(determiner, StringComparison.Ordinal))
            {
                afterArticle = afterArticle[determiner.Length..];
                break;
            }
        }

        var wordStart = text.Length - afterArticle.Length;
        if (next is not null && (next.Start == i || next.Start == wordStart)) return next;
        if (afterArticle.Length > 0 && char.IsUpper(afterArticle[0])) belongsElsewhere = true;
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
    [GeneratedRegex(@"^(?:['’]s)?\s*(?:,\s*(?:of\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{4})\s*)?,?\s*(?:in|under|at)?\s*$")]
    private static partial Regex PrecedingLink();

    private static string TopLevel(string provision)
    {
        var cut = provision.IndexOf('(');
        return cut < 0 ? provision : provision[..cut];
    }

    private static readonly SearchValues<char> s_sentenceEnds = SearchValues.Create(".!?\n");


    /// <summary>Articles are written as the instrument numbers them: "Article 1.2" of the 1967 Protocol is I(2).</summary>
    private IEnumerable<string> Renumber(IEnumerable<string> provisions, string id)
    {
        if (_catalog.Find(id) is not { ArticleNumbering: ArticleNumbering.Roman }) return provisions;
        return provisions.Select(p =>
        {
            var cut = p.IndexOf('(');
            var article = cut < 0 ? p : p[..cut];
            return int.TryParse(article, out var n) && n > 0 ? RomanNumerals.Format(n) + (cut < 0 ? "" : p[cut..]) : p;
        });
    }

    private Citation ToCitation(string text, Mention mention)
    {
        var instrument = mention.Kind == MentionKind.UncataloguedTitle ? null : _catalog.Find(mention.InstrumentId!);
        return new Citation(
            mention.InstrumentId!,
            instrument?.Title ?? mention.Title ?? mention.InstrumentId!,
            instrument?.Kind ?? mention.KindOfInstrument ?? InstrumentKind.Treaty,
            instrument is not null,
            text[mention.Start..mention.End],
            mention.Start,
            mention.Length,
            mention.Provisions.Count == 0 ? [] : [.. mention.Provisions.Distinct(StringComparer.Ordinal)],
            mention.Confidence,
            mention.Kind);
    }
}
