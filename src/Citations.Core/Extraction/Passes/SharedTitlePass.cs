using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Citations.Core.Extraction.Passes;

/// <summary>
/// Two instruments written with one shared title: "the Declaration and the Programme of Action on the Establishment
/// of a New International Economic Order", "the Convention and Protocol relating to the Status of Refugees". The
/// second head noun's name was read by the catalog; the first head noun put in its place must give, word for word,
/// a name one other instrument holds, else nothing is added.
/// </summary>
internal sealed partial class SharedTitlePass : IExtractionPass
{
    /// <summary>The folded words of every name, title and informal name one instrument holds → that instrument.</summary>
    private readonly FrozenDictionary<string, string> _byName;

    /// <summary>The folded first word of every such name: a first head that opens none ("… Discrimination and the Protocol …") is passed over at once.</summary>
    private readonly FrozenSet<string> _firstWords;

    public SharedTitlePass(ExtractionContext context)
    {
        var names = (from instrument in context.Catalog.Instruments
                     from name in instrument.Names.Concat(instrument.InformalNames).Append(instrument.Title).Distinct(StringComparer.Ordinal)
                     let words = TextNormalizer.Words(name)
                     where words.Count > 0
                     select (Words: words, instrument.Id)).ToList();
        _byName = UniqueKeys.Of(names.Select(n => (Key(n.Words), n.Id)));
        _firstWords = names.Select(n => TextNormalizer.Fold(n.Words[0])).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>How many words of the name read may be the second head ("Programme of Action" is three).</summary>
    private const int MostHeadWords = 3;

    public void Run(ExtractionState state)
    {
        var text = state.Text;
        List<Mention>? found = null;
        foreach (var mention in state.Mentions)
        {
            state.Steps.Add();
            if (mention.Kind is not (MentionKind.Title or MentionKind.InformalName) || mention.InstrumentId is null) continue;
            // Cheap test first: the name must follow "and" or "&", with "the" between or not.
            if (!FollowsAnd(text, mention.Start) || !CapitalisedWordBeforeAnd(text, mention.Start)) continue;
            var sliceStart = Math.Max(0, mention.Start - 60);
            var before = FirstHead().Match(text, sliceStart, mention.Start - sliceStart);
            if (!before.Success) continue;
            // The words folded once, for every key tried below.
            var first = TextNormalizer.Words(before.Groups["head"].Value).ConvertAll(w => TextNormalizer.Fold(w));
            if (!_firstWords.Contains(first[0])) continue;
            var words = TextNormalizer.Words(text[mention.Start..mention.End]).ConvertAll(w => TextNormalizer.Fold(w));
            for (var k = 1; k <= MostHeadWords && k < words.Count - 1; k++)
            {
                state.Steps.Add();
                if (!_byName.TryGetValue(string.Join(' ', first.Concat(words.Skip(k))), out var other) || other == mention.InstrumentId) continue;
                var start = before.Groups["head"].Index;
                (found ??= []).Add(new Mention
                {
                    Start = start, End = start + before.Groups["head"].Length, Kind = MentionKind.Title, InstrumentId = other,
                    Confidence = Confidence.SharedTitle,
                });
                break;
            }
        }

        if (found is not null) state.Mentions.AddWithoutOverlap(found);
    }

    private static bool FollowsAnd(string text, int position)
    {
        var k = position;
        while (k > 0 && text[k - 1] == ' ') k--;
        if (k >= 4 && text.AsSpan(k - 4, 4).SequenceEqual(" the")) k -= 4;
        while (k > 0 && text[k - 1] == ' ') k--;
        return (k >= 4 && text.AsSpan(k - 4, 4).SequenceEqual(" and")) || (k >= 2 && text.AsSpan(k - 2, 2).SequenceEqual(" &"));
    }

    /// <summary>
    /// Whether a capitalised word of small letters ("Declaration") stands before the "and" or "&amp;" that the name at
    /// <paramref name="position"/> follows, perhaps with "the" between, as <see cref="FirstHead"/> reads them: a cheap
    /// test before the pattern, which most names after "and" ("rights and the Convention") fail.
    /// </summary>
    private static bool CapitalisedWordBeforeAnd(string text, int position)
    {
        var k = SkipSpaceBack(text, position);
        // The word right before the name is the pattern's "and" or "&", or its "the".
        if (EndsWithWord(text, k, "the") && CapitalisedWordBeforeAndAt(text, SkipSpaceBack(text, k - 3))) return true;
        return CapitalisedWordBeforeAndAt(text, k);
    }

    /// <summary>Whether "and" or "&amp;" ends at <paramref name="end"/>, after white space and a word "[A-Z][a-z]+".</summary>
    private static bool CapitalisedWordBeforeAndAt(string text, int end)
    {
        int k;
        if (EndsWithWord(text, end, "and")) k = end - 3;
        else if (end > 0 && text[end - 1] == '&') k = end - 1;
        else return false;
        var wordEnd = SkipSpaceBack(text, k);
        if (wordEnd == k) return false;
        var i = wordEnd;
        while (i > 0 && char.IsAsciiLetterLower(text[i - 1])) i--;
        return i < wordEnd && i > 0 && char.IsAsciiLetterUpper(text[i - 1]);
    }

    private static bool EndsWithWord(string text, int end, string word) => end >= word.Length && text.AsSpan(end - word.Length, word.Length).SequenceEqual(word);

    /// <summary>Where the run of white space (as \s takes it) ending at <paramref name="end"/> begins.</summary>
    private static int SkipSpaceBack(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }

    private static string Key(IEnumerable<string> words) => string.Join(' ', words.Select(TextNormalizer.Fold));

    /// <summary>The first head noun, one or two capitalised words, then "and" or "&amp;" and perhaps "the", up to the name read.</summary>
    [GeneratedRegex(@"(?<![\w-])(?<head>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:and|&)\s+(?:the\s+)?$")]
    private static partial Regex FirstHead();
}
