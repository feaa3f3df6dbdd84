using System.Collections.Immutable;
using System.Globalization;
using QuikGraph;

namespace Citations.Core.Graph;

/// <summary>
/// A relationship of the citation graph. Between two nodes there is at most one relationship of
/// each type. Edges are immutable; relationships without properties are plain <see cref="GraphEdge"/>s.
/// </summary>
public class GraphEdge : IEdge<GraphNode>
{
    /// <exception cref="ArgumentException">The ends do not have the labels the schema gives the type.</exception>
    public GraphEdge(RelationshipType type, GraphNode source, GraphNode target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var (from, to) = GraphSchema.EndsOf(type);
        if (source.Label != from || target.Label != to)
        {
            throw new ArgumentException(
                $"{GraphSchema.Name(type)} goes from {GraphSchema.Name(from)} to {GraphSchema.Name(to)}, not {source} to {target}");
        }

        if ((type == RelationshipType.Invokes && this is not InvokesEdge) || (type == RelationshipType.Cites && this is not CitesEdge))
        {
            throw new ArgumentException($"{GraphSchema.Name(type)} carries properties: use {nameof(Create)}");
        }

        Type = type;
        Source = source;
        Target = target;
    }

    public RelationshipType Type { get; }

    public GraphNode Source { get; }

    public GraphNode Target { get; }

    /// <summary>The properties in schema order; empty for structural relationships.</summary>
    public ImmutableArray<GraphProperty> Properties
    {
        get
        {
            var definitions = GraphSchema.PropertiesOf(Type);
            var values = Values();
            var builder = ImmutableArray.CreateBuilder<GraphProperty>(definitions.Length);
            for (var i = 0; i < definitions.Length; i++)
            {
                builder.Add(new GraphProperty(definitions[i], values[i]));
            }

            return builder.MoveToImmutable();
        }
    }

    private protected virtual object?[] Values() => [];

    public override string ToString() => $"{Source}-[:{GraphSchema.Name(Type)}]->{Target}";

    /// <summary>
    /// An edge from a bag of property values keyed by schema name (what a reader of an exported file has).
    /// </summary>
    /// <exception cref="ArgumentException">The ends have the wrong labels or a value has the wrong type.</exception>
    public static GraphEdge Create(RelationshipType type, GraphNode source, GraphNode target, IReadOnlyDictionary<string, object?> properties)
    {
        return type switch
        {
            RelationshipType.Invokes => new InvokesEdge(
                source as StatementNode ?? throw WrongEnd(type, source),
                target as InstrumentNode ?? throw WrongEnd(type, target),
                Mentions(properties), Surfaces(properties), Confidence(properties)),
            RelationshipType.Cites => new CitesEdge(
                source as StatementNode ?? throw WrongEnd(type, source),
                target as ProvisionNode ?? throw WrongEnd(type, target),
                Mentions(properties), Surfaces(properties)),
            _ => new GraphEdge(type, source, target),
        };
    }

    private static ArgumentException WrongEnd(RelationshipType type, GraphNode node) =>
        new($"{GraphSchema.Name(type)} cannot connect {node}");

    private static int Mentions(IReadOnlyDictionary<string, object?> properties) => properties.GetValueOrDefault("mentions") switch
    {
        int value => value,
        long value and >= int.MinValue and <= int.MaxValue => (int)value,
        null => throw new ArgumentException("property mentions is required"),
        var other => throw new ArgumentException($"property mentions must be an integer, not {Format(other)}"),
    };

    private static double Confidence(IReadOnlyDictionary<string, object?> properties) => properties.GetValueOrDefault("confidence") switch
    {
        double value => value,
        float value => value,
        int value => value,
        long value => value,
        null => throw new ArgumentException("property confidence is required"),
        var other => throw new ArgumentException($"property confidence must be a number, not {Format(other)}"),
    };

    private static ImmutableArray<string> Surfaces(IReadOnlyDictionary<string, object?> properties) => properties.GetValueOrDefault("surfaces") switch
    {
        null => [],
        ImmutableArray<string> list => list,
        IEnumerable<string> list => [.. list],
        var other => throw new ArgumentException($"property surfaces must be a list of strings, not {Format(other)}"),
    };

    private static string Format(object value) =>
        value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value.GetType().Name;
}

/// <summary>All mentions of one instrument in one statement, aggregated.</summary>
public sealed class InvokesEdge(StatementNode statement, InstrumentNode instrument, int mentions, ImmutableArray<string> surfaces, double confidence)
    : GraphEdge(RelationshipType.Invokes, statement, instrument)
{
    public StatementNode Statement { get; } = statement;
    public InstrumentNode Instrument { get; } = instrument;
    /// <summary>How many times the statement mentions the instrument.</summary>
    public int Mentions { get; } = mentions;
    /// <summary>The distinct surface texts of the mentions, in the order first seen.</summary>
    public ImmutableArray<string> Surfaces { get; } = surfaces.IsDefault ? [] : surfaces;
    /// <summary>The highest confidence of the mentions.</summary>
    public double Confidence { get; } = confidence;

    private protected override object?[] Values() => [Mentions, Surfaces, Confidence];
}

/// <summary>All pinpoints of one provision in one statement, aggregated.</summary>
public sealed class CitesEdge(StatementNode statement, ProvisionNode provision, int mentions, ImmutableArray<string> surfaces)
    : GraphEdge(RelationshipType.Cites, statement, provision)
{
    public StatementNode Statement { get; } = statement;
    public ProvisionNode Provision { get; } = provision;
    public int Mentions { get; } = mentions;
    /// <summary>The distinct surface texts of the mentions carrying the pinpoint, in the order first seen.</summary>
    public ImmutableArray<string> Surfaces { get; } = surfaces.IsDefault ? [] : surfaces;

    private protected override object?[] Values() => [Mentions, Surfaces];
}
