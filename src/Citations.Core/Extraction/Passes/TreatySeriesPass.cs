using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Citations.Core.Extraction.Passes;

/// <summary>
/// Instruments cited by their place in a treaty series: "999 U.N.T.S. 171", "1465 UNTS 85",
/// "21 U.S.T. 77", "T.I.A.S. No. 6820", "49 Stat. 3000" (the Statutes at Large, where the United States
/// printed its treaties before 1950), "ETS No. 5", "CETS No. 210", "94 L.N.T.S. 57", "O.A.S.T.S. No. 36".
/// The catalog's treaty-series references say which instrument a citation is; a citation the catalog
/// does not hold, or one that two instruments share, gives nothing.
/// </summary>
internal sealed partial class TreatySeriesPass : IExtractionPass
{
    private readonly FrozenDictionary<string, string> _byReference;

    public TreatySeriesPass(ExtractionContext context) =>
        _byReference = UniqueKeys.Of(
            from instrument in context.Catalog.Instruments
            from reference in instrument.TreatySeriesReferences
            from Match match in Citation().Matches(reference)
            let key = Key(match)
            where key is not null
            select (key, instrument.Id));

    /// <summary>The references the catalog knows, for tests.</summary>
    internal int Count => _byReference.Count;

    public void Run(ExtractionState state)
    {
        if (_byReference.Count == 0) return;
        var found = new List<Mention>();
        foreach (var match in s_citation.Matches(state.Text, state.Steps))
        {
            if (Key(match) is not { } key || !_byReference.TryGetValue(key, out var id)) continue;
            if (DescribesTheNameBefore(state, match.Index, id)) continue;
            found.Add(new Mention
            {
                Start = match.Index, End = match.Index + match.Length, Kind = MentionKind.TreatySeries, InstrumentId = id,
                Confidence = Confidence.TreatySeries,
            });
        }

        state.Mentions.AddWithoutOverlap(found);
    }

    /// <summary>
    /// Whether a citation is one of the references a court writes after an instrument's name: "Convention Relating to the
    /// Status of Refugees, July 28, 1951, 19 U. S. T. 6259, 189 U. N. T. S. 150, T. I. A. S. No. 6577" cites the Convention
    /// where the United States printed it, with the Protocol that carries it. Such a reference, when the catalog gives it
    /// to another instrument, describes the one named, not a second one; only dates, figures, initials and the series'
    /// abbreviations stand between the name and it.
    /// </summary>
    private static bool DescribesTheNameBefore(ExtractionState state, int position, string id)
    {
        var mentions = state.Mentions;
        var k = mentions.FirstStartingAtOrAfter(position) - 1;
        if (k < 0 || mentions[k] is not { InstrumentId: { } named } before || named == id || before.End > position) return false;
        return position - before.End <= ReferenceGap && ReferencesOnly().IsMatch(state.Text.AsSpan(before.End, position - before.End));
    }

    /// <summary>The most characters of dates and other references between a name and a reference of its own.</summary>
    private const int ReferenceGap = 160;

    [GeneratedRegex(@"^(?:[\s\d,.;:()–-]|\b(?:[A-Z]\.?|No\.?|Nos\.?|Stat\.|UNTS|LNTS|UST|TIAS|C?ETS|OASTS|arts?\.|Jan\.?|Feb\.?|Mar\.?|Apr\.?|May|June?|July?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?|January|February|March|April|August|September|October|November|December)(?![A-Za-z]))*$")]
    private static partial Regex ReferencesOnly();

    /// <summary>"UNTS 999 171", "ETS 5": the series, the volume where it has one, and the page or number, leading zeros dropped.</summary>
    private static string? Key(Match match)
    {
        string Number(string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        if (match.Groups["unts"].Success) return $"UNTS {Number("vol")} {Number("page")}";
        if (match.Groups["lnts"].Success) return $"LNTS {Number("vol")} {Number("page")}";
        if (match.Groups["ust"].Success) return $"UST {Number("vol")} {Number("page")}";
        if (match.Groups["stat"].Success) return $"Stat {Number("vol")} {Number("page")}";
        if (match.Groups["tias"].Success) return $"TIAS {Number("n")}";
        if (match.Groups["ets"].Success) return $"ETS {Number("n")}";
        if (match.Groups["oas"].Success) return $"OASTS {Number("n")}";
        return null;
    }

    /// <summary>A citation holds its series' letters, dotted or spaced or not.</summary>
    private static readonly TriggeredPattern s_citation = new(
        Anchored(),
        ["NTS", "N.T.S", "N. T. S", "N T S", "UST", "S.T.", "S. T.", "Stat.", "IAS", "I.A.S", "I. A. S", "ETS", "E.T.S", "ASTS", "A.S.T.S", "A. S. T. S"],
        StringComparison.Ordinal, wordsBefore: 3, extraPrefixChars: ".");

    private const string Pattern =
        @"(?<![\w.])(?:(?<vol>\d{1,4})\s*(?:(?<unts>U\.?\s?N\.?\s?T\.?\s?S\.?)|(?<lnts>L\.?\s?N\.?\s?T\.?\s?S\.?)|(?<ust>U\.?\s?S\.?\s?T\.?)|(?<stat>Stat\.))\s*(?<page>\d{1,5})(?!\d)" +
        @"|(?<tias>T\.?\s?I\.?\s?A\.?\s?S\.?)\s*(?:No\.?\s*)?(?<n>\d{1,5})(?!\d)" +
        @"|(?<ets>C?ETS|C?\.?E\.T\.S\.)\s*(?:No\.?\s*|n[°o]\.?\s*)?(?<n>\d{1,3})(?!\d)" +
        @"|(?<oas>O\.?A\.?S\.?\s?T\.?S\.?)\s*(?:No\.?\s*)?(?<n>\d{1,3})(?!\d))";

    [GeneratedRegex(@"\G" + Pattern)]
    private static partial Regex Anchored();

    [GeneratedRegex(Pattern)]
    private static partial Regex Citation();
}
