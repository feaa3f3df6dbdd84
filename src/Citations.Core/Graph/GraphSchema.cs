using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Citations.Core.Graph;

/// <summary>The kinds of node in the citation graph; the names are the Neo4j labels.</summary>
public enum NodeLabel
{
    Statement,
    Instrument,
    Provision,
    Actor,
    Source,
}

/// <summary>The kinds of relationship; <see cref="GraphSchema.Name(RelationshipType)"/> gives the Neo4j type.</summary>
public enum RelationshipType
{
    /// <summary>(Statement)-[:INVOKES]->(Instrument)</summary>
    Invokes,
    /// <summary>(Statement)-[:CITES]->(Provision)</summary>
    Cites,
    /// <summary>(Provision)-[:PROVISION_OF]->(Instrument)</summary>
    ProvisionOf,
    /// <summary>(Instrument)-[:PROTOCOL_TO]->(Instrument): a protocol or amendment to its parent.</summary>
    ProtocolTo,
    /// <summary>(Instrument)-[:PART_OF]->(Instrument): a member of a collection (GC-I to the four Geneva Conventions).</summary>
    PartOf,
    /// <summary>(Statement)-[:ISSUED_BY]->(Actor)</summary>
    IssuedBy,
    /// <summary>(Statement)-[:PUBLISHED_BY]->(Source)</summary>
    PublishedBy,
}

/// <summary>The value types a property can have; every exporter maps these and nothing else.</summary>
public enum PropertyType
{
    String,
    Int,
    Float,
    Boolean,
    /// <summary>A list of strings (INVOKES and CITES surfaces).</summary>
    StringList,
}

/// <summary>A property of a node label or relationship type.</summary>
public sealed record PropertyDefinition(string Name, PropertyType Type);

/// <summary>A property with its value: <c>string</c>, <c>int</c>, <c>double</c>, <c>bool</c>,
/// <c>ImmutableArray&lt;string&gt;</c>, or null when absent.</summary>
public readonly record struct GraphProperty(PropertyDefinition Definition, object? Value)
{
    public string Name => Definition.Name;
    public PropertyType Type => Definition.Type;
}

/// <summary>
/// The graph schema of DESIGN.md, the one place the names of labels, relationship types and
/// properties are spelled; GraphML, CSV, Cypher and JSON all take them from here.
/// </summary>
public static class GraphSchema
{
    private static readonly PropertyDefinition Id = new("id", PropertyType.String);

    private static readonly FrozenDictionary<NodeLabel, ImmutableArray<PropertyDefinition>> NodeProperties =
        new Dictionary<NodeLabel, ImmutableArray<PropertyDefinition>>
        {
            [NodeLabel.Statement] =
            [
                Id, Text("title"), Text("date"), Text("issuer"), Text("source"), Text("url"), Text("language"), Text("sha256"),
            ],
            [NodeLabel.Instrument] =
            [
                Id, Text("title"), Text("kind"), Text("adopted"), Text("entryIntoForce"), Text("treatySeries"),
                new("catalogued", PropertyType.Boolean),
            ],
            [NodeLabel.Provision] = [Id, Text("instrument"), Text("article"), Text("paragraph"), Text("label")],
            [NodeLabel.Actor] = [Id, Text("name")],
            [NodeLabel.Source] = [Id, Text("name")],
        }.ToFrozenDictionary();

    private static readonly FrozenDictionary<RelationshipType, ImmutableArray<PropertyDefinition>> EdgeProperties =
        new Dictionary<RelationshipType, ImmutableArray<PropertyDefinition>>
        {
            [RelationshipType.Invokes] =
            [
                new("mentions", PropertyType.Int), new("surfaces", PropertyType.StringList), new("confidence", PropertyType.Float),
            ],
            [RelationshipType.Cites] = [new("mentions", PropertyType.Int), new("surfaces", PropertyType.StringList)],
            [RelationshipType.ProvisionOf] = [],
            [RelationshipType.ProtocolTo] = [],
            [RelationshipType.PartOf] = [],
            [RelationshipType.IssuedBy] = [],
            [RelationshipType.PublishedBy] = [],
        }.ToFrozenDictionary();

    /// <summary>All labels, in the order exporters write them.</summary>
    public static ImmutableArray<NodeLabel> Labels { get; } =
        [NodeLabel.Statement, NodeLabel.Instrument, NodeLabel.Provision, NodeLabel.Actor, NodeLabel.Source];

    /// <summary>All relationship types, in the order exporters write them.</summary>
    public static ImmutableArray<RelationshipType> RelationshipTypes { get; } =
    [
        RelationshipType.Invokes, RelationshipType.Cites, RelationshipType.ProvisionOf, RelationshipType.ProtocolTo,
        RelationshipType.PartOf, RelationshipType.IssuedBy, RelationshipType.PublishedBy,
    ];

    /// <summary>The Neo4j label: <c>Statement</c>, <c>Instrument</c>, …</summary>
    public static string Name(NodeLabel label) => label switch
    {
        NodeLabel.Statement => "Statement",
        NodeLabel.Instrument => "Instrument",
        NodeLabel.Provision => "Provision",
        NodeLabel.Actor => "Actor",
        NodeLabel.Source => "Source",
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, null),
    };

    /// <summary>The Neo4j relationship type: <c>INVOKES</c>, <c>PROVISION_OF</c>, …</summary>
    public static string Name(RelationshipType type) => type switch
    {
        RelationshipType.Invokes => "INVOKES",
        RelationshipType.Cites => "CITES",
        RelationshipType.ProvisionOf => "PROVISION_OF",
        RelationshipType.ProtocolTo => "PROTOCOL_TO",
        RelationshipType.PartOf => "PART_OF",
        RelationshipType.IssuedBy => "ISSUED_BY",
        RelationshipType.PublishedBy => "PUBLISHED_BY",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static bool TryParseLabel(string? name, out NodeLabel label)
    {
        foreach (var candidate in Labels)
        {
            if (string.Equals(Name(candidate), name, StringComparison.Ordinal))
            {
                label = candidate;
                return true;
            }
        }

        label = default;
        return false;
    }

    public static bool TryParseRelationshipType(string? name, out RelationshipType type)
    {
        foreach (var candidate in RelationshipTypes)
        {
            if (string.Equals(Name(candidate), name, StringComparison.Ordinal))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }

    /// <summary>A label's properties in schema order, <c>id</c> first.</summary>
    public static ImmutableArray<PropertyDefinition> PropertiesOf(NodeLabel label) => NodeProperties[label];

    /// <summary>A relationship type's properties in schema order (empty for structural relationships).</summary>
    public static ImmutableArray<PropertyDefinition> PropertiesOf(RelationshipType type) => EdgeProperties[type];

    /// <summary>The labels a relationship type connects; fixed by the schema, so an edge's ends are known from ids alone.</summary>
    public static (NodeLabel From, NodeLabel To) EndsOf(RelationshipType type) => type switch
    {
        RelationshipType.Invokes => (NodeLabel.Statement, NodeLabel.Instrument),
        RelationshipType.Cites => (NodeLabel.Statement, NodeLabel.Provision),
        RelationshipType.ProvisionOf => (NodeLabel.Provision, NodeLabel.Instrument),
        RelationshipType.ProtocolTo => (NodeLabel.Instrument, NodeLabel.Instrument),
        RelationshipType.PartOf => (NodeLabel.Instrument, NodeLabel.Instrument),
        RelationshipType.IssuedBy => (NodeLabel.Statement, NodeLabel.Actor),
        RelationshipType.PublishedBy => (NodeLabel.Statement, NodeLabel.Source),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>Every property name used on nodes, each with its one type, in first-declared order.</summary>
    public static ImmutableArray<PropertyDefinition> AllNodeProperties { get; } = Distinct(Labels.SelectMany(l => PropertiesOf(l)));

    /// <summary>Every property name used on relationships, each with its one type, in first-declared order.</summary>
    public static ImmutableArray<PropertyDefinition> AllEdgeProperties { get; } = Distinct(RelationshipTypes.SelectMany(t => PropertiesOf(t)));

    /// <summary>The lower-case name used for an instrument kind in every output (<c>treaty</c>, <c>protocol</c>, …).</summary>
    public static string KindName(InstrumentKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParseKind(string? name, out InstrumentKind kind) =>
        Enum.TryParse(name, ignoreCase: true, out kind) && name is { Length: > 0 } && char.IsLetter(name[0]) && Enum.IsDefined(kind);

    private static PropertyDefinition Text(string name) => new(name, PropertyType.String);

    private static ImmutableArray<PropertyDefinition> Distinct(IEnumerable<PropertyDefinition> definitions)
    {
        var seen = new Dictionary<string, PropertyDefinition>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<PropertyDefinition>();
        foreach (var definition in definitions)
        {
            if (seen.TryGetValue(definition.Name, out var first))
            {
                // One name, one type across labels: GraphML keys and CSV headers rely on it.
                if (first.Type != definition.Type)
                {
                    throw new InvalidOperationException($"property {definition.Name} has two types");
                }

                continue;
            }

            seen[definition.Name] = definition;
            result.Add(definition);
        }

        return result.ToImmutable();
    }
}
