using System.Globalization;
using System.Text;
using Citations.Core.Graph;

namespace Citations.GraphExport;

/// <summary>What a DOT picture shows.</summary>
public sealed record DotOptions
{
    public static readonly DotOptions Default = new();

    /// <summary>Also draw actors, sources and provisions (by default only statements and instruments).</summary>
    public bool AllNodes { get; init; }

    /// <summary>Draw a legend of the shapes.</summary>
    public bool Legend { get; init; } = true;
}

/// <summary>
/// Writes a graph in Graphviz DOT (<c>dot -Tsvg graph.dot -o graph.svg</c>). By default the picture holds
/// statements (notes, labelled with issuer and date) and instruments (boxes labelled with id and year,
/// dashed when not catalogued), each INVOKES line labelled with the articles cited, and a legend; actors,
/// sources and provisions come with <see cref="DotOptions.AllNodes"/>. The graph asks for the sfdp layout,
/// which spreads a corpus over a roughly square page where <c>dot</c>'s ranks made one long strip.
/// Nodes are named <c>n0</c>, <c>n1</c>, … by their place in the graph (ids of different labels may
/// coincide); the label and id are the tooltip.
/// </summary>
/// <remarks>
/// In a DOT quoted string only <c>"</c> is special, but labels and tooltips are escString, where a
/// backslash starts an escape: both are escaped (<c>\"</c>, <c>\\</c>), line breaks become <c>\n</c>,
/// and other control characters are removed.
/// </remarks>
public static class DotWriter
{
    /// <summary>Labels longer than this many characters are cut with an ellipsis.</summary>
    public const int MaxLabelLength = 40;

    /// <summary>
    /// Labels and tooltips (the tooltip carries the node's id) are cut to this many characters: Graphviz
    /// cannot read a quoted string past 16 KB.
    /// </summary>
    public const int MaxTooltipLength = 4096;

    public static void Write(CitationGraph graph, TextWriter writer) => Write(graph, writer, DotOptions.Default);

    public static void Write(CitationGraph graph, TextWriter writer, DotOptions options)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);

        writer.Write("digraph citations {\n");
        writer.Write("  graph [layout=sfdp, overlap=false, splines=true, outputorder=edgesfirst, fontname=\"Helvetica\"];\n");
        writer.Write("  node [fontname=\"Helvetica\", fontsize=10, style=filled];\n");
        writer.Write("  edge [fontname=\"Helvetica\", fontsize=8, color=\"#66666688\"];\n");

        var names = new Dictionary<GraphNode, string>();
        var nodes = graph.Nodes;
        for (var index = 0; index < nodes.Length; index++)
        {
            var node = nodes[index];
            if (!options.AllNodes && node.Label is not (NodeLabel.Statement or NodeLabel.Instrument))
            {
                continue;
            }

            var name = "n" + index.ToString(CultureInfo.InvariantCulture);
            names.Add(node, name);
            var label = NodeCaption.Cut(NodeCaption.Of(node, MaxLabelLength), MaxTooltipLength);
            var tooltip = NodeCaption.Cut(GraphSchema.Name(node.Label) + " " + node.Id, MaxTooltipLength);
            writer.Write($"  \"{name}\" [label={Quote(label)}, tooltip={Quote(tooltip)}, {Style(node)}];\n");
        }

        var articles = options.AllNodes ? null : ArticlesByInvocation(graph);
        foreach (var edge in graph.Edges)
        {
            if (!names.TryGetValue(edge.Source, out var source) || !names.TryGetValue(edge.Target, out var target))
            {
                continue;
            }

            var label = edge switch
            {
                InvokesEdge when articles is not null => articles.GetValueOrDefault((edge.Source, edge.Target)),
                InvokesEdge { Mentions: > 1 } invokes => "×" + invokes.Mentions.ToString(CultureInfo.InvariantCulture),
                InvokesEdge => null,
                CitesEdge { Mentions: > 1 } cites => "×" + cites.Mentions.ToString(CultureInfo.InvariantCulture),
                CitesEdge => null,
                _ => GraphSchema.Name(edge.Type),
            };
            var attributes = new List<string>(2);
            if (label is not null) attributes.Add("label=" + Quote(label));
            if (edge.Type is not (RelationshipType.Invokes or RelationshipType.Cites)) attributes.Add("style=dashed");
            writer.Write(attributes.Count == 0
                ? $"  \"{source}\" -> \"{target}\";\n"
                : $"  \"{source}\" -> \"{target}\" [{string.Join(", ", attributes)}];\n");
        }

        if (options.Legend)
        {
            WriteLegend(writer, options.AllNodes);
        }

        writer.Write("}\n");
    }

    /// <summary>The name of the legend's node, which no graph node has (they are n0, n1, …).</summary>
    public const string LegendNode = "legend";

    /// <summary>Whether a node name is the legend's.</summary>
    public static bool IsLegendNode(string name) => name == LegendNode;

    // One node holding a table, since sfdp and neato ignore clusters: the legend stays in one piece.
    private static void WriteLegend(TextWriter writer, bool allNodes)
    {
        var rows = new List<(string Colour, string Kind, string Label)>
        {
            ("#fff4cc", "statement (note)", "issuer, date"),
            ("#cfe2f3", "instrument (box)", "id (year adopted)"),
            ("#eeeeee", "not in the catalog (dashed box)", "id"),
        };
        if (allNodes)
        {
            rows.Add(("#d9ead3", "provision (ellipse)", "instrument art. 6(1)"));
            rows.Add(("#f4cccc", "issuer (hexagon)", "name"));
            rows.Add(("#e6e6e6", "source (cylinder)", "name"));
        }

        writer.Write($"  \"{LegendNode}\" [shape=plain, fontsize=9, label=<<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"4\">");
        writer.Write("<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>");
        foreach (var (colour, kind, label) in rows)
        {
            writer.Write($"<TR><TD BGCOLOR=\"{colour}\">{kind}</TD><TD>{label}</TD></TR>");
        }

        writer.Write("<TR><TD COLSPAN=\"2\">a line: the statement invokes the instrument; its label: the articles cited</TD></TR>");
        writer.Write("</TABLE>>];\n");
    }

    /// <summary>"art. 2, 17, 19(3)" for each statement and instrument with CITES, from the provisions cited.</summary>
    private static Dictionary<(GraphNode, GraphNode), string> ArticlesByInvocation(CitationGraph graph)
    {
        var instruments = graph.Instruments.ToDictionary(n => n.Id, GraphNode (n) => n, StringComparer.Ordinal);
        var cited = new Dictionary<(GraphNode, GraphNode), List<string>>();
        foreach (var edge in graph.EdgesOf(RelationshipType.Cites))
        {
            if (edge.Target is not ProvisionNode provision || !instruments.TryGetValue(provision.Instrument, out var instrument))
            {
                continue;
            }

            var key = (edge.Source, instrument);
            if (!cited.TryGetValue(key, out var list)) cited[key] = list = [];
            var caption = NodeCaption.Of(provision);
            list.Add(caption[(caption.LastIndexOf(" art. ", StringComparison.Ordinal) + 6)..]);
        }

        return cited.ToDictionary(p => p.Key, p => NodeCaption.Cut("art. " + string.Join(", ", p.Value.OrderBy(LeadingNumber).ThenBy(a => a, StringComparer.Ordinal)), MaxLabelLength));
    }

    /// <summary>A DOT quoted string for an escString attribute (label, tooltip).</summary>
    internal static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append(@"\\"); break;
                case '\n': builder.Append(@"\n"); break;
                case '\r':
                    if (i + 1 >= value.Length || value[i + 1] != '\n')
                    {
                        builder.Append(@"\n");
                    }

                    break;
                default:
                    if (!char.IsControl(c) && !(char.IsSurrogate(c) && !IsPaired(value, i)))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static bool IsPaired(string value, int i) =>
        char.IsHighSurrogate(value[i])
            ? i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
            : i > 0 && char.IsHighSurrogate(value[i - 1]);

    private static int LeadingNumber(string pinpoint)
    {
        var digits = 0;
        while (digits < pinpoint.Length && digits < 9 && char.IsAsciiDigit(pinpoint[digits])) digits++;
        return digits == 0 ? int.MaxValue : int.Parse(pinpoint.AsSpan(0, digits), CultureInfo.InvariantCulture);
    }

    private static string Style(GraphNode node) => node switch
    {
        StatementNode => "shape=note, fillcolor=\"#fff4cc\"",
        InstrumentNode { Catalogued: true } => "shape=box, fillcolor=\"#cfe2f3\", penwidth=2",
        InstrumentNode => "shape=box, fillcolor=\"#eeeeee\", style=\"filled,dashed\"",
        ProvisionNode => "shape=ellipse, fillcolor=\"#d9ead3\"",
        ActorNode => "shape=hexagon, fillcolor=\"#f4cccc\"",
        SourceNode => "shape=cylinder, fillcolor=\"#e6e6e6\"",
        _ => "shape=plaintext",
    };
}
