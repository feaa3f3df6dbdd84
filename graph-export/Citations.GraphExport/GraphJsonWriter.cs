using System.Collections.Immutable;
using Citations.Core.Graph;
using Newtonsoft.Json;

namespace Citations.GraphExport;

/// <summary>
/// Writes the whole graph as one JSON document that <see cref="GraphJsonReader"/> reads back into an
/// identical graph:
/// <c>{"format": "citations-graph", "version": 1, "nodes": [{"label": "Statement", "id": …, "properties": {…}}],
/// "edges": [{"type": "INVOKES", "from": …, "to": …, "properties": {"mentions": 2, "surfaces": […], "confidence": 0.9}}]}</c>.
/// Properties sit in their own object, as in APOC's JSON, because a Provision has a property named
/// <c>label</c>; their names are the schema's and absent values are left out. An edge names its ends by
/// id only: the schema fixes the labels each relationship type connects.
/// </summary>
public static class GraphJsonWriter
{
    public const string Format = "citations-graph";

    public const int Version = 1;

    /// <summary>Writes UTF-8 (no byte order mark) to a stream, which stays open.</summary>
    public static void Write(CitationGraph graph, Stream stream, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var text = new StreamWriter(stream, Text.Utf8, bufferSize: 1 << 16, leaveOpen: true);
        Write(graph, text, indented);
    }

    /// <summary>Writes to a text writer, which stays open.</summary>
    public static void Write(CitationGraph graph, TextWriter textWriter, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(textWriter);
        using var writer = new JsonTextWriter(textWriter)
        {
            CloseOutput = false,
            Formatting = indented ? Formatting.Indented : Formatting.None,
            FloatFormatHandling = FloatFormatHandling.Symbol,
        };

        writer.WriteStartObject();
        writer.WritePropertyName("format");
        writer.WriteValue(Format);
        writer.WritePropertyName("version");
        writer.WriteValue(Version);

        writer.WritePropertyName("nodes");
        writer.WriteStartArray();
        foreach (var node in graph.Nodes)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("label");
            writer.WriteValue(GraphSchema.Name(node.Label));
            writer.WritePropertyName("id");
            writer.WriteValue(node.Id);
            WriteProperties(writer, node.Properties.RemoveAll(p => p.Name == "id"));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WritePropertyName("edges");
        writer.WriteStartArray();
        foreach (var edge in graph.Edges)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("type");
            writer.WriteValue(GraphSchema.Name(edge.Type));
            writer.WritePropertyName("from");
            writer.WriteValue(edge.Source.Id);
            writer.WritePropertyName("to");
            writer.WriteValue(edge.Target.Id);
            WriteProperties(writer, edge.Properties);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteProperties(JsonWriter writer, ImmutableArray<GraphProperty> properties)
    {
        writer.WritePropertyName("properties");
        writer.WriteStartObject();
        foreach (var property in properties)
        {
            if (property.Value is null)
            {
                continue;
            }

            writer.WritePropertyName(property.Name);
            switch (property.Value)
            {
                case string s: writer.WriteValue(s); break;
                case int i: writer.WriteValue(i); break;
                case double d: writer.WriteValue(d); break;
                case bool b: writer.WriteValue(b); break;
                case ImmutableArray<string> list:
                    writer.WriteStartArray();
                    foreach (var item in list)
                    {
                        writer.WriteValue(item);
                    }

                    writer.WriteEndArray();
                    break;
                default:
                    throw new InvalidOperationException($"unexpected value type {property.Value.GetType()} for {property.Name}");
            }
        }

        writer.WriteEndObject();
    }
}
