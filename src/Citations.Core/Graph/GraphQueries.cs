using System.Collections.Immutable;
using System.Text.RegularExpressions;
using QuikGraph.Algorithms;

namespace Citations.Core.Graph;

/// <summary>How often an instrument is invoked: by how many statements, with how many mentions in all.</summary>
public sealed record InstrumentInvocations(InstrumentNode Instrument, int Statements, int Mentions);

/// <summary>Invocations grouped by a key (an issuer, a year); <see cref="Key"/> is null for statements without one.</summary>
/// <param name="Statements">Statements in the group.</param>
/// <param name="Invocations">INVOKES relationships from those statements (statement–instrument pairs).</param>
/// <param name="Mentions">Mentions of instruments in those statements.</param>
public sealed record InvocationGroup(string? Key, string? Name, int Statements, int Invocations, int Mentions);

/// <summary>Two instruments invoked by the same statements; <see cref="First"/> has the smaller id.</summary>
public sealed record CoInvocation(InstrumentNode First, InstrumentNode Second, int Statements);

/// <summary>A node's number of relationships in and out.</summary>
public sealed record NodeDegree(GraphNode Node, int In, int Out)
{
    public int Degree => In + Out;
}

/// <summary>
/// Questions asked of a <see cref="CitationGraph"/>. Kept apart from the graph type, as QuikGraph
/// keeps algorithms apart from graphs. Every list comes in a fixed order (largest count first,
/// then ids, ordinal), so output made from it does not depend on the order of input.
/// </summary>
public static partial class GraphQueries
{
    /// <summary>Every instrument with its invocation counts, most invoked first; instruments present only as parents or collections count 0.</summary>
    public static ImmutableArray<InstrumentInvocations> InvocationCounts(CitationGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return
        [
            .. graph.Instruments
                .Select(i =>
                {
                    var invokes = graph.InEdges(i).OfType<InvokesEdge>().ToList();
                    return new InstrumentInvocations(i, invokes.Count, invokes.Sum(e => e.Mentions));
                })
                .OrderByDescending(c => c.Statements)
                .ThenByDescending(c => c.Mentions)
                .ThenBy(c => c.Instrument.Id, StringComparer.Ordinal),
        ];
    }

    /// <summary>Invocations per issuer (Actor node); statements without an issuer form one group with a null key, listed last.</summary>
    public static ImmutableArray<InvocationGroup> InvocationsByIssuer(CitationGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return Group(graph, s =>
        {
            var actor = graph.OutEdges(s).FirstOrDefault(e => e.Type == RelationshipType.IssuedBy)?.Target as ActorNode;
            return (actor?.Id, actor?.Name);
        });
    }

    /// <summary>Invocations per year of the statements' dates (the first run of four digits: "2018-09" → "2018"); undated statements form a null group, listed last.</summary>
    public static ImmutableArray<InvocationGroup> InvocationsByYear(CitationGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var groups = Group(graph, s =>
        {
            var year = Year(s.Date);
            return (year, year);
        });

        // Years read best in time order.
        return [.. groups.OrderBy(g => g.Key is null).ThenBy(g => g.Key, StringComparer.Ordinal)];
    }

    /// <summary>The year of a date as the sources give it ("2026-02-23", "2018-09", "1990"), or null.</summary>
    public static string? Year(string? date) => date is null ? null : YearPattern().Match(date) is { Success: true } m ? m.Value : null;

    /// <summary>Pairs of instruments invoked together, weighted by the number of statements invoking both; heaviest first.</summary>
    public static ImmutableArray<CoInvocation> CoInvocations(CitationGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var weights = new Dictionary<(InstrumentNode, InstrumentNode), int>();
        foreach (var statement in graph.Statements)
        {
            var invoked = graph.OutEdges(statement).OfType<InvokesEdge>()
                .Select(e => e.Instrument)
                .OrderBy(i => i.Id, StringComparer.Ordinal)
                .ToList();
            for (var i = 0; i < invoked.Count; i++)
            {
                for (var j = i + 1; j < invoked.Count; j++)
                {
                    var pair = (invoked[i], invoked[j]);
                    weights[pair] = weights.GetValueOrDefault(pair) + 1;
                }
            }
        }

        return
        [
            .. weights
                .Select(w => new CoInvocation(w.Key.Item1, w.Key.Item2, w.Value))
                .OrderByDescending(c => c.Statements)
                .ThenBy(c => c.First.Id, StringComparer.Ordinal)
                .ThenBy(c => c.Second.Id, StringComparer.Ordinal),
        ];
    }

    /// <summary>Nodes by degree, highest first; only nodes with <paramref name="label"/> when given.</summary>
    public static ImmutableArray<NodeDegree> DegreeRanking(CitationGraph graph, NodeLabel? label = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var quik = graph.Graph;
        return
        [
            .. graph.Nodes
                .Where(n => label is null || n.Label == label)
                .Select(n => new NodeDegree(n, quik.InDegree(n), quik.OutDegree(n)))
                .OrderByDescending(d => d.Degree)
                .ThenBy(d => d.Node.Label)
                .ThenBy(d => d.Node.Id, StringComparer.Ordinal),
        ];
    }

    /// <summary>The statements that invoke every one of <paramref name="instrumentIds"/> (all statements for an empty set), by id.</summary>
    public static ImmutableArray<StatementNode> StatementsInvokingAll(CitationGraph graph, IEnumerable<string> instrumentIds)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(instrumentIds);
        HashSet<StatementNode>? result = null;
        foreach (var id in instrumentIds.Distinct(StringComparer.Ordinal))
        {
            if (graph.FindInstrument(id) is not { } instrument)
            {
                return [];
            }

            var invoking = graph.InEdges(instrument).OfType<InvokesEdge>().Select(e => e.Statement);
            if (result is null)
            {
                result = [.. invoking];
            }
            else
            {
                result.IntersectWith(invoking);
            }
        }

        return [.. (result ?? graph.Statements).OrderBy(s => s.Id, StringComparer.Ordinal)];
    }

    /// <summary>The number of weakly connected components (islands of statements and instruments that share nothing).</summary>
    public static int ComponentCount(CitationGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (graph.IsEmpty)
        {
            return 0;
        }

        return graph.Graph.WeaklyConnectedComponents(new Dictionary<GraphNode, int>());
    }

    private static ImmutableArray<InvocationGroup> Group(CitationGraph graph, Func<StatementNode, (string? Key, string? Name)> keyOf)
    {
        var groups = new Dictionary<string, (string? Name, int Statements, int Invocations, int Mentions)>(StringComparer.Ordinal);
        (int Statements, int Invocations, int Mentions) none = default;
        var anyNone = false;
        foreach (var statement in graph.Statements)
        {
            var (key, name) = keyOf(statement);
            var invokes = graph.OutEdges(statement).OfType<InvokesEdge>().ToList();
            var mentions = invokes.Sum(e => e.Mentions);
            if (key is null)
            {
                anyNone = true;
                none = (none.Statements + 1, none.Invocations + invokes.Count, none.Mentions + mentions);
                continue;
            }

            var seen = groups.TryGetValue(key, out var found) ? found : (Name: name, Statements: 0, Invocations: 0, Mentions: 0);
            groups[key] = (seen.Name, seen.Statements + 1, seen.Invocations + invokes.Count, seen.Mentions + mentions);
        }

        var list = groups
            .Select(g => new InvocationGroup(g.Key, g.Value.Name, g.Value.Statements, g.Value.Invocations, g.Value.Mentions))
            .OrderByDescending(g => g.Invocations)
            .ThenByDescending(g => g.Statements)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        if (anyNone)
        {
            list.Add(new InvocationGroup(null, null, none.Statements, none.Invocations, none.Mentions));
        }

        return [.. list];
    }

    [GeneratedRegex(@"(?<![0-9])[0-9]{4}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();
}
