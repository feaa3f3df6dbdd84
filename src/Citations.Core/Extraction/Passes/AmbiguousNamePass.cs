using System.Collections.Frozen;
using System.Globalization;

namespace Citations.Core.Extraction.Passes;

/// <summary>
/// A name several instruments answer to ("the Hague Convention") takes the one candidate named
/// elsewhere in the statement, else the one candidate whose context words occur around it
/// ("custody", "wrongful removal": the 1980 Child Abduction Convention, <see cref="ContextCues"/>),
/// else, for the name of a series the catalog marks <see cref="AmbiguousName.ByDate"/> ("the Lomé
/// Convention"), the member in force by the statement's date; with none or several it is dropped,
/// never guessed.
/// </summary>
internal sealed class AmbiguousNamePass : IExtractionPass
{
    private readonly ExtractionContext _context;

    /// <summary>Each series' candidates (as <see cref="SeriesKey"/>) to its members by year of adoption, earliest first.</summary>
    private readonly FrozenDictionary<string, (int Year, string Id)[]> _series;

    public AmbiguousNamePass(ExtractionContext context)
    {
        _context = context;
        var series = new Dictionary<string, (int Year, string Id)[]>(StringComparer.Ordinal);
        foreach (var name in context.Catalog.Ambiguous.Where(a => a.ByDate))
        {
            series[SeriesKey(name.Instruments)] =
                [.. name.Instruments.Select(id => (AdoptionYear(id), id)).OrderBy(m => m.Item1)];
        }

        _series = series.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public void Run(ExtractionState state)
    {
        var mentions = state.Mentions;
        // Most texts hold no ambiguous name: then the instruments named need not be gathered.
        HashSet<string>? named = null;
        foreach (var mention in mentions.Where(m => m.InstrumentId is null && m.Candidates.Count > 0))
        {
            named ??= mentions.Where(m => m.InstrumentId is not null).Select(m => m.InstrumentId!).ToHashSet(StringComparer.Ordinal);
            var fitting = mention.Candidates.Where(named.Contains).ToList();
            if (fitting.Count == 1)
            {
                mention.InstrumentId = fitting[0];
                mention.Confidence = Confidence.AmbiguousByContext;
            }
            else if (fitting.Count == 0 && _context.Cues.Decide(state.Text, mention.Start, mention.End, mention.Candidates, state.Steps) is { } cued)
            {
                mention.InstrumentId = cued;
                mention.Confidence = Confidence.AmbiguousByCues;
            }
            else if (fitting.Count == 0 && InForceBy(mention.Candidates, StatementYear(state.Metadata.Date), state.Steps) is { } dated)
            {
                mention.InstrumentId = dated;
                mention.Confidence = Confidence.AmbiguousByDate;
            }
        }

        mentions.RemoveAll(m => m.InstrumentId is null);
    }

    /// <summary>
    /// Of a series' candidates, the latest adopted before <paramref name="year"/>, or the first of the series when it
    /// was adopted in that very year; null when the candidates are no series, the statement has no year, none was
    /// adopted by then, or one was adopted in that year while an older one was in force (the statement may speak of
    /// the old one or the new).
    /// </summary>
    private string? InForceBy(IReadOnlyList<string> candidates, int? year, StepCounter steps)
    {
        if (year is not { } statementYear || _series.Count == 0 || !_series.TryGetValue(SeriesKey(candidates), out var members)) return null;
        steps.Add(members.Length);
        string? chosen = null;
        string? ofThatYear = null;
        foreach (var (adopted, id) in members)
        {
            if (adopted == statementYear) ofThatYear = id;
            else if (adopted < statementYear) chosen = id;
        }

        // One adopted in the statement's year, with an older one in force, leaves it open which is meant; with none older,
        // it is the only one the statement can speak of ("the Charter of San Salvador" in 1951, before that of 1962).
        if (ofThatYear is not null) return chosen is null ? ofThatYear : null;
        return chosen;
    }

    /// <summary>
    /// The year of a statement's date as sources give it ("1982", "1982-10", "1982-10-04"); null for none or
    /// anything else ("undated").
    /// </summary>
    internal static int? StatementYear(string? date)
    {
        if (date is null || date.Length < 4 || (date.Length > 4 && date[4] != '-')) return null;
        if (date.AsSpan(0, 4).ContainsAnyExceptInRange('0', '9')) return null;
        return int.Parse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private int AdoptionYear(string id) => _context.Catalog.Find(id)!.AdoptionYear ?? 0;

    private static string SeriesKey(IEnumerable<string> candidates) => string.Join('\n', candidates);
}
