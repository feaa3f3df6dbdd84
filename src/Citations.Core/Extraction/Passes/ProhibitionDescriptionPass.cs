using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Citations.Core.Extraction.Passes;

/// <summary>
/// A ban treaty described by what it bans instead of named: "the convention banning chemical weapons", "the treaty
/// prohibiting nuclear weapons", "the Convention on the prohibition of anti-personnel mines" (RULES.md: a descriptive
/// phrase that pins down one instrument counts). The catalog's instruments whose names ban something ("Convention on
/// the Prohibition of … Chemical Weapons …", "Treaty Banning Nuclear Weapon Tests …") are read once for what they ban,
/// the acts ("development", "use", "destruction") and small words left out. A description fits an instrument when the
/// words it bans are all among the instrument's and make at least half of them, and the head noun fits the name's;
/// the description's words, up to the first that no such instrument bans, must fit exactly one, or of several exactly
/// one must ban just those words. A description with "a" ("a
/// treaty banning …") is a proposal: nothing. "The convention banning chemical weapons" while it was negotiated counts
/// (rule 6), within the years <see cref="AnachronismPass"/> allows.
/// </summary>
internal sealed partial class ProhibitionDescriptionPass : IExtractionPass
{
    /// <summary>The most words of the banned thing read after the verb.</summary>
    private const int MaxObjectWords = 8;

    private readonly List<BanTreaty> _treaties;

    /// <param name="Bans">What the name bans, folded and singular ("chemical", "weapon").</param>
    private sealed record BanTreaty(Instrument Instrument, string Head, FrozenSet<string> Bans);

    public ProhibitionDescriptionPass(ExtractionContext context)
    {
        _treaties = [];
        foreach (var instrument in context.Catalog.Instruments)
        {
            if (instrument.Kind == InstrumentKind.Resolution || instrument.NotAnInstrument is not null) continue;
            foreach (var name in instrument.Names.Prepend(instrument.Title))
            {
                var words = TextNormalizer.Words(name).ConvertAll(TextNormalizer.Fold);
                var verb = words.FindIndex(w => w is "prohibition" or "banning" or "ban");
                if (verb < 1 || !s_heads.Contains(words[0])) continue;
                var bans = words.Skip(verb + 1).Where(w => !s_acts.Contains(w) && !s_smallWords.Contains(w)).Select(ApproximateTitleMatcher.Singular).ToFrozenSet(StringComparer.Ordinal);
                if (bans.Count == 0) continue;
                _treaties.Add(new BanTreaty(instrument, words[0], bans));
                break;
            }
        }
    }

    public void Run(ExtractionState state)
    {
        if (_treaties.Count == 0) return;
        var text = state.Text;
        List<Mention>? found = null;
        foreach (var match in s_description.Matches(text, state.Steps))
        {
            state.Steps.Add();
            if (state.Mentions.Overlaps(match.Index, match.Index + match.Length)) continue;
            var head = TextNormalizer.Fold(match.Groups["head"].Value);
            var (treaty, end) = Banned(text, match.Index + match.Length, head, state.Steps);
            if (treaty is null || state.Mentions.Overlaps(match.Index, end)) continue;
            if (match.Groups["year"].Success && treaty.Instrument.AdoptionYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) != match.Groups["year"].Value) continue;
            (found ??= []).Add(new Mention
            {
                Start = match.Index, End = end, Kind = MentionKind.ShortForm, InstrumentId = treaty.Instrument.Id, Confidence = Confidence.DescribedByPurpose,
            });
        }

        if (found is not null) state.Mentions.AddWithoutOverlap(found);
    }

    /// <summary>
    /// The one ban treaty the words from <paramref name="from"/> describe, and where its description ends: the words
    /// up to punctuation or to the first word no treaty of the head noun bans, when they fit exactly one.
    /// </summary>
    private (BanTreaty? Treaty, int End) Banned(string text, int from, string head, StepCounter steps)
    {
        var read = new List<string>();
        BanTreaty? best = null;
        var bestEnd = from;
        var k = from;
        for (var count = 0; count < MaxObjectWords; count++)
        {
            var before = k;
            if (TextNormalizer.NextFoldedWord(text, ref k) is not { } folded) break;
            // Punctuation ends the description ("… chemical weapons, and …").
            if (text.AsSpan(before, k - before - folded.Length).IndexOfAny(",;:.()\"“”") >= 0) break;
            var wordEnd = k;
            if (s_smallWords.Contains(folded) || s_acts.Contains(folded)) continue;
            var word = ApproximateTitleMatcher.Singular(folded);
            if (read.Contains(word)) continue;
            read.Add(word);
            BanTreaty? only = null;
            BanTreaty? exact = null;
            var holding = 0;
            var fitting = 0;
            var exactly = 0;
            foreach (var treaty in _treaties)
            {
                steps.Add();
                if (!HeadFits(treaty.Head, head) || !Holds(treaty.Bans, read)) continue;
                holding++;
                if (read.Count * 2 < treaty.Bans.Count) continue;
                only = treaty;
                fitting++;
                if (read.Count != treaty.Bans.Count) continue;
                exact = treaty;
                exactly++;
            }

            // A word no treaty bans ends the description ("… chemical weapons entered into force"); until then, what the
            // words so far describe is what counts ("the treaty prohibiting … nuclear weapons on the sea-bed" is not the
            // treaty on nuclear weapons alone).
            if (holding == 0) break;
            // Of several that fit, one that bans just what the words say: "glass weapons" is the convention on glass
            // weapons, not the one on glass and stone weapons.
            best = fitting == 1 ? only : exactly == 1 ? exact : null;
            bestEnd = wordEnd;
        }

        return (best, bestEnd);
    }

    /// <summary>"treaty" and "agreement" fit any treaty's name; "convention" and "protocol" only a name of that head.</summary>
    private static bool HeadFits(string nameHead, string head) => head is "treaty" or "agreement" ? nameHead is not "protocol" : nameHead == head;

    /// <summary>Whether every word read is one the treaty bans; they must also make at least half of what it bans to describe it.</summary>
    private static bool Holds(FrozenSet<string> bans, List<string> read) => read.TrueForAll(bans.Contains);

    private static readonly HashSet<string> s_heads = ["convention", "treaty", "protocol", "agreement"];

    /// <summary>What a ban treaty bans besides the thing: the acts, which descriptions leave out.</summary>
    private static readonly HashSet<string> s_acts =
    [
        "development", "production", "stockpiling", "acquisition", "retention", "transfer", "use", "destruction", "emplacement",
        "testing", "tests", "test", "military", "hostile", "any", "other", "further",
    ];

    private static readonly HashSet<string> s_smallWords = ["the", "of", "and", "or", "on", "in", "their", "all", "its", "a", "an", "to", "at", "under"];

    /// <summary>A description holds its verb after at most "the 1993 Convention on the".</summary>
    private static readonly TriggeredPattern s_description = new(Description(), ["banning", "bans", "ban", "prohibit", "outlawing"], StringComparison.Ordinal, wordsBefore: 5, extraPrefixChars: "");

    /// <summary>"the convention banning", "the 1993 Convention prohibiting", "the treaty on the prohibition of", "the treaty to ban".</summary>
    [GeneratedRegex(@"\G(?<![\w-])(?:the|The)\s+(?:(?<year>1[89]\d\d|20\d\d)\s+)?(?<head>[Cc]onvention|[Tt]reaty|[Pp]rotocol|[Aa]greement)\s+(?:banning|prohibiting|outlawing|that\s+bans|which\s+bans|that\s+prohibits|which\s+prohibits|to\s+ban|to\s+prohibit|on\s+the\s+prohibition\s+of|for\s+the\s+prohibition\s+of|on\s+the\s+banning\s+of)(?![\w-])")]
    private static partial Regex Description();
}
