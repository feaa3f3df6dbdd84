using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Citations.Core.Extraction.Passes;

/// <summary>
/// Protocols named through their parent rather than by title: "its Optional Protocol", "the Protocol
/// thereto", "the relevant Protocol", "the Covenant's Second Optional Protocol", "the Second Optional
/// Protocol to that Covenant", "the First Optional Protocol to the former Covenant", "Protocol No. 6
/// to the European Convention", "its two Optional Protocols", "son Protocole facultatif", "el
/// Protocolo Facultativo de la Convención". The parent is the instrument the phrase names or points
/// back to; the protocol is the parent's child that the ordinal, number, year or count picks out, or
/// its only one. A protocol is never reported as its parent: when the catalog lacks the protocol a
/// phrase pins down ("Protocol No. 16 to the Convention"), it is reported uncatalogued with its parent.
/// Nothing is reported when the phrase does not decide ("its Optional Protocols" of a treaty with three).
/// </summary>
internal sealed partial class ProtocolReferencePass(ExtractionContext context) : IExtractionPass
{
    private readonly ProtocolFamilies _families = context.Families;
    private readonly InstrumentCatalog _catalog = context.Catalog;
    private readonly ShortFormResolver _shortForms = context.ShortForms;

    /// <summary>How far back "its" or "thereto" may look for the parent.</summary>
    private const int PossessiveReach = 250;

    private static readonly FrozenDictionary<string, int> s_ordinals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16,
        ["premier"] = 1, ["deuxième"] = 2, ["second"] = 2, ["troisième"] = 3, ["quatrième"] = 4,
        ["primer"] = 1, ["segundo"] = 2, ["tercer"] = 3, ["cuarto"] = 4,
        ["1st"] = 1, ["2nd"] = 2, ["3rd"] = 3, ["4th"] = 4,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int> s_counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["both"] = 2, ["deux"] = 2, ["trois"] = 3, ["dos"] = 2, ["tres"] = 3, ["ambos"] = 2,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public void Run(ExtractionState state)
    {
        var mentions = state.Mentions;
        var found = new List<List<Mention>>();
        foreach (var match in s_phrase.Matches(state.Text, state.Steps, (trigger, next) => InsideName(mentions, state.Text, trigger, next)))
        {
            state.Steps.Add();
            var start = match.Index;
            // The phrase itself, without the link to its parent ("… to the Convention on …" may be a name of its own).
            var end = match.Groups["ofParent"].Success ? match.Groups["ofParent"].Index : match.Index + match.Length;
            // Inside a title already read (the "Kyoto Protocol", "Optional Protocol to the Convention against Torture"),
            // nothing to do; an ambiguous name ("Optional Protocol") or an uncatalogued title gives way.
            var covering = mentions.FirstOverlapping(start, end, m => m.InstrumentId is not null && m.Kind != MentionKind.UncataloguedTitle);
            if (covering is not null && !Reread(covering, match)) continue;
            if (Read(state, match, mustLink: covering is not null) is { } reference) found.Add(reference);
        }

        foreach (var reference in found)
        {
            mentions.RemoveOverlapping(reference[0].Start, reference[0].End);
            mentions.AddRange(reference);
        }
    }

    /// <summary>
    /// Whether a phrase holding "Protocol" at <paramref name="trigger"/> would be dropped, so that the pattern need not be
    /// tried around it: the word lies inside a name already read, and no ordinal stands before it, so the name is not
    /// read again (<see cref="Reread"/>). The next "Protocol" must be far enough that no phrase begun inside the
    /// dropped one reaches it: a phrase runs at most <see cref="TailWords"/> words past its "Protocol" and begins at
    /// most six words before one.
    /// </summary>
    internal static bool InsideName(MentionSet mentions, string text, int trigger, int next) =>
        mentions.FirstOverlapping(trigger, trigger + 1, s_named) is not null
        && !OrdinalBefore(text, trigger)
        && (next == int.MaxValue || WordsBetween(text, trigger, next, TailWords + 8) >= TailWords + 8);

    private static readonly Func<Mention, bool> s_named = m => m.InstrumentId is not null && m.Kind != MentionKind.UncataloguedTitle;

    /// <summary>The most words a phrase holds from its "Protocol" on: the word, an adjective, a number, a link of up to four words, "the", "same", the parent's head.</summary>
    private const int TailWords = 11;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_ordinalWords =
        Ordinal.Split('|').ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether one of the two words before <paramref name="position"/> is an ordinal ("Second Optional Protocol").</summary>
    private static bool OrdinalBefore(string text, int position)
    {
        var k = position;
        for (var word = 0; word < 2; word++)
        {
            while (k > 0 && !TriggeredPattern.IsWordChar(text[k - 1])) k--;
            var end = k;
            while (k > 0 && TriggeredPattern.IsWordChar(text[k - 1])) k--;
            if (k == end) return false;
            if (s_ordinalWords.Contains(text.AsSpan(k, end - k))) return true;
        }

        return false;
    }

    /// <summary>How many runs of white space lie between two positions, counted up to <paramref name="enough"/>.</summary>
    private static int WordsBetween(string text, int from, int to, int enough)
    {
        var count = 0;
        for (var k = from; k < to && count < enough; k++)
        {
            if (char.IsWhiteSpace(text[k]) && !char.IsWhiteSpace(text[k - 1])) count++;
        }

        return count;
    }

    /// <summary>
    /// A mention the catalog found where a reference is being read is read again only when the reference
    /// names another parent: "Second Additional Protocol to the International Covenant…" is not the Geneva one.
    /// </summary>
    internal static bool Reread(Mention covering, Match match) =>
        match.Groups["ofParent"].Success && covering.Kind is MentionKind.InformalName or MentionKind.Title && match.Groups["ord"].Success;

    /// <summary>
    /// The protocol or protocols the phrase refers to, or null. When <paramref name="mustLink"/>, the phrase lies over a name
    /// already read and replaces it only through a parent named after its link: "The second Optional Protocol to the
    /// International Covenant …" (a whole title) is not the second protocol of the Geneva Conventions named before it.
    /// </summary>
    private List<Mention>? Read(ExtractionState state, Match match, bool mustLink)
    {
        var text = state.Text;
        var mentions = state.Mentions;
        var start = match.Index;
        var end = match.Index + match.Length;
        var plural = match.Groups["plural"].Success;
        var numbered = match.Groups["ord"].Success || match.Groups["num"].Success || match.Groups["roman"].Success;
        // A reference points at a protocol through its parent ("its", "the", "thereto"); without one, "Protocol to
        // the African Charter …" is the beginning of some protocol's title, which only a number or ordinal decides.
        var reference = match.Groups["poss"].Success || match.Groups["thereto"].Success || match.Groups["ownerHead"].Success
                        || match.Groups["det"].Success;

        // The parent: named right after ("… to the European Convention"), referred to ("… to that Covenant"),
        // or the instrument the phrase belongs to ("its", "thereto", "the relevant").
        string? parent = null;
        var linked = false;
        var titleGoesOn = false;
        if (match.Groups["ofParent"].Success)
        {
            // The parent's name begins where the link ends, before any anaphor the pattern read there.
            var next = mentions.FirstStartingAtOrAfter(match.Groups["ofParent"].Index + match.Groups["ofParent"].Length);
            var after = next < mentions.Count ? mentions[next] : null;
            var linkEnd = match.Groups["ofParent"].Index + match.Groups["ofParent"].Length;
            var gap = after is null ? "x" : text[linkEnd..after.Start];
            if (after is { InstrumentId: { } named } && string.IsNullOrWhiteSpace(gap.Replace("the", "", StringComparison.OrdinalIgnoreCase)))
            {
                parent = named;
                end = after.End;
                linked = true;
                titleGoesOn = TitleFollows().IsMatch(text.AsSpan(end, Math.Min(24, text.Length - end)));
            }
            else if (match.Groups["anaphor"].Success
                     && (match.Groups["which"].Success || !TitleFollows().IsMatch(text.AsSpan(match.Index + match.Length, Math.Min(24, text.Length - match.Index - match.Length))))
                     && mentions.FirstOverlapping(match.Groups["anaphor"].Index, match.Index + match.Length, m => m.Kind != MentionKind.UncataloguedTitle) is null)
            {
                parent = PointedAt(mentions, start, match.Groups["anaphor"].Value, match.Groups["which"].Value);
                linked = parent is not null;
                if (linked) end = match.Index + match.Length;
            }

            // "its related Protocol to address …": "to" was not the link to a parent.
            if (parent is null) end = match.Groups["ofParent"].Index;
        }

        if (mustLink && !linked) return null;

        if (parent is null && reference)
        {
            parent = match.Groups["ownerHead"].Success ? PointedAt(mentions, start, match.Groups["ownerHead"].Value, "")
                : match.Groups["det"].Success && !match.Groups["adj"].Success && !numbered ? null
                : Nearest(state, start);
        }
        else if (parent is null && numbered && !match.Groups["ofParent"].Success)
        {
            // "Under the European Convention …, Protocol No. 6 abolished …": a numbered protocol standing alone is the
            // protocol of that number of the instrument just named, if it has one (below); else nothing is said.
            parent = Nearest(state, start);
        }

        if (parent is null || _catalog.Find(parent) is not { } parentInstrument || parentInstrument.Kind == InstrumentKind.Resolution) return null;
        // Without a reference, only a number or ordinal says which protocol; nor when the title goes on after the parent.
        var byNumberOnly = !reference || titleGoesOn;

        var protocols = _families.ProtocolsOf(parent).Where(p => p.Id != parent).ToList();
        var adjective = match.Groups["adj"].Success ? match.Groups["adj"].Value : match.Groups["adj2"].Value;
        var fitting = protocols.Where(p => Describes(p, adjective)).ToList();
        if (fitting.Count == 0) fitting = protocols;

        int? wanted = null;
        if (match.Groups["ord"].Success) wanted = s_ordinals[match.Groups["ord"].Value];
        else if (match.Groups["num"].Success) wanted = int.Parse(match.Groups["num"].Value, System.Globalization.CultureInfo.InvariantCulture);
        else if (match.Groups["roman"].Success && RomanNumerals.TryParse(match.Groups["roman"].Value, out var roman)) wanted = roman;

        List<Instrument> chosen;
        if (wanted is null && !plural && fitting.Count > 1 && BySubject(text, end, fitting, parentInstrument) is ({ } subjectOf, var subjectEnd))
        {
            // "the Optional Protocol to the Convention on the sale of children": the words after pick one of several.
            return [new Mention { Start = start, End = subjectEnd, Kind = MentionKind.ShortForm, InstrumentId = subjectOf.Id, Confidence = Confidence.ProtocolThroughParent }];
        }

        if (wanted is { } ordinal)
        {
            chosen = [.. fitting.Where(p => OrdinalOf(p) == ordinal)];
            if (chosen.Count == 0)
            {
                // A numbered protocol of a named parent that the catalog lacks: reported for what it is, never as the parent.
                // Its surface is the protocol's name, without the determiner ("the", "its") before it.
                var nameStart = match.Groups["det"].Success || match.Groups["poss"].Success
                    ? SkipSpaces(text, Math.Max(match.Groups["det"].Index + match.Groups["det"].Length, match.Groups["poss"].Index + match.Groups["poss"].Length))
                    : start;
                return linked || match.Groups["poss"].Success ? [Uncatalogued(text, nameStart, end, parentInstrument)] : null;
            }
        }
        else if (byNumberOnly)
        {
            return null;
        }
        else if (match.Groups["year"].Success)
        {
            chosen = [.. fitting.Where(p => p.Adopted.StartsWith(match.Groups["year"].Value, StringComparison.Ordinal))];
        }
        else if (match.Groups["count"].Success)
        {
            var count = s_counts[match.Groups["count"].Value];
            chosen = fitting.Count == count ? fitting : [];
        }
        else if (plural)
        {
            // "its Optional Protocols": both of two; of three or more it does not say which.
            chosen = fitting.Count == 2 ? fitting : [];
        }
        else
        {
            chosen = fitting.Count == 1 ? fitting : Unnumbered(fitting);
        }

        if (chosen.Count == 0 || chosen.Count > 1 && !plural && !match.Groups["count"].Success) return null;
        // Several protocols in one phrase: one mention each over the same span.
        return [.. chosen.Select(p => new Mention { Start = start, End = end, Kind = MentionKind.ShortForm, InstrumentId = p.Id, Confidence = Confidence.ProtocolThroughParent })];
    }

    /// <summary>
    /// The one protocol of several that the words after a reference describe, and where those words end: "… on the sale
    /// of children" is the protocol whose title, beyond its parent's, holds "sale" and "children". The words are read
    /// after "on", "relating to", "concerning" and the like, up to punctuation, as far as some protocol's title holds
    /// each of them; null when they fit none, or more than one.
    /// </summary>
    private static (Instrument Protocol, int End)? BySubject(string text, int end, List<Instrument> protocols, Instrument parent)
    {
        var k = end;
        var word = TextNormalizer.NextFoldedWord(text, ref k);
        if (word is null || !s_subjectOpeners.Contains(word)) return null;
        var parentWords = ProtocolFamilies.Words(parent.Title).ToHashSet(StringComparer.Ordinal);
        var own = protocols.Select(p => ProtocolFamilies.Words(p.Title).Where(w => !parentWords.Contains(w)).ToList()).ToList();
        List<int> holding = [.. Enumerable.Range(0, protocols.Count)];
        var matchedEnd = -1;
        for (var read = 0; read < SubjectWords; read++)
        {
            var before = k;
            if ((word = TextNormalizer.NextFoldedWord(text, ref k)) is null) break;
            // Punctuation ends the description ("on the sale of children, and …").
            if (text.AsSpan(before, k - before - word.Length).IndexOfAny(",;:.()") >= 0) break;
            // Small words, and the parent's own ("… to the Convention on the involvement of children"), pick out nothing.
            if (s_subjectOpeners.Contains(word) || s_linkWords.Contains(word) || parentWords.Contains(word)) continue;
            var still = holding.Where(p => own[p].Any(w => SameStem(w, word))).ToList();
            if (still.Count == 0) break;
            holding = still;
            matchedEnd = k;
        }

        return matchedEnd > 0 && holding.Count == 1 ? (protocols[holding[0]], matchedEnd) : null;
    }

    /// <summary>The most words read after a reference for what its protocol is about.</summary>
    private const int SubjectWords = 8;

    private static readonly FrozenSet<string> s_subjectOpeners = FrozenSet.Create(StringComparer.Ordinal, "on", "relating", "concerning", "regarding", "respecting", "relative", "to", "for");

    private static readonly FrozenSet<string> s_linkWords = FrozenSet.Create(StringComparer.Ordinal, "the", "a", "an", "of", "in", "and", "or", "its", "their", "with", "by", "at");

    /// <summary>Two folded words with one stem: the same, one the other's beginning ("child", "children"), or six letters alike.</summary>
    private static bool SameStem(string a, string b) =>
        a == b
        || Math.Min(a.Length, b.Length) >= 4 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal))
        || a.Length >= 6 && b.Length >= 6 && a.AsSpan(0, 6).SequenceEqual(b.AsSpan(0, 6));

    /// <summary>"Optional" or "Additional" in the phrase: protocols whose names say so.</summary>
    private static bool Describes(Instrument protocol, string adjective)
    {
        if (adjective.Length == 0) return true;
        var stem = TextNormalizer.Fold(adjective)[..4];
        var equivalent = stem switch { "facu" => "opti", "adic" => "addi", _ => stem };
        return protocol.Names.Concat(protocol.InformalNames).Append(protocol.Title)
            .Any(n => TextNormalizer.Words(n).Any(w => TextNormalizer.Fold(w).StartsWith(equivalent, StringComparison.Ordinal)));
    }

    /// <summary>
    /// Of several protocols, the one whose title carries no ordinal while the others' do: "the Optional
    /// Protocol" of the ICCPR is the first, since the second's title says "Second".
    /// </summary>
    private static List<Instrument> Unnumbered(List<Instrument> protocols)
    {
        // An amendment ("Amendment to Article 1 of the Convention …") is no protocol a bare "the Protocol" means.
        var plain = protocols.Where(p => OrdinalInTitle(p.Title) is null && p.Title.Contains("Protocol", StringComparison.OrdinalIgnoreCase)).ToList();
        return plain.Count == 1 && protocols.Count(p => OrdinalInTitle(p.Title) is not null) == protocols.Count - 1 ? plain : [];
    }

    /// <summary>The protocol's number or ordinal, from its title or names.</summary>
    internal static int? OrdinalOf(Instrument protocol)
    {
        foreach (var name in protocol.Names.Concat(protocol.InformalNames).Prepend(protocol.Title))
        {
            if (OrdinalInTitle(name) is { } found) return found;
        }

        return null;
    }

    private static int? OrdinalInTitle(string title)
    {
        var match = OrdinalWords().Match(title);
        if (!match.Success) return null;
        if (match.Groups["ord"].Success) return s_ordinals[match.Groups["ord"].Value];
        if (match.Groups["num"].Success) return int.Parse(match.Groups["num"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return RomanNumerals.TryParse(match.Groups["roman"].Value, out var roman) ? roman : null;
    }

    /// <summary>The instrument a phrase belongs to: the nearest named before it, in reach, not a resolution.</summary>
    private string? Nearest(ExtractionState state, int position)
    {
        Mention? before = null;
        for (var k = state.Mentions.FirstStartingAtOrAfter(position) - 1; k >= 0 && before is null; k--)
        {
            if (state.Mentions[k].End <= position) before = state.Mentions[k];
        }

        if (before is null || before.InstrumentId is null || position - before.End > PossessiveReach) return null;
        if (_catalog.Find(before.InstrumentId) is not { } named || named.Kind == InstrumentKind.Resolution) return null;
        // "the Optional Protocol to the Covenant … and its Optional Protocol": a protocol's own protocol is its parent's.
        return named.Kind == InstrumentKind.Protocol && !_families.HasChildren(named.Id) && named.Parent is { } up ? up : named.Id;
    }

    /// <summary>"that Covenant", "the former Convention", "the Covenant's": the fitting instrument named before.</summary>
    private string? PointedAt(MentionSet mentions, int position, string head, string which)
    {
        var kind = _shortForms.HeadOf(head);
        if (kind is null) return null;
        var fitting = new List<string>();
        for (var k = mentions.FirstStartingAtOrAfter(position) - 1; k >= 0 && fitting.Count < 2; k--)
        {
            var id = mentions[k].InstrumentId;
            if (id is null || fitting.Contains(id)) continue;
            var candidate = _shortForms.Fits(id, kind) ? id : _catalog.Find(id)?.Parent is { } parent && _shortForms.Fits(parent, kind) ? parent : null;
            if (candidate is not null && !fitting.Contains(candidate)) fitting.Add(candidate);
        }

        if (fitting.Count == 0) return null;
        // "the former" is the earlier of the last two named; "the latter", and every other word, the last.
        return which.Equals("former", StringComparison.OrdinalIgnoreCase) ? fitting.Count == 2 ? fitting[1] : null : fitting[0];
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static Mention Uncatalogued(string text, int start, int end, Instrument parent)
    {
        var title = Regex.Replace(text[start..end], @"\s+", " ");
        return new Mention
        {
            Start = start, End = end, Kind = MentionKind.UncataloguedTitle, Catalogued = false,
            InstrumentId = UncataloguedTitleFinder.IdFor($"{title} {parent.Id}"), Title = title,
            KindOfInstrument = InstrumentKind.Protocol, Parent = parent.Id, Confidence = Confidence.UncataloguedTitle,
        };
    }

    /// <summary>Words after a head noun that begin a title ("the Convention on the Rights of the Child"), not end an anaphor.</summary>
    [GeneratedRegex(@"^\s+(?:of|on|for|against|relating|relative|concerning|respecting|between|to\s+(?:Prevent|Combat|Suppress)|de|del|sur|sobre|contre|relatif|relative)\b")]
    private static partial Regex TitleFollows();

    private const string Ordinal = "First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|first|second|third|fourth|fifth|sixth|Premier|premier|Deuxième|deuxième|Troisième|troisième|Primer|primer|Segundo|segundo|Tercer|tercer|1st|2nd|3rd|4th";

    /// <summary>A reference holds "Protocol" (or its French or Spanish form) after at most five words.</summary>
    /// <remarks>It begins with a possessive or determiner, a count, a year, an ordinal, an adjective or "Protocol" itself.</remarks>
    internal static TriggeredPattern PhrasePattern => s_phrase;

    private static readonly TriggeredPattern s_phrase = new(Phrase(), ["Protocol", "protocol"], StringComparison.Ordinal, wordsBefore: 6, extraPrefixChars: "'’",
        starts: [
            .. TriggeredPattern.BothCases(["its", "their", "the", "that", "this", "son", "ses", "leur", "su", "le", "les", "el", "los"]),
            "two", "three", "four", "both", "deux", "trois", "dos", "tres", "18", "19", "20",
            .. Ordinal.Split('|'),
            .. TriggeredPattern.BothCases(["optional", "additional", "amended", "facultatif", "facultativo", "adicional"]),
            "Protocol",
        ]);

    [GeneratedRegex(
        @"\G(?<![\w-])" +
        @"(?:(?<poss>[Ii]ts|[Tt]heir|[Tt]he\s+(?:relevant|related)|[Ii]ts\s+(?:relevant|related)|[Ss]on|[Ss]es|[Ll]eurs?|[Ss]us?)\s+" +
        @"|(?:[Tt]he|[Tt]hat)\s+(?<ownerHead>Covenant|Convention|Charter|Treaty|Statute)['’]s\s+" +
        @"|(?<det>[Tt]he|[Tt]hat|[Tt]his|[Ll]e|[Ll]es|[Ee]l|[Ll]os)\s+)?" +
        @"(?:(?<count>two|three|four|both|deux|trois|dos|tres)\s+)?" +
        @"(?:(?<year>1[89]\d\d|20\d\d)\s+)?" +
        @"(?:(?<ord>" + Ordinal + @")\s+)?" +
        @"(?:(?<adj>Optional|optional|Additional|additional|Amended|amended|Facultatif|facultatif|Facultativo|facultativo|Adicional|adicional)\s+)?" +
        @"(?:Protocol(?<plural>s)?|Protocole(?<plural>s)?|Protocolo(?<plural>s)?)(?![\w-])" +
        @"(?:\s+(?<adj2>facultatifs?|additionnels?|[Ff]acultativos?|[Aa]dicional(?:es)?))?" +
        @"(?:\s+(?:No\.?|Nos\.?|Number|n°|nº|núm\.)\s*(?<num>\d{1,2})(?!\d)|\s+(?<roman>I{1,3}|IV|VI{0,3}|IX|X)(?![\w-]))?" +
        @"(?:(?<thereto>\s*,?\s*thereto)" +
        @"|(?<ofParent>\s+(?:additional\s+to|to|of|se\s+rapportant\s+(?:à\s+la|à\s+l['’]|au|aux)|relatif\s+(?:à\s+la|à\s+l['’]|au|aux)|à\s+la|au|de\s+la|del|a\s+la|al)\s+)" +
        @"(?:(?:the|la|le|el)\s+)?(?:(?<which>same|that|this|former|latter|said|above-mentioned|present|mentioned|même|mismo|misma)\s+)?" +
        @"(?:(?<anaphor>Covenant|Convention|Charter|Treaty|Statute|Pacte|Pacto|Convención|Convenio|Charte|Carta)(?![\w-]))?)?")]
    private static partial Regex Phrase();

    [GeneratedRegex(@"\b(?:(?<ord>" + Ordinal + @")\s+(?:Optional\s+|Additional\s+)?Protocol|Protocol\s+(?:No\.?|Number)\s*(?<num>\d{1,2})(?!\d)|(?:Additional\s+)?Protocol\s+\(?(?<roman>I{1,3}|IV|VI{0,3}|IX|X)\b)")]
    private static partial Regex OrdinalWords();
}
