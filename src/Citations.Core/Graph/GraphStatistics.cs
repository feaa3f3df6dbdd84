using System.Collections.Immutable;

namespace Citations.Core.Graph;

/// <summary>A summary of a graph for people: counts by label and type, the most invoked instruments, and so on.</summary>
public sealed record GraphStatistics(
    int Nodes,
    int Edges,
    ImmutableArray<(NodeLabel Label, int Count)> NodesByLabel,
    ImmutableArray<(RelationshipType Type, int Count)> EdgesByType,
    int Components,
    ImmutableArray<InstrumentInvocations> TopInstruments,
    ImmutableArray<InvocationGroup> ByIssuer,
    ImmutableArray<InvocationGroup> ByYear,
    ImmutableArray<CoInvocation> TopPairs,
    ImmutableArray<NodeDegree> TopDegrees)
{
    /// <summary>Computes the summary; the ranked lists keep their first <paramref name="top"/> entries (by year: all).</summary>
    public static GraphStatistics Compute(CitationGraph graph, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        return new GraphStatistics(
            graph.NodeCount,
            graph.EdgeCount,
            [.. GraphSchema.Labels.Select(l => (l, graph.Count(l)))],
            [.. GraphSchema.RelationshipTypes.Select(t => (t, graph.Count(t)))],
            GraphQueries.ComponentCount(graph),
            [.. GraphQueries.InvocationCounts(graph).Where(c => c.Statements > 0).Take(top)],
            [.. GraphQueries.InvocationsByIssuer(graph).Take(top)],
            GraphQueries.InvocationsByYear(graph),
            [.. GraphQueries.CoInvocations(graph).Take(top)],
            [.. GraphQueries.DegreeRanking(graph).Take(top)]);
    }
}
