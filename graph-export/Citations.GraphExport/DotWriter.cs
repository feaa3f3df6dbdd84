using System.Globalization;
using System.Text;
using Citations.Core.Graph;

namespace Citations.GraphExport;

/// <summary>
/// Writes a graph in Graphviz DOT (<c>dot -Tsvg graph.dot -o graph.svg</c>). Statements are notes,
/// instruments boxes (dashed when not catalogued), provisions ellipses, actors and sources plain shapes,
/// each in its own colour. Nodes are named <c>n0</c>, <c>n1</c>, … (ids of different labels may coincide);
/// the real id is the tooltip and, for instruments and provisions, the label.
/// </summary>
/// <remarks>
/// In a DOT quoted string only <c>"</c> is special, but labels and tooltips are escString, where a
/// backslash starts an escape: both are escaped (<c>\"</c>, <c>\\</c>), line breaks become <c>\n</c>,
/// and other control characters are removed.
/// </remarks>
public static class DotWriter
{
    /// <summary>Labels longer than this many characters are cut with an ellipsis.</summary>
    public const int MaxLabelLength = 60;

    /// <summary>Tooltips (which carry the node's id) are cut to this many characters: Graphviz cannot read a quoted string past 16 KB.</summary>
    public const int MaxTooltipLength = 4096;

    public static void Write(CitationGraph graph, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);

        writer.Write("digraph citations {\n");
        writer.Write("  graph [rankdir=LR, overlap=false];\n");
        writer.Write("  node [fontname=\"Helvetica\", fontsize=10, style=filled];\n");
        writer.Write("  edge [fontname=\"Helvetica\", fontsize=8, color=\"#666666\"];\n");

        var names = new Dictionary<GraphNode, string>();
        foreach (var node in graph.Nodes)
        {
            var name = "n" + names.Count.ToString(CultureInfo.InvariantCulture);
            names.Add(node, name);
            writer.Write($"  \"{name}\" [label={Quote(Cut(Caption(node), MaxLabelLength))}, tooltip={Quote(Cut(GraphSchema.Name(node.Label) + " " + node.Id, MaxTooltipLength))}, {Style(node)}];\n");
        }

        foreach (var edge in graph.Edges)
        {
            var label = edge switch
            {
                InvokesEdge invokes => $"INVOKES ×{invokes.Mentions.ToString(CultureInfo.InvariantCulture)}",
                CitesEdge cites => $"CITES ×{cites.Mentions.ToString(CultureInfo.InvariantCulture)}",
                _ => GraphSchema.Name(edge.Type),
            };
            var style = edge.Type is RelationshipType.Invokes or RelationshipType.Cites ? "" : ", style=dashed";
            writer.Write($"  \"{names[edge.Source]}\" -> \"{names[edge.Target]}\" [label={Quote(label)}{style}];\n");
        }

        writer.Write("}\n");
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

    private static string Caption(GraphNode node) => node switch
    {
        StatementNode s => s.Title ?? s.Id,
        InstrumentNode i => i.Id,
        ProvisionNode p => p.Id,
        ActorNode a => a.Name,
        SourceNode s => s.Name,
        _ => node.Id,
    };

    private static string Cut(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var end = max - 1;
        if (char.IsLowSurrogate(text[end]))
        {
            end--;
        }

        return text[..end] + "…";
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
