using System.Text.RegularExpressions;

namespace Citations.Core.Extraction.Passes;

/// <summary>
/// One plural head noun shared by a list, each item of which, read with the head in the singular, is a
/// catalogued name:
/// <list type="bullet">
/// <item>"the Treaties of Tlatelolco, Rarotonga, Bangkok and Pelindaba" ("Treaty of Rarotonga");</item>
/// <item>"the Conventions on Climate Change and on Biological Diversity", "the Vienna Conventions on Diplomatic and
/// Consular Relations" ("Convention on Biological Diversity", "Vienna Convention on Diplomatic Relations");</item>
/// <item>"the Basel, Rotterdam and Stockholm Conventions", "the Chemical and Biological Weapons Conventions"
/// ("Rotterdam Convention", "Chemical Weapons Convention").</item>
/// </list>
/// An item may borrow the next item's closing words ("Diplomatic" … "Consular Relations") or the first item's opening
/// words ("Peace with Hungary, Romania …"), and the words before the head may be left out when the item is not named
/// with them ("the Framework Conventions on Climate Change and Biological Diversity"). Each name is looked up with the
/// catalog matcher; an item no name answers to gives nothing, and so does a list of subjects no instrument is named by
/// ("the conventions on human rights and on terrorism"). A list with an ambiguous name in it gives nothing at all.
/// </summary>
internal sealed partial class PluralTitleListPass(ExtractionContext context) : IExtractionPass
{
    /// <summary>The most words an item of a list after the head is read with: the rest of a sentence is not a name.</summary>
    private const int MaxItemWords = 7;

    public void Run(ExtractionState state)
    {
        var found = new List<Mention>();
        var list = new List<Mention>();
        foreach (var match in s_subjectList.Matches(state.Text, state.Steps, (trigger, _) => !MayOpenSubjects(state.Text, trigger))) Keep(found, list, () => ReadSubjects(state, match, list));
        foreach (var match in s_modifierList.Matches(state.Text, state.Steps, (trigger, _) => !MayCloseModifiers(state.Text, trigger))) Keep(found, list, () => ReadModifiers(state, match, list));
        found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        state.Mentions.AddWithoutOverlap(found);
    }

    /// <summary>
    /// Whether a head at <paramref name="head"/> may open a list of subjects: "on", "of", "against" or "relating"
    /// right after it. Most plural heads ("the conventions we signed") have none.
    /// </summary>
    private static bool MayOpenSubjects(string text, int head)
    {
        var k = head;
        while (k < text.Length && char.IsLetter(text[k])) k++;
        var gap = k;
        while (k < text.Length && char.IsWhiteSpace(text[k])) k++;
        if (k == gap) return false;
        var next = text.AsSpan(k);
        foreach (var preposition in s_prepositions)
        {
            if (next.Length > preposition.Length && next.StartsWith(preposition, StringComparison.Ordinal) && char.IsWhiteSpace(next[preposition.Length])) return true;
        }

        return false;
    }

    /// <summary>The words <see cref="SubjectList"/> takes right after its head.</summary>
    private static readonly string[] s_prepositions = ["on", "of", "against", "relating"];

    /// <summary>
    /// Whether a head at <paramref name="head"/> may close a list of modifiers: its last item, one to three capitalised
    /// words (perhaps after "the"), right before it, and a comma or "and" right before that item. Most plural heads
    /// ("the Conventions", "Geneva Conventions", "the four Geneva Conventions") have not.
    /// </summary>
    internal static bool MayCloseModifiers(string text, int head)
    {
        var k = head;
        var capitals = 0;
        for (var words = 0; words < 5; words++)
        {
            while (k > 0 && char.IsWhiteSpace(text[k - 1])) k--;
            if (k > 0 && text[k - 1] == ',') return capitals > 0;
            var wordEnd = k;
            while (k > 0 && (char.IsLetterOrDigit(text[k - 1]) || text[k - 1] is '\'' or '’' or '-')) k--;
            if (k == wordEnd) return false;
            var word = text.AsSpan(k, wordEnd - k);
            if (word is "and") return capitals > 0;
            if (word is "the" or "The") continue;
            if (!char.IsUpper(word[0]) || ++capitals > 3) return false;
        }

        return false;
    }

    /// <summary>
    /// The names one list gives, unless one of them is ambiguous: "the Moscow and Warsaw Treaties concluded by the
    /// Federal Republic of Germany" are not the Test-Ban Treaty and the Warsaw Pact, and a list whose items may be other
    /// instruments than their names' best-known ones is left alone as a whole.
    /// </summary>
    private static void Keep(List<Mention> found, List<Mention> list, Action read)
    {
        list.Clear();
        read();
        if (list.TrueForAll(m => m.InstrumentId is not null)) found.AddRange(list);
    }

    /// <summary>
    /// "Conventions on Climate Change and on Biological Diversity": "Convention on Climate Change" for each subject;
    /// "Treaties of Tlatelolco, Rarotonga and Pelindaba": "Treaty of Rarotonga" for each place.
    /// </summary>
    private void ReadSubjects(ExtractionState state, Match match, List<Mention> found)
    {
        var text = state.Text;
        var before = match.Groups["before"];
        var head = Singular(match.Groups["head"].Value) + " " + Words(match.Groups["prep"].Value);
        var heads = before.Length > 0 ? new[] { Words(before.Value) + " " + head, head } : [head];
        var items = match.Groups["item"].Captures;
        var first = TextWords(text, items[0]);
        for (var k = 0; k < items.Count; k++)
        {
            var start = k == 0 ? match.Index : items[k].Index;
            var words = TextWords(text, items[k]);
            if (k < items.Count - 1)
            {
                // "Diplomatic and Consular Relations": an item before the last may borrow the next one's closing words.
                var subjects = Tails(words, TextWords(text, items[k + 1]));
                if (k > 0) subjects.AddRange(Openings(first).Select(opening => opening + Joined(words)));
                if (FirstNamed(state, heads, subjects, h => h + " ", _ => "") is { } named) found.Add(At(named, text, start, items[k].Index + items[k].Length));
                continue;
            }

            // The last item runs on into the sentence: its longest opening that is a name is the name.
            string[] borrowed = k > 0 ? ["", .. Openings(first)] : [""];
            (Mention Named, int Taken)? best = null;
            foreach (var h in heads)
            {
                foreach (var opening in borrowed)
                {
                    if (LongestNamed(state, h + " " + opening, words) is { } reading && reading.Taken > (best?.Taken ?? 0)) best = reading;
                }
            }

            if (best is { } chosen) found.Add(At(chosen.Named, text, start, words[chosen.Taken - 1].End));
        }
    }

    /// <summary>
    /// The first item's opening words, longest first, for an item after it to be read with: "Peace with Hungary" and
    /// "Romania" give "Peace with Romania".
    /// </summary>
    private static IEnumerable<string> Openings(List<(string Word, int End)> first)
    {
        for (var n = first.Count - 1; n >= 1; n--) yield return Joined(first.Take(n)) + " ";
    }

    private static string Joined(IEnumerable<(string Word, int End)> words) => string.Join(' ', words.Select(w => w.Word));

    /// <summary>"the Basel, Rotterdam and Stockholm Conventions": "Basel Convention", "Rotterdam Convention" and "Stockholm Convention".</summary>
    private void ReadModifiers(ExtractionState state, Match match, List<Mention> found)
    {
        var text = state.Text;
        var plural = match.Groups["head"].Value;
        // "the Geneva and Hague Conventions": the plural is a name of its own ("Geneva Conventions") before the singular is.
        string[] heads = [plural, Singular(plural)];
        var items = match.Groups["item"].Captures;
        for (var k = 0; k < items.Count; k++)
        {
            var words = TextWords(text, items[k]);
            var isLast = k == items.Count - 1;
            var end = isLast ? match.Index + match.Length : items[k].Index + items[k].Length;
            var subjects = isLast ? [Joined(words)] : Tails(words, TextWords(text, items[k + 1]));
            if (FirstNamed(state, heads, subjects, _ => "", h => " " + h) is { } named) found.Add(At(named, text, items[k].Index, end));
        }
    }

    /// <summary>The first of the names, head by head and subject by subject, that the catalog holds.</summary>
    private Mention? FirstNamed(ExtractionState state, IEnumerable<string> heads, IReadOnlyList<string> subjects, Func<string, string> beforeSubject, Func<string, string> afterSubject)
    {
        foreach (var head in heads)
        {
            foreach (var subject in subjects)
            {
                if (Lookup(state, beforeSubject(head) + subject + afterSubject(head)) is { } named) return named;
            }
        }

        return null;
    }

    /// <summary>
    /// The item's own words, then with each ending of the next item's words after its first ("Diplomatic" and
    /// "Consular Relations" give "Diplomatic" and "Diplomatic Relations"), shortest ending first.
    /// </summary>
    private static List<string> Tails(List<(string Word, int End)> words, List<(string Word, int End)> next)
    {
        var own = Joined(words);
        var subjects = new List<string> { own };
        for (var n = next.Count - 1; n >= 1; n--) subjects.Add(own + " " + Joined(next.Skip(n)));
        return subjects;
    }

    /// <summary>
    /// The mention the catalog matcher finds in <paramref name="name"/>, if it covers the whole name: a name of one
    /// instrument, or an ambiguous name with its candidates.
    /// </summary>
    private Mention? Lookup(ExtractionState state, string name) =>
        NameAtStart(state, name) is { } named && named.End == name.Length ? named : null;

    /// <summary>
    /// The longest name <paramref name="before"/> and the opening words of <paramref name="words"/> make, and how many
    /// of the words it takes; one search finds it, since the catalog matcher takes the longest name at each word.
    /// </summary>
    private (Mention Named, int Taken)? LongestNamed(ExtractionState state, string before, List<(string Word, int End)> words)
    {
        if (NameAtStart(state, before + Joined(words)) is not { } named) return null;
        var end = before.Length;
        for (var n = 0; n < words.Count; n++)
        {
            end += words[n].Word.Length;
            if (named.End == end) return (named, n + 1);
            end++;
        }

        return null;
    }

    /// <summary>The name the catalog matcher reads at the start of <paramref name="name"/> (after an opening "the"), if any.</summary>
    private Mention? NameAtStart(ExtractionState state, string name)
    {
        state.Steps.Add();
        var found = CatalogMatcher.Find(name, context.Names, state.Steps, context.Patterns);
        var opening = name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? 4 : 0;
        return found.Count > 0 && found[0].Start == opening && (found[0].InstrumentId is not null || found[0].Candidates.Count > 1) ? found[0] : null;
    }

    /// <summary>The mention over [start, end) of the text, after any opening "the".</summary>
    private static Mention At(Mention named, string text, int start, int end) => new()
    {
        Start = s_openingThe.Match(text, start, end - start) is { Success: true } the ? start + the.Length : start,
        End = end,
        Kind = named.InstrumentId is null ? named.Kind : MentionKind.InformalName,
        InstrumentId = named.InstrumentId,
        Candidates = named.Candidates,
        Confidence = Confidence.InformalName,
    };

    /// <summary>An item's words and where each ends in the text, at most <see cref="MaxItemWords"/>.</summary>
    private static List<(string Word, int End)> TextWords(string text, Capture item) =>
        [.. s_word.Matches(text.Substring(item.Index, item.Length)).Take(MaxItemWords).Select(m => (m.Value, item.Index + m.Index + m.Length))];

    private static string Words(string phrase) => string.Join(' ', s_word.Matches(phrase).Select(m => m.Value));

    private static string Singular(string plural) => plural switch
    {
        "Treaties" or "treaties" => plural[..^3] + "y",
        _ => plural[..^1],
    };

    private static readonly Regex s_word = Word();

    private static readonly Regex s_openingThe = OpeningThe();

    /// <summary>A list of subjects has at most three capitalised words ("United Nations Framework") before its head.</summary>
    private static readonly TriggeredPattern s_subjectList = new(
        SubjectList(), ["Conventions", "Treaties", "Agreements", "Accords", "Protocols", "Declarations", "conventions", "treaties", "agreements", "protocols"],
        StringComparison.Ordinal, wordsBefore: 3, extraPrefixChars: "'’-");

    /// <summary>
    /// A list of modifiers comes before its head, in at most eight words ("the Biological and Toxin Weapons and
    /// Chemical Weapons Conventions" has seven).
    /// </summary>
    private static readonly TriggeredPattern s_modifierList = new(
        ModifierList(), ["Conventions", "Treaties", "Agreements", "Accords", "Protocols", "Declarations"], StringComparison.Ordinal, wordsBefore: 8, extraPrefixChars: "'’-,",
        TriggeredPattern.AsciiCapitals);

    /// <summary>A capitalised modifier of up to three words, none of them a plural head: "the Ottawa and Oslo Conventions and the Geneva …" is two lists.</summary>
    private const string Modifier = @"(?:[Tt]he\s+)?(?!" + PluralHeads + @"\b)[A-Z][\w'’-]+(?:\s+(?!" + PluralHeads + @"\b)[A-Z][\w'’-]+){0,2}";

    private const string PluralHeads = "(?:Treaties|Conventions|Agreements|Accords|Protocols|Declarations)";

    /// <summary>Between the items of a list: a comma, "and", or both.</summary>
    private const string Separator = @"(?:\s*,\s*(?:and\s+)?|\s+and\s+)";

    /// <summary>
    /// "Conventions on climate change and biodiversity", "Vienna Conventions on Diplomatic and Consular Relations":
    /// an item is a run of words up to the next comma, "and", "or" or "on", and may repeat the preposition.
    /// "Accords" and "Declarations" are heads only in capitals ("the Declarations of Lima and Manila").
    /// </summary>
    [GeneratedRegex(@"\G(?<before>(?:(?![Tt]he\b)[A-Z][\w'’-]*\s+){0,3})(?<head>Conventions|Treaties|Agreements|Accords|Protocols|Declarations|conventions|treaties|agreements|protocols)\s+(?<prep>on|of|against|relating\s+to)\s+(?<item>(?:[\w'’-]+)(?:\s+(?!(?:and|or|on)\b)[\w'’-]+){0,6}?)(?:" + Separator + @"(?:(?:on|against|relating\s+to|to|of)\s+)?(?<item>(?!(?:and|or|on)\b)[\w'’-]+(?:\s+(?!(?:and|or|on)\b)[\w'’-]+){0,6}))+")]
    private static partial Regex SubjectList();

    /// <summary>
    /// "the Basel, Rotterdam and Stockholm Conventions", "the Biological and Toxin Weapons and Chemical Weapons
    /// Conventions": capitalised items of one to three words, the head after the last; a head followed by "on" or "of"
    /// takes its list after it instead.
    /// </summary>
    [GeneratedRegex(@"\G(?<item>" + Modifier + ")(?:" + Separator + "(?<item>" + Modifier + @"))+\s+(?<head>Conventions|Treaties|Agreements|Accords|Protocols|Declarations)(?![\w'’-])(?!\s+(?:on|of|against|relating)\b)")]
    private static partial Regex ModifierList();

    [GeneratedRegex(@"\G[Tt]he\s+")]
    private static partial Regex OpeningThe();

    [GeneratedRegex(@"[\w'’-]+")]
    private static partial Regex Word();
}
