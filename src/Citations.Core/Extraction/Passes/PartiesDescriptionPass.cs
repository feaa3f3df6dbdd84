using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Citations.Core.Extraction.Passes;

/// <summary>
/// A treaty between two States described by its parties instead of named: "the peace agreement between Israel and Jordan",
/// "the Jordanian-Israeli agreement", "the 1975 treaty signed by Iran and Iraq", "the treaty with Czechoslovakia" in a
/// speech of the Federal Republic of Germany (the speaker's State the other party), "the security pacts concluded by the
/// United States with Japan and the Philippines" (one for each). RULES.md: a description that pins down one instrument
/// counts. The catalog's instruments are read once for the States their names hold (<see cref="Countries"/>); those
/// with just two are the candidates. A description fits those whose two States it names, whose head noun fits its own,
/// adopted by the statement's date and, when it gives a year, in that year; the words before the head ("peace",
/// "armistice") that names between the two hold must be in its names, and there must be one such word or a year: two
/// States may have made a treaty the catalog lacks. It counts only when one instrument is left: "the agreement
/// between Israel and Jordan", of which there are several, stays unresolved. "an agreement between …" is some agreement,
/// and gives nothing. A title the catalog lacks found over the same words ("Agreement between Israel and Jordan") gives
/// way to the instrument described.
/// </summary>
internal sealed partial class PartiesDescriptionPass : IExtractionPass
{
    private readonly Countries _countries;

    /// <summary>The two States → the instruments between them.</summary>
    private readonly FrozenDictionary<(string, string), Bilateral[]> _between;

    /// <param name="Heads">The head nouns of its names, folded ("treaty", "agreement").</param>
    /// <param name="Words">Every word of its names, folded and singular.</param>
    private sealed record Bilateral(Instrument Instrument, FrozenSet<string> Heads, FrozenSet<string> Words);

    public PartiesDescriptionPass(ExtractionContext context, Countries? countries = null)
    {
        _countries = countries ?? Countries.BuiltIn;
        var between = new Dictionary<(string, string), List<Bilateral>>();
        foreach (var instrument in context.Catalog.Instruments)
        {
            if (instrument.Kind == InstrumentKind.Resolution || instrument.NotAnInstrument is not null) continue;
            var names = instrument.Names.Concat(instrument.InformalNames).Prepend(instrument.Title).ToList();
            var parties = names.SelectMany(_countries.In).Distinct(StringComparer.Ordinal).ToList();
            if (parties.Count != 2) continue;
            var words = names.SelectMany(TextNormalizer.Words).Select(w => ApproximateTitleMatcher.Singular(TextNormalizer.Fold(w))).ToFrozenSet(StringComparer.Ordinal);
            var heads = words.Where(s_heads.ContainsKey).Select(w => s_heads[w]).ToFrozenSet(StringComparer.Ordinal);
            if (heads.Count == 0) continue;
            var key = Pair(parties[0], parties[1]);
            if (!between.TryGetValue(key, out var list)) between[key] = list = [];
            list.Add(new Bilateral(instrument, heads, words));
        }

        _between = between.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray());
    }

    public void Run(ExtractionState state)
    {
        if (_between.Count == 0) return;
        var text = state.Text;
        var year = AmbiguousNamePass.StatementYear(state.Metadata.Date);
        string? speaker = null;
        var speakerRead = false;
        List<Mention>? found = null;
        foreach (var match in s_description.Matches(text, state.Steps))
        {
            state.Steps.Add();
            var start = match.Index;
            var headEnd = match.Index + match.Length;
            if (Catalogued(state.Mentions, start, headEnd) || IndefiniteBefore().IsMatch(text.AsSpan(Math.Max(0, start - 4), Math.Min(4, start)))) continue;
            var head = s_heads[ApproximateTitleMatcher.Singular(TextNormalizer.Fold(match.Groups["head"].Value))];
            var plural = match.Groups["head"].Value.EndsWith('s') && head != "accord" || match.Groups["head"].Value.EndsWith("ies", StringComparison.Ordinal);
            var before = Countries.Word.Read(text, start, match.Groups["head"].Index);
            var after = Countries.Word.Read(text, headEnd, Math.Min(text.Length, headEnd + AfterReach));
            var (pairs, end) = PartiesAfter(after, headEnd);
            var named = StatesIn(before);
            if (pairs.Count == 0 && named.Count == 2) pairs = [(named[0], named[1])];
            if (pairs.Count == 0 && named.Count < 2 && match.Groups["det"].Success && WithAfter(after) is { } with)
            {
                // "the Soviet treaty with India"; "the treaty with Czechoslovakia", the speaker's State the other party.
                if (named.Count == 0 && !speakerRead)
                {
                    speaker = Speaker(state.Metadata.Issuer);
                    speakerRead = true;
                }

                if ((named.Count == 1 ? named[0] : speaker) is { } party) (pairs, end) = (with.Others.ConvertAll(other => (party, other)), with.End);
            }

            if (pairs.Count == 0 || (pairs.Count > 1 && !plural)) continue;
            var modifiers = Modifiers(before);
            var given = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : (int?)null;
            var ids = new List<string>();
            foreach (var (a, b) in pairs)
            {
                if (a == b || Described(Pair(a, b), head, modifiers, given, year, state.Steps) is not { } id) break;
                ids.Add(id);
            }

            if (ids.Count != pairs.Count || Catalogued(state.Mentions, start, end)) continue;
            foreach (var id in ids)
            {
                (found ??= []).Add(new Mention { Start = start, End = end, Kind = MentionKind.ShortForm, InstrumentId = id, Confidence = Confidence.DescribedByParties });
            }
        }

        if (found is null) return;
        // A title the catalog lacks read over the same words ("Agreement between Israel and Jordan") is the description's.
        state.Mentions.RemoveAll(m => !m.Catalogued && found.Exists(f => f.Start < m.End && m.Start < f.End));
        foreach (var mention in found) state.Mentions.Add(mention);
    }

    /// <summary>Whether a catalogued mention overlaps [start, end): a name read there keeps its reading.</summary>
    private static bool Catalogued(MentionSet mentions, int start, int end) => mentions.FirstOverlapping(start, end, m => m.Catalogued) is not null;

    /// <summary>
    /// The one instrument between the pair whose head noun fits, adopted by the statement's year and in the year given, whose
    /// names hold every word before the head that any name of an instrument between them holds ("peace", "armistice"; an
    /// adjective none has, "historic", is left aside); null when none or several.
    /// </summary>
    private string? Described((string, string) pair, string head, List<string> modifiers, int? given, int? year, StepCounter steps)
    {
        if (!_between.TryGetValue(pair, out var candidates)) return null;
        var telling = modifiers.FindAll(word => Array.Exists(candidates, c => c.Words.Contains(word)));
        // Two States may have made a treaty the catalog lacks: without a word of the name or a year ("the recent
        // Israel-Lebanon agreement", "the treaties between …"), the one catalogued between them is no safer a reading.
        if (telling.Count == 0 && given is null) return null;
        string? only = null;
        foreach (var candidate in candidates)
        {
            steps.Add();
            var adopted = candidate.Instrument.AdoptionYear;
            if (!HeadFits(head, candidate.Heads) || (given is { } g && adopted != g) || (year is { } y && adopted > y)
                || !telling.TrueForAll(candidate.Words.Contains)) continue;
            if (only is not null) return null;
            only = candidate.Instrument.Id;
        }

        return only;
    }

    /// <summary>"treaty", "agreement", "accord" and "pact" fit a name of any of those heads or "convention"; "convention" and "protocol" only their own.</summary>
    private static bool HeadFits(string head, FrozenSet<string> heads) =>
        head is "convention" or "protocol" ? heads.Contains(head) : heads.Overlaps(s_treatyHeads);

    private static readonly string[] s_treatyHeads = ["treaty", "agreement", "accord", "pact", "convention"];

    /// <summary>
    /// The States named after the head: "between A and B", "signed by A and B", "concluded by A with B and C" (a pair for
    /// each), and where the phrase ends.
    /// </summary>
    private (List<(string, string)> Pairs, int End) PartiesAfter(List<Countries.Word> words, int headEnd)
    {
        var k = 0;
        if (k < words.Count && s_participles.Contains(words[k].Folded)) k++;
        if (k >= words.Count || words[k].Folded is not ("between" or "by") || Punctuated(words, k)) return ([], headEnd);
        k++;
        if (_countries.At(words, k) is not { } first) return ([], headEnd);
        k = first.Next;
        if (k < words.Count && words[k].Folded == "and" && !Punctuated(words, k) && _countries.At(words, k + 1) is { } second)
        {
            return ([(first.Id, second.Id)], words[second.Next - 1].End);
        }

        if (k < words.Count && words[k].Folded == "with" && !Punctuated(words, k) && Listed(words, k + 1) is { } others)
        {
            return (others.Ids.ConvertAll(other => (first.Id, other)), others.End);
        }

        return ([], headEnd);
    }

    /// <summary>"with Czechoslovakia", "concluded with Japan and the Philippines": the States named, and where they end.</summary>
    private (List<string> Others, int End)? WithAfter(List<Countries.Word> words)
    {
        var k = 0;
        if (k < words.Count && s_participles.Contains(words[k].Folded)) k++;
        if (k >= words.Count || words[k].Folded != "with" || Punctuated(words, k)) return null;
        return Listed(words, k + 1) is { } listed ? (listed.Ids, listed.End) : null;
    }

    /// <summary>"Japan", "Japan and the Philippines", "Poland, Czechoslovakia and Hungary" from word k.</summary>
    private (List<string> Ids, int End)? Listed(List<Countries.Word> words, int k)
    {
        var ids = new List<string>();
        var end = 0;
        while (_countries.At(words, k) is { } country)
        {
            ids.Add(country.Id);
            end = words[country.Next - 1].End;
            k = country.Next;
            if (k >= words.Count || words[k].Folded != "and" && !(words[k].Gap.Trim() == "," && _countries.At(words, k) is not null)) break;
            if (words[k].Folded == "and") k++;
        }

        return ids.Count == 0 ? null : (ids, end);
    }

    /// <summary>The States named before the head: "the Jordanian-Israeli agreement", "the Iran-Iraq Treaty", "the Soviet treaty".</summary>
    private List<string> StatesIn(List<Countries.Word> words)
    {
        var ids = new List<string>();
        for (var k = 0; k < words.Count; k++)
        {
            if (_countries.At(words, k) is not { } country) continue;
            ids.Add(country.Id);
            k = country.Next - 1;
        }

        return ids;
    }

    /// <summary>The words before the head that may tell one treaty from another: not a determiner, not a State's name.</summary>
    private List<string> Modifiers(List<Countries.Word> words)
    {
        var modifiers = new List<string>();
        for (var k = 0; k < words.Count; k++)
        {
            if (_countries.At(words, k) is { } country)
            {
                k = country.Next - 1;
                continue;
            }

            if (!s_determiners.Contains(words[k].Folded)) modifiers.Add(ApproximateTitleMatcher.Singular(words[k].Folded));
        }

        return modifiers;
    }

    /// <summary>Whether punctuation stands before word k: "the treaty, with Japan" is not the treaty with Japan.</summary>
    private static bool Punctuated(List<Countries.Word> words, int k) => words[k].Gap.AsSpan().IndexOfAny(",;:.()") >= 0;

    /// <summary>The speaker's State from the statement's issuer ("Federal Republic of Germany", "Iran (Islamic Republic of)").</summary>
    private string? Speaker(string? issuer)
    {
        if (string.IsNullOrWhiteSpace(issuer)) return null;
        if (_countries.Of(issuer) is { } id) return id;
        var open = issuer.IndexOf('(');
        if (open <= 0) return null;
        var inside = issuer[(open + 1)..].TrimEnd(')', ' ');
        return _countries.Of(inside + " " + issuer[..open].Trim()) ?? _countries.Of(issuer[..open]);
    }

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    /// <summary>How far after the head noun the parties are read.</summary>
    private const int AfterReach = 120;

    private static readonly FrozenSet<string> s_determiners = FrozenSet.Create(StringComparer.Ordinal, "the", "those", "these", "that", "this");

    private static readonly FrozenSet<string> s_participles = FrozenSet.Create(StringComparer.Ordinal, "signed", "concluded", "reached", "made");

    /// <summary>Head nouns, folded and singular, → the head they are.</summary>
    private static readonly FrozenDictionary<string, string> s_heads = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["treaty"] = "treaty", ["treatie"] = "treaty", ["agreement"] = "agreement", ["accord"] = "accord", ["pact"] = "pact",
        ["convention"] = "convention", ["protocol"] = "protocol",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>A description holds its head after at most a determiner, a year and three words.</summary>
    private static readonly TriggeredPattern s_description = new(Description(), ["Treat", "treat", "greement", "ccord", "Pact", "pact", "onvention", "rotocol"], StringComparison.Ordinal, wordsBefore: 5, extraPrefixChars: "-'’");

    /// <summary>"the peace agreement", "the 1975 Treaty", "the Jordanian-Israeli agreement", "Armistice Agreements".</summary>
    [GeneratedRegex(@"\G(?<![\w-])(?:(?<det>[Tt]he|[Tt]hose|[Tt]hese|[Tt]hat|[Tt]his)\s+)?(?:(?<year>1[89]\d\d|20\d\d)\s+)?(?:(?!(?:the|a|an|and|or|of|to|in|on|for|with|by|at|from|that|which|is|was|are|were|its|their|our|his|her)\s)[\w’'-]+\s+){0,3}?(?<head>[Tt]reat(?:y|ies)|[Aa]greements?|[Aa]ccords?|[Pp]acts?|[Cc]onventions?|[Pp]rotocols?)(?![\w-])")]
    private static partial Regex Description();

    [GeneratedRegex(@"(?:^|[^\w-])(?:[Aa]|[Aa]n)\s+$")]
    private static partial Regex IndefiniteBefore();
}
