using System.Collections.Immutable;
using Citations.Core.Graph;

namespace Citations.Neo4j;

/// <summary>How far a load has got, reported after each statement.</summary>
/// <param name="Target">The label or relationship type of the step (<c>Statement</c>, <c>INVOKES</c>).</param>
/// <param name="RowsDone">Rows of this label or type sent so far, this batch included.</param>
/// <param name="RowsTotal">Rows of this label or type in the whole load.</param>
/// <param name="Counters">What the step's statement changed.</param>
public sealed record LoadProgress(
    LoadPhase Phase,
    string Target,
    int Batch,
    int Batches,
    int RowsDone,
    int RowsTotal,
    int StepsDone,
    int StepsTotal,
    QueryCounters Counters);

/// <summary>The rows of one label or relationship type and what became of them.</summary>
/// <param name="Created">New in the database (the <c>nodesCreated</c> or <c>relationshipsCreated</c> counters).</param>
/// <param name="Matched">Already there (rows that were neither created nor skipped).</param>
/// <param name="Skipped">Relationship rows whose ends were not found (0 for nodes, and for a complete graph).</param>
public sealed record TargetSummary(LoadPhase Phase, string Target, int Rows, int Created, int Matched, int Skipped);

/// <summary>What a load did, from the servers' counters. Loading the same graph again creates nothing: every row
/// is matched (the properties are set again, so <see cref="PropertiesSet"/> is not zero).</summary>
public sealed record LoadSummary(
    bool DryRun,
    int Statements,
    int ConstraintsAdded,
    int NodeRows,
    int NodesCreated,
    int NodesMatched,
    int RelationshipRows,
    int RelationshipsCreated,
    int RelationshipsMatched,
    int RelationshipsSkipped,
    int PropertiesSet,
    ImmutableArray<TargetSummary> Targets,
    QueryCounters Counters);

/// <summary>
/// Loads a <see cref="CitationGraph"/> into Neo4j: the uniqueness constraints, then <c>UNWIND $rows … MERGE</c>
/// batches of nodes label by label and of relationships type by type. Every statement MERGEs on ids, so a load can
/// be repeated, resumed after a failure by running it again, or followed by the load of another corpus: the result
/// is the graph of everything loaded, with each node and relationship once.
/// </summary>
public sealed class GraphLoader
{
    private readonly ICypherRunner _runner;
    private readonly GraphLoadOptions _options;

    public GraphLoader(ICypherRunner runner, GraphLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(runner);
        _runner = runner;
        _options = options ?? GraphLoadOptions.Default;
        _options.Validate();
    }

    /// <summary>The statements and batches a load of <paramref name="graph"/> sends, without sending anything.</summary>
    public static LoadPlan Plan(CitationGraph graph, GraphLoadOptions? options = null) =>
        LoadPlan.Create(graph, options ?? GraphLoadOptions.Default);

    /// <summary>Loads the graph; with <see cref="GraphLoadOptions.DryRun"/> only plans it.</summary>
    /// <exception cref="Neo4jLoadException">A statement failed; the message names the batch. What earlier batches
    /// wrote stays, and running the load again completes it.</exception>
    public async Task<LoadSummary> LoadAsync(CitationGraph graph, IProgress<LoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var plan = Plan(graph, _options);
        var totals = plan.Steps
            .GroupBy(s => (s.Phase, s.Target))
            .ToDictionary(g => g.Key, g => g.Sum(s => s.Rows));
        var counters = QueryCounters.None;
        var targets = new List<TargetSummary>();
        if (_options.DryRun)
        {
            return Summarize(plan, dryRun: true, counters, [.. totals.Where(t => t.Key.Phase != LoadPhase.Constraints)
                .Select(t => new TargetSummary(t.Key.Phase, t.Key.Target, t.Value, 0, 0, 0))]);
        }

        var created = new Dictionary<(LoadPhase, string), (int Created, int Skipped)>();
        for (var i = 0; i < plan.Steps.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var step = plan.Steps[i];
            QueryResult result;
            try
            {
                result = await _runner.RunAsync(step.Statement, step.Parameters(), cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jLoadException e)
            {
                throw new Neo4jLoadException(e.Kind, $"{step.Describe()}: {e.Message}", e.Code, e.HttpStatus, e.Attempts, e);
            }

            counters += result.Counters;
            if (step.Phase != LoadPhase.Constraints)
            {
                var made = step.Phase == LoadPhase.Nodes ? result.Counters.NodesCreated : result.Counters.RelationshipsCreated;
                var skipped = step.Phase == LoadPhase.Relationships && result.Single("merged") is long merged
                    ? Math.Max(0, step.Rows - (int)merged)
                    : 0;
                var key = (step.Phase, step.Target);
                var sofar = created.GetValueOrDefault(key);
                created[key] = (sofar.Created + made, sofar.Skipped + skipped);
            }

            progress?.Report(new LoadProgress(step.Phase, step.Target, step.Batch, step.Batches,
                step.RowsBefore + step.Rows, totals[(step.Phase, step.Target)], i + 1, plan.Steps.Length, result.Counters));
        }

        foreach (var ((phase, target), (made, skipped)) in created)
        {
            var rows = totals[(phase, target)];
            targets.Add(new TargetSummary(phase, target, rows, made, Math.Max(0, rows - made - skipped), skipped));
        }

        return Summarize(plan, dryRun: false, counters, targets);
    }

    private static LoadSummary Summarize(LoadPlan plan, bool dryRun, QueryCounters counters, IEnumerable<TargetSummary> targets)
    {
        var list = targets.ToImmutableArray();
        var nodes = list.Where(t => t.Phase == LoadPhase.Nodes).ToList();
        var relationships = list.Where(t => t.Phase == LoadPhase.Relationships).ToList();
        return new LoadSummary(
            dryRun,
            plan.Steps.Length,
            counters.ConstraintsAdded,
            plan.NodeRows,
            counters.NodesCreated,
            nodes.Sum(t => t.Matched),
            plan.RelationshipRows,
            counters.RelationshipsCreated,
            relationships.Sum(t => t.Matched),
            relationships.Sum(t => t.Skipped),
            counters.PropertiesSet,
            list,
            counters);
    }
}
