using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

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
    private static readonly FrozenDictionary<string, string> s_heads = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Covenant"] = "Covenant", ["Convention"] = "Convention", ["Charter"] = "Charter", ["Treaty"] = "Treaty",
        ["Protocol"] = "Protocol", ["Statute"] = "Statute", ["Declaration"] = "Declaration", ["Agreement"] = "Agreement",
        ["Pacte"] = "Covenant", ["Pacto"] = "Covenant", ["Convenio"] = "Convention", ["Convención"] = "Convention",
        ["Charte"] = "Charter", ["Carta"] = "Charter", ["Traité"] = "Treaty", ["Tratado"] = "Treaty",
        ["Protocole"] = "Protocol", ["Protocolo"] = "Protocol", ["Statut"] = "Statute", ["Estatuto"] = "Statute",
        ["Déclaration"] = "Declaration", ["Declaración"] = "Declaration", ["Accord"] = "Agreement", ["Acuerdo"] = "Agreement",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The head noun a word is, in any language: "Pacte" is a "Covenant"; null when it is none.</summary>
    internal static string? HeadOf(string word) => s_heads.GetValueOrDefault(word);

    private readonly InstrumentCatalog _catalog;
    private readonly FrozenDictionary<string, FrozenSet<string>> _headsOf;
    private readonly ILookup<string, Instrument> _children;
    /// <summary>Head noun → the instrument it means when nothing fitting is named; a head two instruments claim has none.</summary>
    private readonly FrozenDictionary<string, string> _defaults;

    public ShortFormResolver(InstrumentCatalog catalog)
    {
        _defaults = catalog.Instruments
            .SelectMany(i => i.DefaultShortForms.Select(head => (Head: head.Trim(), i.Id)))
            .GroupBy(p => p.Head, StringComparer.Ordinal)
            .Where(g => g.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count() == 1)
            .ToFrozenDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        _catalog = catalog;
        _headsOf = catalog.Instruments.ToFrozenDictionary(i => i.Id, HeadsOf, StringComparer.Ordinal);
        _children = catalog.Instruments.Where(i => i.Parent is not null).ToLookup(i => i.Parent!, StringComparer.Ordinal);
    }

    /// <summary>The head nouns an anaphor may use for an instrument: its short forms and the head of each English name.</summary>
    private static FrozenSet<string> HeadsOf(Instrument instrument)
    {
        var heads = new HashSet<string>(instrument.ShortForms.Select(s => s.Trim()), StringComparer.Ordinal);
        foreach (var name in instrument.Names.Concat(instrument.InformalNames).Append(instrument.Title))
        {
            foreach (var word in TextNormalizer.Words(name))
            {
                var titled = word.Length > 0 ? char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant() : word;
                if (s_heads.TryGetValue(titled, out var head) && head == titled)
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
                var first = TextNormalizer.Words(name).FirstOrDefault(w => s_heads.ContainsKey(char.ToUpperInvariant(w[0]) + w[1..]));
                if (first is not null) heads.Add(s_heads[char.ToUpperInvariant(first[0]) + first[1..]]);
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
        var next = 0;
        var resolvedIndex = new MentionIndex(resolved);
        foreach (var match in s_anaphor.Matches(text, steps))
        {
            var start = match.Index;
            var end = match.Index + match.Length;
            if (taken.Overlaps(start, end) || resolvedIndex.Overlaps(start, end)) continue;
            var head = s_heads[match.Groups["head"].Value];
            var dated = match.Groups["date"].Success;
            if (!match.Groups["det"].Success && !match.Groups["year"].Success && !dated) continue;
            if (TitleFollows().IsMatch(text.AsSpan(end)) && !dated) continue;

            for (; next < taken.Count && taken[next].Start < start; next++)
            {
                if (taken[next].InstrumentId is not null) before.Add(taken[next]);
            }

            string? id;
            Confidence confidence;
            if (match.Groups["year"].Success || dated)
            {
                id = ByDate(head, match.Groups["year"].Success ? match.Groups["year"].Value : null, dated ? match.Groups["date"].Value : null, before);
                confidence = Confidence.ShortFormByDate;
            }
            else
            {
                id = Nearest(head, before);
                confidence = Confidence.ShortFormResolved;
                if (id is null && _defaults.TryGetValue(head, out var fallback))
                {
                    id = fallback;
                    confidence = Confidence.ShortFormDefault;
                }
            }

            if (id is null) continue;
            var mention = new Mention { Start = start, End = end, Kind = MentionKind.ShortForm, InstrumentId = id, Confidence = confidence };
            resolvedIndex.Add(mention);
            before.Add(mention);
        }

        return resolved;
    }

    private string? Nearest(string head, List<Mention> before)
    {
        for (var k = before.Count - 1; k >= 0; k--)
        {
            var id = before[k].InstrumentId!;
            if (Fits(id, head)) return id;
            // A protocol's title names its parent ("Optional Protocol to the International Covenant…"):
            // a later "that Covenant" points at the parent.
            if (_catalog.Find(id)?.Parent is { } parent && Fits(parent, head)) return parent;
        }

        return null;
    }

    internal bool Fits(string id, string head) => _headsOf.TryGetValue(id, out var heads) && heads.Contains(head);

    /// <summary>"its 1967 Protocol", "the 1972 Convention", "the Convention of July 28, 1951".</summary>
    private string? ByDate(string head, string? year, string? date, List<Mention> before)
    {
        var exact = date is null ? null : ParseDate(date);
        var wantedYear = exact?.Substring(0, 4) ?? year ?? (date is { Length: >= 4 } ? date[^4..] : null);
        bool Matches(Instrument i) => Fits(i.Id, head) && (exact is not null ? i.Adopted == exact : i.Adopted.StartsWith(wantedYear!, StringComparison.Ordinal));

        // Named already, or a protocol or parent of one named already, before anything else in the catalog.
        var related = new List<Instrument>();
        foreach (var mention in Enumerable.Reverse(before))
        {
            if (_catalog.Find(mention.InstrumentId!) is not { } named) continue;
            IEnumerable<Instrument> family = [named, .. _children[named.Id]];
            if (named.Parent is not null && _catalog.Find(named.Parent) is { } parent) family = family.Append(parent);
            related.AddRange(family.Where(Matches));
            if (related.Count > 0) break;
        }

        if (related.Select(i => i.Id).Distinct().Count() == 1) return related[0].Id;
        var anywhere = _catalog.Instruments.Where(Matches).ToList();
        return anywhere.Count == 1 ? anywhere[0].Id : null;
    }

    private static string? ParseDate(string text)
    {
        string[] formats = ["MMMM d, yyyy", "MMMM d yyyy", "d MMMM yyyy", "MMM. d, yyyy", "MMM d, yyyy"];
        return DateTime.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    private const string Heads = "Covenant|Convention|Charter|Treaty|Protocol|Statute|Declaration|Agreement|Pacte|Pacto|Convenio|Convención|Charte|Carta|Traité|Tratado|Protocole|Protocolo|Statut|Estatuto|Déclaration|Declaración|Accord|Acuerdo";

    /// <summary>An anaphor holds its head noun after at most a determiner, a year and "said" or "present".</summary>
    private static readonly TriggeredPattern s_anaphor = new(Anaphor(), Heads.Split('|'), StringComparison.Ordinal, wordsBefore: 3, extraPrefixChars: "'’-");

    [GeneratedRegex(@"\G(?<![\w-])(?:(?<det>[Tt]he|[Tt]hat|[Tt]his|[Ii]ts|[Tt]heir|[Ss]aid|[Ll]a|[Ll]e|[Ll]'|[Ll]’|[Ee]l|[Cc]ette|[Dd]icha|[Dd]icho)\s*)?(?:(?<year>1[89]\d\d|20\d\d)\s+)?(?:(?:present|said|same|above-mentioned)\s+)?(?<head>" + Heads + @")(?![\w-])(?:\s+of\s+(?<date>(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}))?")]
    private static partial Regex Anaphor();

    /// <summary>A head noun followed by these words begins a title ("the Declaration of Independence"), not an anaphor.</summary>
    [GeneratedRegex(@"^\s+(?:of|on|for|against|relating|relative|concerning|respecting|between|de|del|sur|sobre|contre|relatif|relative)\b")]
    private static partial Regex TitleFollows();
}
