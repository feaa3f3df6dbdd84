using Citations.Core;
using Citations.Core.Graph;
using Citations.Core.Tests.Graph;

namespace Citations.GraphExport.Tests;

/// <summary>The graphs every writer is tried on.</summary>
internal static class TestGraphs
{
    public static IEnumerable<object[]> All =>
    [
        ["seed"],
        ["hostile"],
        ["empty"],
        ["no-statements"],
    ];

    public static CitationGraph Get(string name) => name switch
    {
        "seed" => GraphFixtures.SeedGraph(),
        "hostile" => GraphFixtures.HostileGraph(),
        "empty" => new CitationGraphBuilder(GraphFixtures.Catalog).Graph,
        "no-statements" => GraphFixtures.GraphWithoutStatements(),
        _ => throw new ArgumentException(name),
    };

    /// <summary>Every string value in the graph: ids, properties and list items.</summary>
    public static IEnumerable<string> Strings(CitationGraph graph) =>
        graph.Nodes.SelectMany(n => n.Properties)
            .Concat(graph.Edges.SelectMany(e => e.Properties))
            .SelectMany(p => p.Value switch
            {
                string s => [s],
                System.Collections.Immutable.ImmutableArray<string> list => list.AsEnumerable(),
                _ => [],
            });

    public static InstrumentCatalog Catalog => GraphFixtures.Catalog;
}
