using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Citations.Neo4j.Tests;

/// <summary>The reply of <see cref="FakeGraph.Execute"/>: rows and counters, or an error.</summary>
internal sealed record FakeOutcome(string[] Fields, JArray Values, JObject Counters, string? ErrorCode = null, string? ErrorMessage = null)
{
    public static FakeOutcome Error(string code, string message) => new([], [], [], code, message);
}

/// <summary>
/// A graph that understands exactly the statement shapes the loader sends (whitespace aside), applies them with
/// MERGE semantics and counts as Neo4j does. Anything else is a syntax error, so a loader that sent another
/// shape would fail the tests.
/// </summary>
internal sealed partial class FakeGraph
{
    private readonly Lock _lock = new();
    private readonly SortedDictionary<string, string> _constraints = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Label, string Id), JObject> _nodes = [];
    private readonly Dictionary<(string Type, string FromLabel, string From, string ToLabel, string To), JObject> _relationships = [];

    public int Version { get; private set; }

    public int NodeCount
    {
        get
        {
            lock (_lock)
            {
                return _nodes.Count;
            }
        }
    }

    public int RelationshipCount
    {
        get
        {
            lock (_lock)
            {
                return _relationships.Count;
            }
        }
    }

    /// <summary>The properties of a node, or null.</summary>
    public JObject? Node(string label, string id)
    {
        lock (_lock)
        {
            return _nodes.TryGetValue((label, id), out var props) ? (JObject)props.DeepClone() : null;
        }
    }

    /// <summary>The whole state as sorted lines, to compare two graphs.</summary>
    public ImmutableArray<string> Dump()
    {
        lock (_lock)
        {
            return
            [
                .. _constraints.Select(c => $"constraint {c.Key} on {c.Value}"),
                .. _nodes.Select(n => $"({n.Key.Label} {JsonConvert.ToString(n.Key.Id)} {Canonical(n.Value)})").Order(StringComparer.Ordinal),
                .. _relationships.Select(r => $"({r.Key.FromLabel} {JsonConvert.ToString(r.Key.From)})-[:{r.Key.Type} {Canonical(r.Value)}]->({r.Key.ToLabel} {JsonConvert.ToString(r.Key.To)})")
                    .Order(StringComparer.Ordinal),
            ];
        }
    }

    public FakeOutcome Execute(string statement, JObject parameters)
    {
        var text = Whitespace().Replace(statement, " ").Trim();
        lock (_lock)
        {
            if (text == "RETURN 1 AS ok")
            {
                return new FakeOutcome(["ok"], [new JArray(1)], Counters());
            }

            if (ConstraintShape().Match(text) is { Success: true } constraint)
            {
                var added = _constraints.TryAdd(constraint.Groups["name"].Value, constraint.Groups["label"].Value);
                Version++;
                return new FakeOutcome([], [], Counters(constraintsAdded: added ? 1 : 0, systemUpdates: added ? 1 : 0));
            }

            var rows = parameters["rows"] as JArray;
            if (NodeShape().Match(text) is { Success: true } node)
            {
                if (rows is null || rows.Any(r => r is not JObject o || o["id"]?.Type != JTokenType.String || o["props"] is not JObject))
                {
                    return FakeOutcome.Error("Neo.ClientError.Statement.TypeError", "rows must be maps with a string id and a props map");
                }

                var label = node.Groups["label"].Value;
                int created = 0, set = 0;
                foreach (var row in rows.Cast<JObject>())
                {
                    var key = (label, (string)row["id"]!);
                    if (!_nodes.TryGetValue(key, out var props))
                    {
                        props = new JObject { ["id"] = key.Item2 };
                        _nodes[key] = props;
                        created++;
                        set++;
                    }

                    set += Merge(props, (JObject)row["props"]!);
                }

                Version++;
                return new FakeOutcome([], [], Counters(nodesCreated: created, labelsAdded: created, propertiesSet: set));
            }

            if (RelationshipShape().Match(text) is { Success: true } relationship)
            {
                var withProps = relationship.Groups["set"].Success;
                if (rows is null || rows.Any(r => r is not JObject o || o["from"]?.Type != JTokenType.String || o["to"]?.Type != JTokenType.String
                        || (withProps && o["props"] is not JObject)))
                {
                    return FakeOutcome.Error("Neo.ClientError.Statement.TypeError", "rows must be maps with string from and to");
                }

                string fromLabel = relationship.Groups["from"].Value, toLabel = relationship.Groups["to"].Value, type = relationship.Groups["type"].Value;
                int created = 0, set = 0, merged = 0;
                foreach (var row in rows.Cast<JObject>())
                {
                    string from = (string)row["from"]!, to = (string)row["to"]!;
                    if (!_nodes.ContainsKey((fromLabel, from)) || !_nodes.ContainsKey((toLabel, to)))
                    {
                        continue;
                    }

                    merged++;
                    var key = (type, fromLabel, from, toLabel, to);
                    if (!_relationships.TryGetValue(key, out var props))
                    {
                        props = [];
                        _relationships[key] = props;
                        created++;
                    }

                    if (withProps)
                    {
                        set += Merge(props, (JObject)row["props"]!);
                    }
                }

                Version++;
                return new FakeOutcome(["merged"], [new JArray(merged)], Counters(relationshipsCreated: created, propertiesSet: set));
            }

            return FakeOutcome.Error("Neo.ClientError.Statement.SyntaxError", $"Invalid input: the fake server does not know the statement \"{text}\"");
        }
    }

    /// <summary><c>SET x += map</c>: each key set (a null removes it); returns how many properties were set.</summary>
    private static int Merge(JObject target, JObject props)
    {
        var set = 0;
        foreach (var property in props.Properties())
        {
            if (property.Value.Type == JTokenType.Null)
            {
                target.Remove(property.Name);
            }
            else if (property.Value is JObject || (property.Value is JArray list && list.Any(i => i is JObject or JArray || i.Type == JTokenType.Null)))
            {
                throw new InvalidOperationException($"Neo4j cannot store {property.Name}: {property.Value}");
            }
            else
            {
                target[property.Name] = property.Value.DeepClone();
            }

            set++;
        }

        return set;
    }

    private static string Canonical(JObject props) =>
        new JObject(props.Properties().OrderBy(p => p.Name, StringComparer.Ordinal)).ToString(Formatting.None);

    private static JObject Counters(int nodesCreated = 0, int labelsAdded = 0, int propertiesSet = 0, int relationshipsCreated = 0,
        int constraintsAdded = 0, int systemUpdates = 0) => new()
    {
        ["containsUpdates"] = nodesCreated + propertiesSet + relationshipsCreated + labelsAdded > 0,
        ["nodesCreated"] = nodesCreated,
        ["nodesDeleted"] = 0,
        ["propertiesSet"] = propertiesSet,
        ["relationshipsCreated"] = relationshipsCreated,
        ["relationshipsDeleted"] = 0,
        ["labelsAdded"] = labelsAdded,
        ["labelsRemoved"] = 0,
        ["indexesAdded"] = 0,
        ["indexesRemoved"] = 0,
        ["constraintsAdded"] = constraintsAdded,
        ["constraintsRemoved"] = 0,
        ["containsSystemUpdates"] = systemUpdates > 0,
        ["systemUpdates"] = systemUpdates,
    };

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^CREATE CONSTRAINT (?<name>\w+) IF NOT EXISTS FOR \(n:(?<label>\w+)\) REQUIRE n\.id IS UNIQUE$")]
    private static partial Regex ConstraintShape();

    [GeneratedRegex(@"^UNWIND \$rows AS row MERGE \(n:(?<label>\w+) \{id: row\.id\}\) SET n \+= row\.props$")]
    private static partial Regex NodeShape();

    [GeneratedRegex(@"^UNWIND \$rows AS row MATCH \(a:(?<from>\w+) \{id: row\.from\}\) MATCH \(b:(?<to>\w+) \{id: row\.to\}\) MERGE \(a\)-\[r:(?<type>\w+)\]->\(b\)(?<set> SET r \+= row\.props)? RETURN count\(r\) AS merged$")]
    private static partial Regex RelationshipShape();
}
