using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Citations.Core.Graph;

/// <summary>
/// Builds a <see cref="CitationGraph"/> one statement at a time. A statement's text is hashed
/// and dropped; instruments are added only when invoked, together with the parents they are
/// protocols to and the collections they belong to (recursively), with their properties taken
/// from the catalog or, for instruments it does not hold, from the citations.
/// </summary>
public sealed class CitationGraphBuilder
{
    private readonly InstrumentCatalog _catalog;
    private readonly ILookup<string, string> _collectionsOf;
    private readonly List<string> _statementOrder = [];
    private readonly HashSet<string> _statementIds = new(StringComparer.Ordinal);

    public CitationGraphBuilder(InstrumentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
        _collectionsOf = catalog.Instruments
            .SelectMany(c => c.Members.Select(m => (Member: m, Collection: c.Id)))
            .ToLookup(p => p.Member, p => p.Collection, StringComparer.Ordinal);
    }

    /// <summary>The graph so far; it grows with each <see cref="Add"/>.</summary>
    public CitationGraph Graph { get; } = new();

    /// <summary>How many distinct statements have been added.</summary>
    public int StatementCount => _statementOrder.Count;

    /// <summary>Nodes and edges added or removed so far: the builder's work, which tests hold linear in the input.</summary>
    internal long Steps { get; private set; }

    /// <summary>
    /// Adds a statement and its citations. Adding a statement id again replaces what the earlier
    /// one contributed (the graph is as if only the last version had been added), so loading the
    /// same input twice yields one graph. A replacement costs what the two versions touch, not the graph.
    /// </summary>
    public void Add(ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var contribution = Contribution.Of(result, this);
        if (_statementIds.Add(contribution.Statement.Id))
        {
            _statementOrder.Add(contribution.Statement.Id);
        }
        else
        {
            Remove(Graph.FindStatement(contribution.Statement.Id)!);
        }

        Apply(contribution);
    }

    /// <summary>Removes a statement, then whatever only it held in the graph (an instrument stays while it is invoked or is the parent or collection of one that stays).</summary>
    private void Remove(GraphNode node)
    {
        var pending = new Stack<GraphNode>(Graph.RemoveNode(node));
        Steps++;
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            Steps++;
            if (Graph.Find(next.Label, next.Id) is null || !Graph.HasNoInEdges(next))
            {
                continue;
            }

            foreach (var target in Graph.RemoveNode(next))
            {
                pending.Push(target);
            }
        }
    }

    public void AddRange(IEnumerable<ExtractionResult> results)
    {
        foreach (var result in results)
        {
            Add(result);
        }
    }

    private void Apply(Contribution contribution)
    {
        Steps += 1 + contribution.Invocations.Length + contribution.Citations.Length;
        var statement = Graph.GetOrAdd(contribution.Statement);
        if (contribution.Actor is { } actor)
        {
            Graph.TryAddEdge(new GraphEdge(RelationshipType.IssuedBy, statement, Graph.GetOrAdd(actor)));
        }

        if (contribution.Source is { } source)
        {
            Graph.TryAddEdge(new GraphEdge(RelationshipType.PublishedBy, statement, Graph.GetOrAdd(source)));
        }

        foreach (var invocation in contribution.Invocations)
        {
            var instrument = AddInstrument(invocation.Instrument);
            Graph.TryAddEdge(new InvokesEdge(statement, instrument, invocation.Mentions, invocation.Surfaces, invocation.Confidence));
        }

        foreach (var citation in contribution.Citations)
        {
            var provision = Graph.GetOrAdd(citation.Provision);
            var instrument = Graph.FindInstrument(provision.Instrument)!;
            Graph.TryAddEdge(new GraphEdge(RelationshipType.ProvisionOf, provision, instrument));
            Graph.TryAddEdge(new CitesEdge(statement, provision, citation.Mentions, citation.Surfaces));
        }
    }

    /// <summary>Adds an instrument with its parents and collections, recursively; returns the graph's node.</summary>
    private InstrumentNode AddInstrument(InstrumentNode candidate)
    {
        if (Graph.FindInstrument(candidate.Id) is { } existing)
        {
            return existing;
        }

        var node = Graph.GetOrAdd(candidate);
        if (_catalog.Find(node.Id) is { } instrument)
        {
            if (instrument.Parent is { } parent && _catalog.Find(parent) is { } parentInstrument)
            {
                Graph.TryAddEdge(new GraphEdge(RelationshipType.ProtocolTo, node, AddInstrument(FromCatalog(parentInstrument))));
            }

            foreach (var collection in _collectionsOf[node.Id])
            {
                Graph.TryAddEdge(new GraphEdge(RelationshipType.PartOf, node, AddInstrument(FromCatalog(_catalog.Find(collection)!))));
            }
        }

        return node;
    }

    private static InstrumentNode FromCatalog(Instrument instrument) => new(instrument.Id, instrument.Title, instrument.Kind)
    {
        Adopted = instrument.Adopted,
        EntryIntoForce = instrument.EntryIntoForce,
        TreatySeries = instrument.TreatySeries,
        Catalogued = true,
    };

    private InstrumentNode InstrumentFor(Citation citation) =>
        _catalog.Find(citation.InstrumentId) is { } instrument
            ? FromCatalog(instrument)
            : new InstrumentNode(citation.InstrumentId, string.IsNullOrWhiteSpace(citation.Title) ? citation.InstrumentId : citation.Title, citation.Kind)
            {
                Catalogued = false,
            };

    /// <summary>SHA-256 of the text as UTF-8, lower-case hex.</summary>
    internal static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>
    /// A stable id from a name: lower-case letters and digits, every other run of characters one '-'
    /// ("UN Human Rights Council" → "un-human-rights-council"). Names that differ only in case or
    /// punctuation share an id, and the first name seen is kept.
    /// </summary>
    internal static string Slug(string name)
    {
        var builder = new StringBuilder(name.Length);
        var dash = false;
        foreach (var rune in name.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                if (dash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                dash = false;
                builder.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else
            {
                dash = true;
            }
        }

        // A name with no letters or digits still needs an id that is stable and distinct.
        return builder.Length > 0 ? builder.ToString() : "x-" + Sha256(name)[..12];
    }

    /// <summary>
    /// The node for a pinpoint: <c>6(1)</c> of ICCPR is <c>ICCPR/art/6(1)</c>, article "6",
    /// paragraph "1"; <c>2(4)(a)</c> has paragraph "4(a)".
    /// </summary>
    internal static ProvisionNode? Provision(string instrumentId, string pinpoint)
    {
        var provision = pinpoint.Trim();
        if (provision.Length == 0)
        {
            return null;
        }

        var open = provision.IndexOf('(', StringComparison.Ordinal);
        string article = provision;
        string? paragraph = null;
        if (open > 0)
        {
            article = provision[..open].TrimEnd();
            var rest = provision[open..];
            var close = rest.IndexOf(')', StringComparison.Ordinal);
            paragraph = close > 0 ? rest[1..close] + rest[(close + 1)..] : rest[1..];
            if (paragraph.Length == 0)
            {
                paragraph = null;
            }
        }

        return new ProvisionNode($"{instrumentId}/art/{provision}", instrumentId, article, paragraph, "Article " + provision);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private sealed record Invocation(InstrumentNode Instrument, int Mentions, ImmutableArray<string> Surfaces, double Confidence);

    private sealed record ProvisionCitation(ProvisionNode Provision, int Mentions, ImmutableArray<string> Surfaces);

    /// <summary>What one statement adds to the graph.</summary>
    private sealed record Contribution(
        StatementNode Statement,
        ActorNode? Actor,
        SourceNode? Source,
        ImmutableArray<Invocation> Invocations,
        ImmutableArray<ProvisionCitation> Citations)
    {
        public static Contribution Of(ExtractionResult result, CitationGraphBuilder builder)
        {
            var metadata = result.Statement.Metadata ?? StatementMetadata.Empty;
            var statement = new StatementNode(result.Statement.Id)
            {
                Title = Blank(metadata.Title),
                Date = Blank(metadata.Date),
                Issuer = Blank(metadata.Issuer),
                Source = Blank(metadata.Source),
                Url = Blank(metadata.Url),
                Language = Blank(metadata.Language),
                Sha256 = Sha256(result.Statement.Text ?? ""),
            };

            var invocations = new Dictionary<string, (InstrumentNode Instrument, int Mentions, List<string> Surfaces, double Confidence)>(StringComparer.Ordinal);
            var invocationOrder = new List<string>();
            var provisions = new Dictionary<string, (ProvisionNode Provision, int Mentions, List<string> Surfaces)>(StringComparer.Ordinal);
            var provisionOrder = new List<string>();
            var citations = result.Citations.IsDefault ? [] : result.Citations;
            foreach (var citation in citations)
            {
                if (string.IsNullOrWhiteSpace(citation.InstrumentId))
                {
                    continue;
                }

                if (invocations.TryGetValue(citation.InstrumentId, out var seen))
                {
                    AddDistinct(seen.Surfaces, citation.Surface);
                    invocations[citation.InstrumentId] = (seen.Instrument, seen.Mentions + 1, seen.Surfaces, Math.Max(seen.Confidence, citation.Confidence));
                }
                else
                {
                    invocationOrder.Add(citation.InstrumentId);
                    var surfaces = new List<string>();
                    AddDistinct(surfaces, citation.Surface);
                    invocations[citation.InstrumentId] = (builder.InstrumentFor(citation), 1, surfaces, citation.Confidence);
                }

                var pinpoints = citation.Provisions.IsDefault ? [] : citation.Provisions;
                foreach (var pinpoint in pinpoints.Distinct(StringComparer.Ordinal))
                {
                    if (Provision(citation.InstrumentId, pinpoint) is not { } provision)
                    {
                        continue;
                    }

                    if (provisions.TryGetValue(provision.Id, out var cited))
                    {
                        AddDistinct(cited.Surfaces, citation.Surface);
                        provisions[provision.Id] = (cited.Provision, cited.Mentions + 1, cited.Surfaces);
                    }
                    else
                    {
                        provisionOrder.Add(provision.Id);
                        var surfaces = new List<string>();
                        AddDistinct(surfaces, citation.Surface);
                        provisions[provision.Id] = (provision, 1, surfaces);
                    }
                }
            }

            return new Contribution(
                statement,
                statement.Issuer is { } issuer ? new ActorNode(Slug(issuer), issuer) : null,
                statement.Source is { } source ? new SourceNode(Slug(source), source) : null,
                [.. invocationOrder.Select(id => invocations[id]).Select(i => new Invocation(i.Instrument, i.Mentions, [.. i.Surfaces], i.Confidence))],
                [.. provisionOrder.Select(id => provisions[id]).Select(p => new ProvisionCitation(p.Provision, p.Mentions, [.. p.Surfaces]))]);
        }

        private static void AddDistinct(List<string> surfaces, string? surface)
        {
            if (!string.IsNullOrEmpty(surface) && !surfaces.Contains(surface, StringComparer.Ordinal))
            {
                surfaces.Add(surface);
            }
        }
    }
}
