using System.Collections.Immutable;
using QuikGraph;

namespace Citations.Core.Graph;

/// <summary>
/// Statements linked to the instruments and provisions they invoke, to who issued them and
/// where they were published (the schema of DESIGN.md), on a QuikGraph
/// <see cref="BidirectionalGraph{TVertex,TEdge}"/>. Built by <see cref="CitationGraphBuilder"/>
/// or read back from a file with <see cref="FromParts"/>; queries live in <see cref="GraphQueries"/>.
/// </summary>
public sealed class CitationGraph
{
    private readonly BidirectionalGraph<GraphNode, GraphEdge> _graph = new(allowParallelEdges: true);
    private readonly Dictionary<GraphNode, GraphNode> _nodes = [];
    private readonly HashSet<(RelationshipType, GraphNode, GraphNode)> _edgeKeys = [];
    private ImmutableArray<GraphNode>? _sortedNodes;
    private ImmutableArray<GraphEdge>? _sortedEdges;

    /// <summary>The graph for QuikGraph's algorithms. Read it; change the graph only through the builder.</summary>
    public IBidirectionalGraph<GraphNode, GraphEdge> Graph => _graph;

    public int NodeCount => _graph.VertexCount;

    public int EdgeCount => _graph.EdgeCount;

    public bool IsEmpty => _graph.IsVerticesEmpty;

    /// <summary>
    /// All nodes in a fixed order (label in schema order, then id, ordinal), whatever order
    /// they were added in, so that exports are the same bytes for the same input.
    /// </summary>
    public ImmutableArray<GraphNode> Nodes => _sortedNodes ??=
    [
        .. _graph.Vertices
            .OrderBy(n => n.Label)
            .ThenBy(n => n.Id, StringComparer.Ordinal),
    ];

    /// <summary>All edges in a fixed order: type in schema order, then source id, then target id.</summary>
    public ImmutableArray<GraphEdge> Edges => _sortedEdges ??=
    [
        .. _graph.Edges
            .OrderBy(e => e.Type)
            .ThenBy(e => e.Source.Id, StringComparer.Ordinal)
            .ThenBy(e => e.Target.Id, StringComparer.Ordinal),
    ];

    public IEnumerable<GraphNode> NodesWith(NodeLabel label) => Nodes.Where(n => n.Label == label);

    public IEnumerable<GraphEdge> EdgesOf(RelationshipType type) => Edges.Where(e => e.Type == type);

    public IEnumerable<StatementNode> Statements => Nodes.OfType<StatementNode>();

    public IEnumerable<InstrumentNode> Instruments => Nodes.OfType<InstrumentNode>();

    public IEnumerable<ProvisionNode> Provisions => Nodes.OfType<ProvisionNode>();

    public IEnumerable<ActorNode> Actors => Nodes.OfType<ActorNode>();

    public IEnumerable<SourceNode> Sources => Nodes.OfType<SourceNode>();

    public int Count(NodeLabel label) => _graph.Vertices.Count(n => n.Label == label);

    public int Count(RelationshipType type) => _graph.Edges.Count(e => e.Type == type);

    /// <summary>The node with this label and id, or null.</summary>
    public GraphNode? Find(NodeLabel label, string id) => _nodes.GetValueOrDefault(new NodeKey(label, id));

    public StatementNode? FindStatement(string id) => Find(NodeLabel.Statement, id) as StatementNode;

    public InstrumentNode? FindInstrument(string id) => Find(NodeLabel.Instrument, id) as InstrumentNode;

    public ProvisionNode? FindProvision(string id) => Find(NodeLabel.Provision, id) as ProvisionNode;

    /// <summary>Edges leaving a node of this graph (an empty list for a node not in it).</summary>
    public IEnumerable<GraphEdge> OutEdges(GraphNode node) =>
        _nodes.TryGetValue(node, out var own) ? _graph.OutEdges(own) : [];

    /// <summary>Edges arriving at a node of this graph (an empty list for a node not in it).</summary>
    public IEnumerable<GraphEdge> InEdges(GraphNode node) =>
        _nodes.TryGetValue(node, out var own) ? _graph.InEdges(own) : [];

    /// <summary>
    /// A graph from its nodes and edges, as a reader of an exported file has them.
    /// </summary>
    /// <exception cref="ArgumentException">Two nodes share a label and id, an edge names a node that
    /// is not among <paramref name="nodes"/>, or two edges of one type join the same nodes.</exception>
    public static CitationGraph FromParts(IEnumerable<GraphNode> nodes, IEnumerable<GraphEdge> edges)
    {
        var graph = new CitationGraph();
        foreach (var node in nodes)
        {
            if (!graph.TryAddNode(node))
            {
                throw new ArgumentException($"node {node} appears twice", nameof(nodes));
            }
        }

        foreach (var edge in edges)
        {
            if (!graph._nodes.TryGetValue(edge.Source, out var source) || !ReferenceEquals(source, edge.Source)
                || !graph._nodes.TryGetValue(edge.Target, out var target) || !ReferenceEquals(target, edge.Target))
            {
                throw new ArgumentException($"edge {edge} joins a node that is not in the graph", nameof(edges));
            }

            if (!graph.TryAddEdge(edge))
            {
                throw new ArgumentException($"edge {edge} appears twice", nameof(edges));
            }
        }

        return graph;
    }

    /// <summary>Adds a node unless one with its label and id is there.</summary>
    internal bool TryAddNode(GraphNode node)
    {
        if (!_nodes.TryAdd(node, node))
        {
            return false;
        }

        _graph.AddVertex(node);
        Changed();
        return true;
    }

    /// <summary>The node with the label and id of <paramref name="node"/>: the one in the graph, or <paramref name="node"/> just added.</summary>
    internal T GetOrAdd<T>(T node) where T : GraphNode
    {
        if (_nodes.TryGetValue(node, out var existing))
        {
            return (T)existing;
        }

        TryAddNode(node);
        return node;
    }

    /// <summary>Adds an edge unless one of its type joins the same nodes; its ends must be this graph's nodes.</summary>
    internal bool TryAddEdge(GraphEdge edge)
    {
        if (!_edgeKeys.Add((edge.Type, edge.Source, edge.Target)))
        {
            return false;
        }

        _graph.AddEdge(edge);
        Changed();
        return true;
    }

    /// <summary>Removes a node and every edge at it; returns the nodes those edges led to.</summary>
    internal List<GraphNode> RemoveNode(GraphNode node)
    {
        if (!_nodes.TryGetValue(node, out var own))
        {
            return [];
        }

        var targets = new List<GraphNode>();
        foreach (var edge in _graph.OutEdges(own))
        {
            _edgeKeys.Remove((edge.Type, edge.Source, edge.Target));
            targets.Add(edge.Target);
        }

        foreach (var edge in _graph.InEdges(own))
        {
            _edgeKeys.Remove((edge.Type, edge.Source, edge.Target));
        }

        _graph.RemoveVertex(own);
        _nodes.Remove(own);
        Changed();
        return targets;
    }

    /// <summary>Whether no edge arrives at this node of the graph.</summary>
    internal bool HasNoInEdges(GraphNode node) => !_nodes.TryGetValue(node, out var own) || _graph.IsInEdgesEmpty(own);

    internal void Clear()
    {
        _graph.Clear();
        _nodes.Clear();
        _edgeKeys.Clear();
        Changed();
    }

    private void Changed()
    {
        _sortedNodes = null;
        _sortedEdges = null;
    }

    /// <summary>A key with a node's label and id, to look a node up by them.</summary>
    private sealed class NodeKey(NodeLabel label, string id) : GraphNode(id)
    {
        public override NodeLabel Label { get; } = label;

        private protected override object?[] Values() => throw new NotSupportedException();
    }
}
