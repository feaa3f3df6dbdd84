using System.Collections.Immutable;
using System.Globalization;

namespace Citations.Core.Graph;

/// <summary>
/// A node of the citation graph. A node is identified by its label and id, as in Neo4j with a
/// uniqueness constraint per label: two nodes with the same label and id are equal whatever
/// their other properties. Nodes are immutable.
/// </summary>
public abstract class GraphNode : IEquatable<GraphNode>
{
    private protected GraphNode(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        Id = id;
    }

    public string Id { get; }

    public abstract NodeLabel Label { get; }

    /// <summary>The properties in schema order, <c>id</c> first; absent values are null.</summary>
    public ImmutableArray<GraphProperty> Properties
    {
        get
        {
            var definitions = GraphSchema.PropertiesOf(Label);
            var values = Values();
            var builder = ImmutableArray.CreateBuilder<GraphProperty>(definitions.Length);
            for (var i = 0; i < definitions.Length; i++)
            {
                builder.Add(new GraphProperty(definitions[i], values[i]));
            }

            return builder.MoveToImmutable();
        }
    }

    /// <summary>Values in the order of <see cref="GraphSchema.PropertiesOf(NodeLabel)"/>.</summary>
    private protected abstract object?[] Values();

    public bool Equals(GraphNode? other) =>
        other is not null && Label == other.Label && string.Equals(Id, other.Id, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as GraphNode);

    public override int GetHashCode() => HashCode.Combine(Label, StringComparer.Ordinal.GetHashCode(Id));

    public override string ToString() => $"({GraphSchema.Name(Label)} {Id})";

    /// <summary>
    /// A node from a bag of property values keyed by schema name (what a reader of an exported
    /// file has). Unknown names are ignored; values must have the schema's types.
    /// </summary>
    /// <exception cref="ArgumentException">The id is missing or a value has the wrong type.</exception>
    public static GraphNode Create(NodeLabel label, IReadOnlyDictionary<string, object?> properties)
    {
        var bag = new PropertyBag(properties);
        var id = bag.RequiredString("id");
        return label switch
        {
            NodeLabel.Statement => new StatementNode(id)
            {
                Title = bag.String("title"),
                Date = bag.String("date"),
                Issuer = bag.String("issuer"),
                Source = bag.String("source"),
                Url = bag.String("url"),
                Language = bag.String("language"),
                Sha256 = bag.String("sha256"),
            },
            NodeLabel.Instrument => new InstrumentNode(id, bag.RequiredString("title"), bag.Kind("kind"))
            {
                Adopted = bag.String("adopted"),
                EntryIntoForce = bag.String("entryIntoForce"),
                TreatySeries = bag.String("treatySeries"),
                Catalogued = bag.Boolean("catalogued") ?? false,
            },
            NodeLabel.Provision => new ProvisionNode(id, bag.RequiredString("instrument"), bag.RequiredString("article"),
                bag.String("paragraph"), bag.RequiredString("label")),
            NodeLabel.Actor => new ActorNode(id, bag.RequiredString("name")),
            NodeLabel.Source => new SourceNode(id, bag.RequiredString("name")),
            _ => throw new ArgumentOutOfRangeException(nameof(label), label, null),
        };
    }

    private readonly struct PropertyBag(IReadOnlyDictionary<string, object?> properties)
    {
        public string? String(string name) => properties.GetValueOrDefault(name) switch
        {
            null => null,
            string text => text,
            var other => throw new ArgumentException($"property {name} must be a string, not {Describe(other)}", name),
        };

        public string RequiredString(string name) =>
            String(name) is { Length: > 0 } text ? text : throw new ArgumentException($"property {name} is required", name);

        public bool? Boolean(string name) => properties.GetValueOrDefault(name) switch
        {
            null => null,
            bool value => value,
            var other => throw new ArgumentException($"property {name} must be a boolean, not {Describe(other)}", name),
        };

        public InstrumentKind Kind(string name)
        {
            var text = RequiredString(name);
            return GraphSchema.TryParseKind(text, out var kind)
                ? kind
                : throw new ArgumentException($"property {name}: \"{text}\" is not an instrument kind", name);
        }

        private static string Describe(object value) => value switch
        {
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.GetType().Name,
        };
    }
}

/// <summary>A statement: one press release, speech, court summary… Its text is not kept, only its hash.</summary>
public sealed class StatementNode(string id) : GraphNode(id)
{
    public override NodeLabel Label => NodeLabel.Statement;
    public string? Title { get; init; }
    /// <summary>As the source gives it: "2026-02-23", "2018-09" or "1990".</summary>
    public string? Date { get; init; }
    public string? Issuer { get; init; }
    public string? Source { get; init; }
    public string? Url { get; init; }
    public string? Language { get; init; }
    /// <summary>SHA-256 of the statement's text as UTF-8, lower-case hex.</summary>
    public string? Sha256 { get; init; }

    private protected override object?[] Values() => [Id, Title, Date, Issuer, Source, Url, Language, Sha256];
}

/// <summary>An instrument a statement invokes, or a parent or collection of one.</summary>
public sealed class InstrumentNode(string id, string title, InstrumentKind kind) : GraphNode(id)
{
    public override NodeLabel Label => NodeLabel.Instrument;
    public string Title { get; } = title;
    public InstrumentKind Kind { get; } = kind;
    /// <summary>ISO date (yyyy-MM-dd) of adoption; null when not catalogued.</summary>
    public string? Adopted { get; init; }
    public string? EntryIntoForce { get; init; }
    public string? TreatySeries { get; init; }
    /// <summary>Whether the instrument is in the catalog the graph was built with.</summary>
    public bool Catalogued { get; init; }

    private protected override object?[] Values() =>
        [Id, Title, GraphSchema.KindName(Kind), Adopted, EntryIntoForce, TreatySeries, Catalogued];
}

/// <summary>An article (or a paragraph of one) of an instrument: id <c>ICCPR/art/6(1)</c>.</summary>
public sealed class ProvisionNode(string id, string instrument, string article, string? paragraph, string label) : GraphNode(id)
{
    public override NodeLabel Label => NodeLabel.Provision;
    /// <summary>The id of the instrument the provision belongs to.</summary>
    public string Instrument { get; } = instrument;
    /// <summary>The article number: "6" for 6(1).</summary>
    public string Article { get; } = article;
    /// <summary>The paragraph below the article: "1" for 6(1), "4(a)" for 2(4)(a); null for a whole article.</summary>
    public string? Paragraph { get; } = paragraph;
    /// <summary>For people: "Article 6(1)".</summary>
    public string DisplayLabel { get; } = label;

    private protected override object?[] Values() => [Id, Instrument, Article, Paragraph, DisplayLabel];
}

/// <summary>Who issued a statement: an ombudsperson, a ministry, an NGO, a court.</summary>
public sealed class ActorNode(string id, string name) : GraphNode(id)
{
    public override NodeLabel Label => NodeLabel.Actor;
    public string Name { get; } = name;

    private protected override object?[] Values() => [Id, Name];
}

/// <summary>Where a statement was published: a news agency, a website.</summary>
public sealed class SourceNode(string id, string name) : GraphNode(id)
{
    public override NodeLabel Label => NodeLabel.Source;
    public string Name { get; } = name;

    private protected override object?[] Values() => [Id, Name];
}
