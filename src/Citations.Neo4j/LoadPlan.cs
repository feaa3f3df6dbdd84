using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Citations.Core.Graph;

namespace Citations.Neo4j;

/// <summary>Options of <see cref="GraphLoader"/>.</summary>
public sealed record GraphLoadOptions
{
    public static readonly GraphLoadOptions Default = new();

    /// <summary>Rows per request: nodes of one label or relationships of one type, each batch one transaction.</summary>
    public int BatchSize { get; init; } = 5000;

    /// <summary>Whether to create the uniqueness constraints (one per label, <c>IF NOT EXISTS</c>) first.</summary>
    public bool CreateConstraints { get; init; } = true;

    /// <summary>Plan only: <see cref="GraphLoader.LoadAsync"/> sends nothing and reports what it would send.</summary>
    public bool DryRun { get; init; }

    internal void Validate() => ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1, nameof(BatchSize));
}

/// <summary>What a step of a load does.</summary>
public enum LoadPhase
{
    Constraints,
    Nodes,
    Relationships,
}

/// <summary>
/// One statement of a load: a constraint, or a batch of nodes of one label or relationships of one type. The
/// statement text is fixed by the schema; the rows travel as the parameter <c>$rows</c>.
/// </summary>
public sealed record LoadStep(LoadPhase Phase, string Target, int Batch, int Batches, int Rows, string Statement)
{
    internal IReadOnlyList<GraphNode> Nodes { get; init; } = [];

    internal IReadOnlyList<GraphEdge> Edges { get; init; } = [];

    /// <summary>Rows of the same label or type in the batches before this one.</summary>
    internal int RowsBefore { get; init; }

    /// <summary>"Statement nodes, batch 2 of 3 (5000 rows)", "constraint on Instrument".</summary>
    public string Describe() => Phase switch
    {
        LoadPhase.Constraints => $"constraint on {Target}",
        LoadPhase.Nodes => $"{Target} nodes, batch {Batch} of {Batches} ({Rows} row{(Rows == 1 ? "" : "s")})",
        _ => $"{Target} relationships, batch {Batch} of {Batches} ({Rows} row{(Rows == 1 ? "" : "s")})",
    };

    /// <summary>The parameters the statement is sent with: <c>{"rows": [...]}</c>, or none for a constraint.</summary>
    internal IReadOnlyDictionary<string, object?>? Parameters() => Phase switch
    {
        LoadPhase.Constraints => null,
        LoadPhase.Nodes => new Dictionary<string, object?> { ["rows"] = Nodes.Select(NodeRow).ToList() },
        _ => new Dictionary<string, object?> { ["rows"] = Edges.Select(EdgeRow).ToList() },
    };

    private static IReadOnlyDictionary<string, object?> NodeRow(GraphNode node) => new OrderedDictionary<string, object?>
    {
        ["id"] = node.Id,
        ["props"] = Props(node.Properties.Where(p => p.Name != "id")),
    };

    private static IReadOnlyDictionary<string, object?> EdgeRow(GraphEdge edge)
    {
        var row = new OrderedDictionary<string, object?> { ["from"] = edge.Source.Id, ["to"] = edge.Target.Id };
        if (!GraphSchema.PropertiesOf(edge.Type).IsEmpty)
        {
            row["props"] = Props(edge.Properties);
        }

        return row;
    }

    /// <summary>The properties that have values. An absent one is left out, so <c>SET n += row.props</c> keeps
    /// what the node had (Neo4j stores no nulls); a non-finite number has no JSON form and is left out too.</summary>
    private static OrderedDictionary<string, object?> Props(IEnumerable<GraphProperty> properties)
    {
        var props = new OrderedDictionary<string, object?>();
        foreach (var property in properties)
        {
            if (property.Value is null || property.Value is double d && !double.IsFinite(d))
            {
                continue;
            }

            props[property.Name] = property.Value;
        }

        return props;
    }
}

/// <summary>
/// The statements a load sends, in order: the uniqueness constraints, then the nodes label by label, then the
/// relationships type by type (so both ends of every relationship exist when it is merged), in batches.
/// </summary>
public sealed partial class LoadPlan
{
    internal LoadPlan(ImmutableArray<LoadStep> steps) => Steps = steps;

    public ImmutableArray<LoadStep> Steps { get; }

    public int Constraints => Steps.Count(s => s.Phase == LoadPhase.Constraints);

    public int NodeRows => Steps.Where(s => s.Phase == LoadPhase.Nodes).Sum(s => s.Rows);

    public int RelationshipRows => Steps.Where(s => s.Phase == LoadPhase.Relationships).Sum(s => s.Rows);

    public int NodeBatches => Steps.Count(s => s.Phase == LoadPhase.Nodes);

    public int RelationshipBatches => Steps.Count(s => s.Phase == LoadPhase.Relationships);

    /// <summary>
    /// The plan for people (what a dry run prints) as a Cypher file: each statement after a comment naming its
    /// batch and row count. The rows are not listed; they would be sent as <c>$rows</c>.
    /// </summary>
    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Create(CultureInfo.InvariantCulture,
            $"// Load plan: {Constraints} constraint{Plural(Constraints)}, {NodeBatches} node batch{(NodeBatches == 1 ? "" : "es")} ({NodeRows} row{Plural(NodeRows)}), "
            + $"{RelationshipBatches} relationship batch{(RelationshipBatches == 1 ? "" : "es")} ({RelationshipRows} row{Plural(RelationshipRows)}); {Steps.Length} statement{Plural(Steps.Length)}.\n"));
        writer.Write("// Each batch sends its rows as the parameter $rows: no value is part of a statement's text.\n");
        for (var i = 0; i < Steps.Length; i++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"\n// {i + 1}/{Steps.Length} {Steps[i].Describe()}\n"));
            writer.Write(Steps[i].Statement);
            writer.Write(";\n");
        }
    }

    private static string Plural(int count) => count == 1 ? "" : "s";

    internal static LoadPlan Create(CitationGraph graph, GraphLoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var steps = ImmutableArray.CreateBuilder<LoadStep>();
        if (options.CreateConstraints)
        {
            foreach (var label in GraphSchema.Labels)
            {
                steps.Add(new LoadStep(LoadPhase.Constraints, Name(label), 1, 1, 0, ConstraintStatement(label)));
            }
        }

        foreach (var label in GraphSchema.Labels)
        {
            var batches = graph.NodesWith(label).Chunk(options.BatchSize).ToList();
            var before = 0;
            for (var i = 0; i < batches.Count; i++)
            {
                steps.Add(new LoadStep(LoadPhase.Nodes, Name(label), i + 1, batches.Count, batches[i].Length, NodeStatement(label))
                {
                    Nodes = batches[i],
                    RowsBefore = before,
                });
                before += batches[i].Length;
            }
        }

        foreach (var type in GraphSchema.RelationshipTypes)
        {
            var batches = graph.EdgesOf(type).Chunk(options.BatchSize).ToList();
            var before = 0;
            for (var i = 0; i < batches.Count; i++)
            {
                steps.Add(new LoadStep(LoadPhase.Relationships, Name(type), i + 1, batches.Count, batches[i].Length, RelationshipStatement(type))
                {
                    Edges = batches[i],
                    RowsBefore = before,
                });
                before += batches[i].Length;
            }
        }

        return new LoadPlan(steps.ToImmutable());
    }

    /// <summary>One uniqueness constraint per label (<c>statement_id</c>, …); it also indexes the MERGE lookups.</summary>
    internal static string ConstraintStatement(NodeLabel label)
    {
        var name = Name(label);
        return $"CREATE CONSTRAINT {name.ToLowerInvariant()}_id IF NOT EXISTS FOR (n:{name}) REQUIRE n.id IS UNIQUE";
    }

    internal static string NodeStatement(NodeLabel label) =>
        $"UNWIND $rows AS row\nMERGE (n:{Name(label)} {{id: row.id}})\nSET n += row.props";

    /// <summary>The batch statement for a type; it returns how many rows found both ends, so rows whose ends are
    /// missing are counted rather than silently lost.</summary>
    internal static string RelationshipStatement(RelationshipType type)
    {
        var (from, to) = GraphSchema.EndsOf(type);
        var set = GraphSchema.PropertiesOf(type).IsEmpty ? "" : "\nSET r += row.props";
        return $"UNWIND $rows AS row\nMATCH (a:{Name(from)} {{id: row.from}})\nMATCH (b:{Name(to)} {{id: row.to}})\n"
            + $"MERGE (a)-[r:{Name(type)}]->(b){set}\nRETURN count(r) AS merged";
    }

    // Labels and types are written into statements (Cypher cannot take them as parameters), so they come from
    // the schema only, and are checked to be plain identifiers all the same.
    private static string Name(NodeLabel label) => Identifier(GraphSchema.Name(label));

    private static string Name(RelationshipType type) => Identifier(GraphSchema.Name(type));

    private static string Identifier(string name) =>
        PlainIdentifier().IsMatch(name) ? name : throw new InvalidOperationException($"schema name {name} is not a plain Cypher identifier");

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex PlainIdentifier();
}
