using System.Collections.Immutable;
using Newtonsoft.Json.Linq;

namespace Citations.Neo4j;

/// <summary>The update counters of a statement (the Query API's <c>counters</c>), and their sums.</summary>
public sealed record QueryCounters
{
    public static readonly QueryCounters None = new();

    public int NodesCreated { get; init; }
    public int NodesDeleted { get; init; }
    public int PropertiesSet { get; init; }
    public int RelationshipsCreated { get; init; }
    public int RelationshipsDeleted { get; init; }
    public int LabelsAdded { get; init; }
    public int LabelsRemoved { get; init; }
    public int IndexesAdded { get; init; }
    public int IndexesRemoved { get; init; }
    public int ConstraintsAdded { get; init; }
    public int ConstraintsRemoved { get; init; }
    public int SystemUpdates { get; init; }
    public bool ContainsUpdates { get; init; }
    public bool ContainsSystemUpdates { get; init; }

    public static QueryCounters operator +(QueryCounters a, QueryCounters b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new QueryCounters
        {
            NodesCreated = a.NodesCreated + b.NodesCreated,
            NodesDeleted = a.NodesDeleted + b.NodesDeleted,
            PropertiesSet = a.PropertiesSet + b.PropertiesSet,
            RelationshipsCreated = a.RelationshipsCreated + b.RelationshipsCreated,
            RelationshipsDeleted = a.RelationshipsDeleted + b.RelationshipsDeleted,
            LabelsAdded = a.LabelsAdded + b.LabelsAdded,
            LabelsRemoved = a.LabelsRemoved + b.LabelsRemoved,
            IndexesAdded = a.IndexesAdded + b.IndexesAdded,
            IndexesRemoved = a.IndexesRemoved + b.IndexesRemoved,
            ConstraintsAdded = a.ConstraintsAdded + b.ConstraintsAdded,
            ConstraintsRemoved = a.ConstraintsRemoved + b.ConstraintsRemoved,
            SystemUpdates = a.SystemUpdates + b.SystemUpdates,
            ContainsUpdates = a.ContainsUpdates || b.ContainsUpdates,
            ContainsSystemUpdates = a.ContainsSystemUpdates || b.ContainsSystemUpdates,
        };
    }

    public static QueryCounters Add(QueryCounters a, QueryCounters b) => a + b;

    internal static QueryCounters From(JToken? counters)
    {
        if (counters is not JObject o)
        {
            return None;
        }

        int Int(string name) => o[name] is JValue { Type: JTokenType.Integer } v ? (int)(long)v : 0;
        bool Bool(string name) => o[name] is JValue { Type: JTokenType.Boolean } v && (bool)v;
        return new QueryCounters
        {
            NodesCreated = Int("nodesCreated"),
            NodesDeleted = Int("nodesDeleted"),
            PropertiesSet = Int("propertiesSet"),
            RelationshipsCreated = Int("relationshipsCreated"),
            RelationshipsDeleted = Int("relationshipsDeleted"),
            LabelsAdded = Int("labelsAdded"),
            LabelsRemoved = Int("labelsRemoved"),
            IndexesAdded = Int("indexesAdded"),
            IndexesRemoved = Int("indexesRemoved"),
            ConstraintsAdded = Int("constraintsAdded"),
            ConstraintsRemoved = Int("constraintsRemoved"),
            SystemUpdates = Int("systemUpdates"),
            ContainsUpdates = Bool("containsUpdates"),
            ContainsSystemUpdates = Bool("containsSystemUpdates"),
        };
    }
}

/// <summary>
/// What a statement returned: its columns, its rows (values as <c>string</c>, <c>long</c>, <c>double</c>,
/// <c>bool</c>, null, lists and maps), its counters and the bookmarks of its transaction.
/// </summary>
public sealed record QueryResult(
    ImmutableArray<string> Fields,
    ImmutableArray<ImmutableArray<object?>> Rows,
    QueryCounters Counters,
    ImmutableArray<string> Bookmarks)
{
    /// <summary>The value of a column in the first row, or null when there is no such row or column.</summary>
    public object? Single(string field)
    {
        var index = Fields.IndexOf(field);
        return index < 0 || Rows.IsEmpty || Rows[0].Length <= index ? null : Rows[0][index];
    }

    internal static QueryResult From(JObject reply)
    {
        var data = reply["data"] as JObject;
        ImmutableArray<string> fields = data?["fields"] is JArray f ? [.. f.Select(t => (string?)t ?? "")] : [];
        ImmutableArray<ImmutableArray<object?>> rows = data?["values"] is JArray values
            ? [.. values.OfType<JArray>().Select(row => row.Select(Plain).ToImmutableArray())]
            : [];
        ImmutableArray<string> bookmarks = reply["bookmarks"] is JArray b ? [.. b.Select(t => (string?)t).OfType<string>()] : [];
        return new QueryResult(fields, rows, QueryCounters.From(reply["counters"]), bookmarks);
    }

    private static object? Plain(JToken token) => token switch
    {
        JArray array => array.Select(Plain).ToImmutableArray(),
        JObject map => map.Properties().ToImmutableDictionary(p => p.Name, p => Plain(p.Value), StringComparer.Ordinal),
        JValue value => value.Value,
        _ => null,
    };
}

/// <summary>What the server says about itself (its discovery document), and where it was reached.</summary>
public sealed record ServerInfo(Uri Address, string? Version, string? Edition)
{
    /// <summary>"Neo4j 5.26.0 community at http://localhost:7474/".</summary>
    public override string ToString() =>
        $"Neo4j {Version ?? "(version not reported)"}{(Edition is null ? "" : " " + Edition)} at {Address}";
}
