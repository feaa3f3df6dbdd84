using System.Collections.Immutable;

namespace Citations.Core.Evaluation;

/// <summary>Counts of agreement between extraction and gold, and the scores that follow.</summary>
public sealed record Score(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1.0 : TruePositives / (double)(TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1.0 : TruePositives / (double)(TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>A disagreement: a miss (in gold, not extracted) or a false hit (extracted, not in gold).</summary>
/// <param name="Article">Null for an instrument-level difference.</param>
public sealed record Difference(string StatementId, string Instrument, string? Article, bool Missed, string Surface);

public sealed record EvaluationReport(
    int Statements,
    Score Instruments,
    Score Articles,
    ImmutableSortedDictionary<string, Score> PerInstrument,
    ImmutableArray<Difference> Differences);

/// <summary>
/// Scores extraction the way the gold is written: one entry per instrument per statement, and
/// the union of the articles cited for it, so an instrument named five times counts once.
/// </summary>
public sealed class Scorer
{
    private readonly IReadOnlyDictionary<string, ImmutableArray<GoldInstrument>> _gold;
    private readonly List<Difference> _differences = [];
    private readonly Dictionary<string, (int Tp, int Fp, int Fn)> _perInstrument = new(StringComparer.Ordinal);
    private int _statements, _tp, _fp, _fn, _atp, _afp, _afn;

    private readonly bool _uncataloguedBySurface;

    /// <param name="gold">The annotations, by statement id.</param>
    /// <param name="uncataloguedBySurface">Whether an uncatalogued title that is a gold surface word for word counts as that gold instrument (<see cref="KeyedByGoldSurface"/>).</param>
    public Scorer(IReadOnlyDictionary<string, ImmutableArray<GoldInstrument>> gold, bool uncataloguedBySurface = true)
    {
        _gold = gold;
        _uncataloguedBySurface = uncataloguedBySurface;
    }

    /// <summary>Adds one statement's citations; false when the gold has no entry for it.</summary>
    public bool Add(string statementId, IReadOnlyList<Citation> citations)
    {
        if (!_gold.TryGetValue(statementId, out var gold)) return false;
        _statements++;
        if (_uncataloguedBySurface) citations = KeyedByGoldSurface(citations, gold);
        var found = citations.GroupBy(c => c.InstrumentId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var expected = gold.ToDictionary(g => g.Key, StringComparer.Ordinal);

        foreach (var (key, mentions) in found)
        {
            var hit = expected.ContainsKey(key);
            Count(key, hit ? 1 : 0, hit ? 0 : 1, 0);
            if (hit) _tp++;
            else
            {
                _fp++;
                _differences.Add(new Difference(statementId, key, null, false, mentions[0].Surface));
            }
        }

        foreach (var (key, entry) in expected.Where(e => !found.ContainsKey(e.Key)))
        {
            _fn++;
            Count(key, 0, 0, 1);
            _differences.Add(new Difference(statementId, key, null, true, entry.Surfaces.FirstOrDefault() ?? ""));
        }

        var foundArticles = found.SelectMany(f => f.Value.SelectMany(c => c.Provisions.Select(p => (f.Key, p, c.Surface))))
            .GroupBy(x => (x.Key, x.p)).ToDictionary(g => g.Key, g => g.First().Surface);
        var goldArticles = gold.SelectMany(g => g.Articles.Select(a => (g.Key, a))).ToHashSet();
        foreach (var (article, surface) in foundArticles)
        {
            if (goldArticles.Contains(article)) _atp++;
            else
            {
                _afp++;
                _differences.Add(new Difference(statementId, article.Key, article.p, false, surface));
            }
        }

        foreach (var article in goldArticles.Where(a => !foundArticles.ContainsKey(a)))
        {
            _afn++;
            _differences.Add(new Difference(statementId, article.Key, article.a, true, expected[article.Key].Surfaces.FirstOrDefault() ?? ""));
        }

        return true;
    }

    /// <summary>
    /// An instrument the catalog lacks, reported by its title (an X- id), is the gold's instrument whose surface is that
    /// same title word for word ("the" before it aside): both readers found the same instrument, which no catalog id names.
    /// Nothing else is matched this way; a title differing by a word stays a false hit and a miss.
    /// </summary>
    private static IReadOnlyList<Citation> KeyedByGoldSurface(IReadOnlyList<Citation> citations, ImmutableArray<GoldInstrument> gold)
    {
        if (citations.All(c => c.Catalogued)) return citations;
        var keyed = citations.Select(c => c.InstrumentId).ToHashSet(StringComparer.Ordinal);
        var bySurface = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in gold.Where(g => !keyed.Contains(g.Key)))
        {
            foreach (var surface in entry.Surfaces) bySurface.TryAdd(Plain(surface), entry.Key);
        }

        return [.. citations.Select(c => !c.Catalogued && bySurface.TryGetValue(Plain(c.Surface), out var key) ? c with { InstrumentId = key } : c)];
    }

    /// <summary>A surface with its white space as single spaces and without a leading "the".</summary>
    private static string Plain(string surface)
    {
        var words = surface.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var skip = words.Length > 1 && words[0] is "the" or "The" ? 1 : 0;
        return string.Join(' ', words.Skip(skip));
    }

    /// <summary>Gold statements never added.</summary>
    public IEnumerable<string> Unseen(IReadOnlySet<string> seen) => _gold.Keys.Where(k => !seen.Contains(k)).Order(StringComparer.Ordinal);

    public EvaluationReport Report() => new(
        _statements,
        new Score(_tp, _fp, _fn),
        new Score(_atp, _afp, _afn),
        _perInstrument.ToImmutableSortedDictionary(p => p.Key, p => new Score(p.Value.Tp, p.Value.Fp, p.Value.Fn), StringComparer.Ordinal),
        [.. _differences]);

    private void Count(string key, int tp, int fp, int fn)
    {
        var (t, f, n) = _perInstrument.GetValueOrDefault(key);
        _perInstrument[key] = (t + tp, f + fp, n + fn);
    }
}
