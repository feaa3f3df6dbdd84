using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Citations.Core.Extraction.Passes;

/// <summary>
/// A body's founding instrument named through the body: "Article 38 of its Statute" after "the International Court
/// of Justice", "its Charter" after "the Organization of American States", "the Court's Statute", "the Statute of the
/// Court". The bodies are read from the catalog's own names ("Statute of the International Court of Justice", "OAS
/// Charter"), so no list is kept here. The body must be named shortly before the reference, and the nearest body
/// named there decides; a reference with no such body is left to the other passes.
/// </summary>
internal sealed partial class FoundingInstrumentPass : IExtractionPass
{
    /// <summary>"statute|international court of justice" → ICJ-STATUTE: a head noun and a body's name (folded), for each pair one instrument holds.</summary>
    private readonly FrozenDictionary<string, string> _byHeadAndBody;
    /// <summary>
    /// The bodies' names as written, longest first, each with the body it names and that body's words. In a UN text "the
    /// Organization" is the United Nations (as "the Charter" is its Charter), so it is one more name of that body.
    /// </summary>
    private readonly (string Name, string Body, string[] Words)[] _bodies;

    /// <summary>How far before a reference its body is looked for (about a paragraph of a speech).</summary>
    private const int Reach = 600;

    /// <summary>How far back a body is looked for when its short name ("the Court") stands in the reference's sentence.</summary>
    private const int FarReach = 3000;

    private readonly InstrumentCatalog _catalog;

    public FoundingInstrumentPass(ExtractionContext context)
    {
        _catalog = context.Catalog;
        var pairs = (
            from instrument in context.Catalog.Instruments
            where instrument.Parent is null && instrument.Kind is not (InstrumentKind.Protocol or InstrumentKind.Resolution)
            from name in instrument.Names.Concat(instrument.InformalNames).Append(instrument.Title)
            let shape = NameShape().Match(name)
            where shape.Success
            select (Head: shape.Groups["head"].Value, Body: shape.Groups["body"].Value.Trim(), instrument.Id)).ToList();
        _byHeadAndBody = UniqueKeys.Of(pairs.Select(p => (Key(p.Head, p.Body), p.Id)));
        var bodies = pairs.Select(p => p.Body).Distinct(StringComparer.Ordinal).Select(b => (Name: b, Body: b)).ToList();
        if (bodies.Exists(b => b.Body == UnitedNations)) bodies.AddRange(UnOrganization.Select(n => (n, UnitedNations)));
        _bodies = [.. bodies.OrderByDescending(b => b.Name.Length).Select(b => (b.Name, b.Body, TextNormalizer.Words(b.Body).ToArray()))];
    }

    public void Run(ExtractionState state)
    {
        var text = state.Text;
        List<Mention>? found = null;
        foreach (var match in s_reference.Matches(text, state.Steps, (trigger, _) => !MayBeReference(text, trigger)))
        {
            state.Steps.Add();
            var head = match.Groups["head"].Value;
            var shortName = match.Groups["short"].Success ? match.Groups["short"].Value : null;
            if (state.Mentions.Overlaps(match.Index, match.Index + match.Length)) continue;
            // A bare "the Statute" after a statute was named is that statute's short form, for the short forms to read.
            if (match.Groups["bare"].Success && StatuteNamedBefore(state, match.Index)) continue;
            var body = NearestBody(text, match.Index, shortName, Reach, state.Steps);
            // "The Court thus seems … to quote Article 38 of its Statute": the body's short name earlier in the sentence
            // points further back, to where its full name was last written.
            if (body is null && shortName is null && ShortNameInSentence(text, match.Index) is { } inSentence)
            {
                body = NearestBody(text, match.Index, inSentence, FarReach, state.Steps);
            }

            if (body is null) continue;
            if (!_byHeadAndBody.TryGetValue(Key(head, body), out var id)) continue;
            (found ??= []).Add(new Mention
            {
                Start = match.Index, End = match.Index + match.Length, Kind = MentionKind.ShortForm, InstrumentId = id,
                Confidence = Confidence.ShortFormResolved,
            });
        }

        if (found is not null) state.Mentions.AddWithoutOverlap(found);
    }

    private bool StatuteNamedBefore(ExtractionState state, int position)
    {
        var mentions = state.Mentions;
        for (var k = 0; k < mentions.Count && mentions[k].Start < position; k++)
        {
            state.Steps.Add();
            if (mentions[k].InstrumentId is { } id && _catalog.Find(id) is { Kind: InstrumentKind.Statute }) return true;
        }

        return false;
    }

    /// <summary>
    /// The body named nearest before <paramref name="position"/> (within <paramref name="reach"/>); with a
    /// short name ("the Court's"), the nearest whose name holds that word.
    /// </summary>
    private string? NearestBody(string text, int position, string? shortName, int reach, StepCounter steps)
    {
        var from = Math.Max(0, position - reach);
        var window = text.AsSpan(from, position - from);
        string? nearest = null;
        var nearestAt = -1;
        var nearestLength = 0;
        foreach (var (name, body, words) in _bodies)
        {
            steps.Add();
            if (shortName is not null && Array.IndexOf(words, shortName) < 0) continue;
            var at = window.LastIndexOf(name, StringComparison.Ordinal);
            // Longest names come first: a shorter one found inside a longer one already taken is not nearer.
            if (at > nearestAt && (at == 0 || !char.IsLetterOrDigit(window[at - 1])))
            {
                var end = at + name.Length;
                if (end < window.Length && char.IsLetterOrDigit(window[end])) continue;
                if (nearest is not null && at < nearestAt + nearestLength) continue;
                nearest = body;
                nearestAt = at;
                nearestLength = name.Length;
            }
        }

        return nearest;
    }

    /// <summary>The short name ("Court") the reference's sentence gives its subject before the reference ("The Court … its Statute"), or null.</summary>
    private static string? ShortNameInSentence(string text, int position)
    {
        var start = position;
        while (start > 0 && text[start - 1] is not ('.' or '\n')) start--;
        var match = ShortName().Match(text, start, position - start);
        return match.Success ? match.Groups["short"].Value : null;
    }

    [GeneratedRegex(@"\b[Tt]he\s+(?<short>Court|Tribunal|League|Agency)\b")]
    private static partial Regex ShortName();

    /// <summary>
    /// Whether the head noun at <paramref name="head"/> may be read as a reference: after "its", "their" or a possessive
    /// ("Court's"), or "Statute" before "of the". Most "Charter"s are neither, and the pattern need not be tried there.
    /// </summary>
    internal static bool MayBeReference(string text, int head)
    {
        if (text.AsSpan(head).StartsWith("Statute of the", StringComparison.Ordinal)) return true;
        var k = head;
        while (k > 0 && char.IsWhiteSpace(text[k - 1])) k--;
        if (k == head) return false;
        var end = k;
        while (k > 0 && char.IsLetter(text[k - 1])) k--;
        var word = text.AsSpan(k, end - k);
        if (word is "its" or "Its" or "their" or "Their") return true;
        // "Article 41 of the Statute" after the Court: the one statute of the body named shortly before.
        if (word is "the" or "The" && text.AsSpan(head).StartsWith("Statute", StringComparison.Ordinal) && !text.AsSpan(head + "Statute".Length).TrimStart().StartsWith("of ", StringComparison.Ordinal)) return true;
        return word.Length == 1 && word[0] == 's' && k > 0 && text[k - 1] is '\'' or '’';
    }

    private const string UnitedNations = "United Nations";

    private static readonly string[] UnOrganization = ["the Organization", "our Organization", "this Organization", "the Organisation", "our Organisation"];

    private static string Key(string head, string body) =>
        TextNormalizer.Fold(head) + "|" + string.Join(' ', TextNormalizer.Words(body).Select(TextNormalizer.Fold));

    private const string Heads = @"Statute|Charter|Constitution|Constitutive\s+Act|Covenant|Pact";

    /// <summary>
    /// A founding instrument's name: "[Rome] Statute of the International Criminal Court", "Charter of the Organization of
    /// American States (1948)", or an abbreviation of the body before the head, "OAS Charter", "ICJ Statute".
    /// </summary>
    [GeneratedRegex(@"^(?:(?:[A-Z][a-z]+\s+)?(?<head>" + Heads + @")\s+of\s+the\s+(?<body>[A-Z][^()]*?)|(?<body>[A-Z]{2,6})\s+(?<head>" + Heads + @"))\s*(?:\(.*\))?$")]
    private static partial Regex NameShape();

    /// <summary>"its Statute", "their Charter", "the Court's Statute", "the Statute of the Court".</summary>
    private static readonly TriggeredPattern s_reference = new(
        Reference(), ["Statute", "Charter", "Constitution", "Constitutive", "Covenant", "Pact"], StringComparison.Ordinal, wordsBefore: 3, extraPrefixChars: "’'");

    [GeneratedRegex(@"\G(?:(?:[Ii]ts|[Tt]heir)\s+(?<head>" + Heads + @")|(?<bare>[Tt]he)\s+(?<head>Statute)(?!\s+of\b)(?![\w-])|the\s+(?<short>Court|Organization|Organisation|Union|League|Tribunal|Agency|Council)['’]s\s+(?<head>" + Heads + @")|(?<head>Statute)\s+of\s+the\s+(?<short>Court|Tribunal))\b")]
    private static partial Regex Reference();
}
