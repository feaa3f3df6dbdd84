using System.Collections.Immutable;
using System.Xml;
using Citations.Core.Graph;
using Newtonsoft.Json;

namespace Citations.GraphExport;

/// <summary>
/// Writes a graph as GraphML the way Neo4j's APOC writes it, so that <c>apoc.import.graphml(file,
/// {readLabels: true})</c>, Gephi, yEd, Cytoscape and NetworkX read it.
/// </summary>
/// <remarks>
/// GraphML ids must be XML name tokens, which <c>ICCPR/art/6</c> or <c>S/RES/822(1993)</c> are not, so
/// nodes are <c>n0</c>, <c>n1</c>, … and edges <c>e0</c>, … (in the graph's fixed order) and the real id
/// travels in the <c>id</c> data key. Node labels are in the <c>labels</c> key (<c>:Statement</c>) and
/// relationship types in the edge key named <c>label</c>, as APOC has them. Every key is declared with its
/// <c>attr.type</c>; GraphML has no list type, so a list (INVOKES and CITES <c>surfaces</c>) is a string
/// holding a JSON array (<c>["the Covenant","ICCPR"]</c>), as APOC writes arrays, and its key says so in a
/// <c>desc</c>. Characters XML 1.0 forbids (most C0 controls, lone surrogates) are removed; the rest is
/// escaped. Nodes come before edges and there is no DOCTYPE (APOC refuses both otherwise). Every node also
/// carries a short name for people in the node key named <c>label</c> (<see cref="NodeCaption"/>), which
/// Gephi, yEd, Cytoscape and igraph show.
/// </remarks>
public static class GraphMLWriter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>
    /// The node key readers show as a node's name (Gephi, yEd, Cytoscape and igraph look for <c>label</c>):
    /// every node has one, from <see cref="NodeCaption"/>. A provision's schema property <c>label</c>
    /// ("Article 19(3)") gives way to it ("ICCPR art. 19(3)"): one key per name and domain.
    /// </summary>
    public const string Caption = "label";

    /// <summary>Description written in the caption key.</summary>
    public const string CaptionDescription = "a short name for people: instrument and year, issuer and date, instrument and article";

    /// <summary>Description written in the keys of list properties.</summary>
    public const string ListDescription = "list of strings, written as a JSON array";

    /// <summary>
    /// Writes UTF-8 (no byte order mark) to a stream, which stays open. The bytes are those the
    /// <see cref="XmlWriter"/> overload gives with UTF-8, two-space indentation and entitized new lines,
    /// written without an XML writer or any intermediate string.
    /// </summary>
    public static void Write(CitationGraph graph, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        using var output = new Utf8MarkupWriter(stream);
        output.Raw(s_preamble);
        if (graph.NodeCount == 0 && graph.EdgeCount == 0)
        {
            output.Raw(" />\n</graphml>"u8);
            output.Complete();
            return;
        }

        output.Raw(">"u8);
        var nodes = graph.Nodes;
        var nodeIds = new Dictionary<GraphNode, int>(nodes.Length);
        foreach (var node in nodes)
        {
            var id = nodeIds.Count;
            nodeIds.Add(node, id);
            output.Raw("\n    <node id=\"n"u8);
            output.Int(id);
            output.Raw("\">"u8);
            output.Raw(s_labelData[(int)node.Label]);
            output.Raw(s_captionStart);
            output.XmlText(NodeCaption.Of(node));
            output.Raw("</data>"u8);
            var starts = s_nodeDataStarts[(int)node.Label];
            var properties = node.Properties;
            for (var i = 0; i < properties.Length; i++)
            {
                if (starts[i] is { } start) Data(output, start, properties[i]);
            }

            output.Raw("\n    </node>"u8);
        }

        var edgeCount = 0;
        foreach (var edge in graph.Edges)
        {
            output.Raw("\n    <edge id=\"e"u8);
            output.Int(edgeCount++);
            output.Raw("\" source=\"n"u8);
            output.Int(nodeIds[edge.Source]);
            output.Raw("\" target=\"n"u8);
            output.Int(nodeIds[edge.Target]);
            output.Raw("\">"u8);
            output.Raw(s_typeData[(int)edge.Type]);
            var starts = s_edgeDataStarts[(int)edge.Type];
            var properties = edge.Properties;
            for (var i = 0; i < properties.Length; i++)
            {
                Data(output, starts[i], properties[i]);
            }

            output.Raw("\n    </edge>"u8);
        }

        output.Raw("\n  </graph>\n</graphml>"u8);
        output.Complete();
    }

    /// <summary>One <c>data</c> element with its start tag (key included) in <paramref name="start"/>; nothing for an absent value.</summary>
    private static void Data(Utf8MarkupWriter output, byte[] start, GraphProperty property)
    {
        switch (property.Value)
        {
            case null:
                return;
            case string s:
                output.Raw(start);
                output.XmlText(s);
                break;
            case int i:
                output.Raw(start);
                output.Int(i);
                break;
            case double d:
                output.Raw(start);
                output.Float(d);
                break;
            case bool b:
                output.Raw(start);
                output.Raw(b ? "true"u8 : "false"u8);
                break;
            case ImmutableArray<string> list:
                output.Raw(start);
                output.XmlTextOfJsonArray(list.AsSpan());
                break;
            default:
                throw new InvalidOperationException($"unexpected value type {property.Value.GetType()} for {property.Name}");
        }

        output.Raw("</data>"u8);
    }

    /// <summary>Everything up to the graph element's start tag, left open: the same for every graph.</summary>
    private static readonly byte[] s_preamble = Preamble();

    private static byte[] Preamble()
    {
        // Written once by the XML writer itself: the declarations of the keys follow the schema.
        using var bytes = new MemoryStream();
        using (var writer = XmlWriter.Create(bytes, Settings()))
        {
            WriteHead(writer);
            writer.WriteString("");
        }

        var text = bytes.ToArray();
        var end = text.AsSpan().LastIndexOf("edgedefault=\"directed\">"u8);
        return text[..(end + "edgedefault=\"directed\"".Length)];
    }

    private static byte[] DataStart(string key) => Text.Utf8.GetBytes($"\n      <data key=\"{key}\">");

    /// <summary>Per label, the start tag of each property's data element in schema order; null for the one the caption replaces.</summary>
    private static readonly byte[]?[][] s_nodeDataStarts =
        [.. Enum.GetValues<NodeLabel>().Select(l => GraphSchema.PropertiesOf(l).Select(p => p.Name == Caption ? null : DataStart(NodeKey(p.Name))).ToArray())];

    /// <summary>Per relationship type, the start tag of each property's data element in schema order.</summary>
    private static readonly byte[][][] s_edgeDataStarts =
        [.. Enum.GetValues<RelationshipType>().Select(t => GraphSchema.PropertiesOf(t).Select(p => DataStart(EdgeKey(p.Name))).ToArray())];

    private static readonly byte[] s_captionStart = DataStart(NodeKey(Caption));

    private static readonly byte[][] s_labelData =
        [.. Enum.GetValues<NodeLabel>().Select(l => Text.Utf8.GetBytes($"\n      <data key=\"{NodeKey("labels")}\">:{GraphSchema.Name(l)}</data>"))];

    private static readonly byte[][] s_typeData =
        [.. Enum.GetValues<RelationshipType>().Select(t => Text.Utf8.GetBytes($"\n      <data key=\"{EdgeKey("label")}\">{GraphSchema.Name(t)}</data>"))];

    /// <summary>Writes to a text writer, which stays open.</summary>
    public static void Write(CitationGraph graph, TextWriter textWriter)
    {
        ArgumentNullException.ThrowIfNull(textWriter);
        using var writer = XmlWriter.Create(textWriter, Settings());
        Write(graph, writer);
    }

    /// <summary>Writes the whole document (declaration to end) to an XML writer and flushes it.</summary>
    public static void Write(CitationGraph graph, XmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);

        WriteHead(writer);
        WriteBody(graph, writer, new Dictionary<GraphNode, string>());
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
        writer.Flush();
    }

    private static void WriteHead(XmlWriter writer)
    {
        writer.WriteStartDocument();
        writer.WriteStartElement("graphml", Namespace);
        writer.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        writer.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
            Namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");

        WriteKey(writer, NodeKey("labels"), "node", "labels", "string", null);
        WriteKey(writer, NodeKey(Caption), "node", Caption, "string", CaptionDescription);
        foreach (var property in GraphSchema.AllNodeProperties.Where(p => p.Name != Caption))
        {
            WriteKey(writer, NodeKey(property.Name), "node", property.Name, TypeName(property.Type), Description(property.Type));
        }

        WriteKey(writer, EdgeKey("label"), "edge", "label", "string", null);
        foreach (var property in GraphSchema.AllEdgeProperties)
        {
            WriteKey(writer, EdgeKey(property.Name), "edge", property.Name, TypeName(property.Type), Description(property.Type));
        }

        writer.WriteStartElement("graph", Namespace);
        writer.WriteAttributeString("id", "G");
        writer.WriteAttributeString("edgedefault", "directed");
    }

    private static void WriteBody(CitationGraph graph, XmlWriter writer, Dictionary<GraphNode, string> nodeIds)
    {
        foreach (var node in graph.Nodes)
        {
            var id = "n" + Text.Int(nodeIds.Count);
            nodeIds.Add(node, id);
            writer.WriteStartElement("node", Namespace);
            writer.WriteAttributeString("id", id);
            WriteData(writer, NodeKey("labels"), s_labelValues[node.Label]);
            WriteData(writer, NodeKey(Caption), Text.XmlSafe(NodeCaption.Of(node)));
            WriteProperties(writer, node.Properties.Where(p => p.Name != Caption), s_nodeKeys);
            writer.WriteEndElement();
        }

        var edgeCount = 0;
        foreach (var edge in graph.Edges)
        {
            writer.WriteStartElement("edge", Namespace);
            writer.WriteAttributeString("id", "e" + Text.Int(edgeCount++));
            writer.WriteAttributeString("source", nodeIds[edge.Source]);
            writer.WriteAttributeString("target", nodeIds[edge.Target]);
            WriteData(writer, EdgeKey("label"), GraphSchema.Name(edge.Type));
            WriteProperties(writer, edge.Properties, s_edgeKeys);
            writer.WriteEndElement();
        }
    }

    /// <summary>
    /// The key id of an edge property: its name, as APOC has it (APOC finds the relationship type by the
    /// key id <c>label</c>).
    /// </summary>
    // Key ids and label values are computed once: a large graph writes them millions of times.
    private static readonly Dictionary<string, string> s_nodeKeys =
        GraphSchema.AllNodeProperties.ToDictionary(p => p.Name, p => NodeKey(p.Name), StringComparer.Ordinal);

    private static readonly Dictionary<string, string> s_edgeKeys =
        GraphSchema.AllEdgeProperties.ToDictionary(p => p.Name, p => EdgeKey(p.Name), StringComparer.Ordinal);

    private static readonly Dictionary<NodeLabel, string> s_labelValues =
        GraphSchema.Labels.ToDictionary(l => l, l => ":" + GraphSchema.Name(l));

    internal static string EdgeKey(string name) => name;

    /// <summary>
    /// The key id of a node property: its name, unless an edge key has that id (a Provision's <c>label</c>
    /// property beside the relationship type's <c>label</c>), then prefixed: key ids are shared by nodes
    /// and edges. Readers take the property name from <c>attr.name</c>.
    /// </summary>
    internal static string NodeKey(string name) =>
        name == "label" || GraphSchema.AllEdgeProperties.Any(p => p.Name == name) ? "node_" + name : name;

    private static XmlWriterSettings Settings() => new()
    {
        Encoding = Text.Utf8,
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        // Keeps a CR in a value from being read back as LF.
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

    private static void WriteKey(XmlWriter writer, string id, string domain, string name, string type, string? description)
    {
        writer.WriteStartElement("key", Namespace);
        writer.WriteAttributeString("id", id);
        writer.WriteAttributeString("for", domain);
        writer.WriteAttributeString("attr.name", name);
        writer.WriteAttributeString("attr.type", type);
        if (description is not null)
        {
            writer.WriteElementString("desc", Namespace, description);
        }

        writer.WriteEndElement();
    }

    private static void WriteProperties(XmlWriter writer, IEnumerable<GraphProperty> properties, Dictionary<string, string> keys)
    {
        foreach (var property in properties)
        {
            var text = property.Value switch
            {
                null => null,
                string s => Text.XmlSafe(s),
                int i => Text.Int(i),
                double d => Text.Float(d),
                bool b => Text.Boolean(b),
                ImmutableArray<string> list => JsonConvert.SerializeObject(list.Select(Text.XmlSafe)),
                var other => throw new InvalidOperationException($"unexpected value type {other.GetType()} for {property.Name}"),
            };
            if (text is not null)
            {
                WriteData(writer, keys[property.Name], text);
            }
        }
    }

    private static void WriteData(XmlWriter writer, string key, string value)
    {
        writer.WriteStartElement("data", Namespace);
        writer.WriteAttributeString("key", key);
        writer.WriteString(value);
        writer.WriteEndElement();
    }

    private static string TypeName(PropertyType type) => type switch
    {
        PropertyType.String or PropertyType.StringList => "string",
        PropertyType.Int => "int",
        PropertyType.Float => "double",
        PropertyType.Boolean => "boolean",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    private static string? Description(PropertyType type) => type == PropertyType.StringList ? ListDescription : null;
}
