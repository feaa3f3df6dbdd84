using System.Collections.Immutable;
using Citations.Core.Graph;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Citations.GraphExport;

/// <summary>Reads what <see cref="GraphJsonWriter"/> wrote back into a <see cref="CitationGraph"/>.</summary>
public static class GraphJsonReader
{
    /// <exception cref="GraphExportException">The file cannot be read or is not a graph of this format.</exception>
    public static CitationGraph Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            using var stream = File.OpenRead(path);
            return Read(stream, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GraphExportException($"cannot read graph: {e.Message}", path, inner: e);
        }
    }

    /// <param name="origin">The file name for messages.</param>
    /// <exception cref="GraphExportException">The stream is not a graph of this format.</exception>
    public static CitationGraph Read(Stream stream, string origin = "<stream>")
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var text = new StreamReader(stream, Text.Utf8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return Read(text, origin);
    }

    /// <param name="origin">The file name for messages.</param>
    /// <exception cref="GraphExportException">The text is not a graph of this format.</exception>
    public static CitationGraph Read(TextReader textReader, string origin = "<stream>")
    {
        ArgumentNullException.ThrowIfNull(textReader);
        using var reader = new JsonTextReader(textReader)
        {
            CloseInput = false,
            // Dates stay the strings they were ("1990", "2018-09"), numbers keep their kind.
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Double,
        };

        var nodes = new List<GraphNode>();
        var edges = new List<(JObject Edge, int? Line)>();
        var sawFormat = false;
        try
        {
            Next(reader, origin);
            if (reader.TokenType != JsonToken.StartObject)
            {
                throw Error(reader, origin, "a graph file is a JSON object");
            }

            while (Next(reader, origin) && reader.TokenType == JsonToken.PropertyName)
            {
                var name = (string)reader.Value!;
                Next(reader, origin);
                switch (name)
                {
                    case "format":
                        if (reader.Value as string != GraphJsonWriter.Format)
                        {
                            throw Error(reader, origin, $"\"format\" must be \"{GraphJsonWriter.Format}\"");
                        }

                        sawFormat = true;
                        break;
                    case "version":
                        if (reader.Value is not long version || version != GraphJsonWriter.Version)
                        {
                            throw Error(reader, origin, $"unsupported version {reader.Value}; this reader knows {GraphJsonWriter.Version}");
                        }

                        break;
                    case "nodes":
                        ReadArray(reader, origin, o => nodes.Add(ReadNode(o, origin)));
                        break;
                    case "edges":
                        // Edges are resolved once every node is known, so the order of the two arrays does not matter.
                        ReadArray(reader, origin, o => edges.Add((o, Line(o))));
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
        }
        catch (JsonReaderException e)
        {
            throw new GraphExportException($"invalid JSON: {e.Message}", origin, e.LineNumber, e);
        }
        catch (Exception e) when (e is OverflowException or FormatException or InvalidCastException)
        {
            throw new GraphExportException($"invalid value: {e.Message}", origin, reader.LineNumber, e);
        }

        if (!sawFormat)
        {
            throw new GraphExportException($"not a graph file: \"format\": \"{GraphJsonWriter.Format}\" is missing", origin);
        }

        var byKey = new Dictionary<(NodeLabel, string), GraphNode>();
        foreach (var node in nodes)
        {
            if (!byKey.TryAdd((node.Label, node.Id), node))
            {
                throw new GraphExportException($"node {node} appears twice", origin);
            }
        }

        var graphEdges = new List<GraphEdge>(edges.Count);
        var seen = new HashSet<(RelationshipType, string, string)>();
        foreach (var (edge, line) in edges)
        {
            var typeName = edge["type"]?.Type == JTokenType.String ? (string?)edge["type"] : null;
            if (!GraphSchema.TryParseRelationshipType(typeName, out var type))
            {
                throw new GraphExportException($"edge type \"{typeName}\" is not one of the schema's", origin, line);
            }

            var (fromLabel, toLabel) = GraphSchema.EndsOf(type);
            var from = RequiredString(edge, "from", origin);
            var to = RequiredString(edge, "to", origin);
            if (!byKey.TryGetValue((fromLabel, from), out var source) || !byKey.TryGetValue((toLabel, to), out var target))
            {
                throw new GraphExportException(
                    $"{typeName} edge from {GraphSchema.Name(fromLabel)} \"{from}\" to {GraphSchema.Name(toLabel)} \"{to}\" names a node that is not in the file",
                    origin, line);
            }

            if (!seen.Add((type, from, to)))
            {
                throw new GraphExportException($"{typeName} edge from \"{from}\" to \"{to}\" appears twice", origin, line);
            }

            try
            {
                graphEdges.Add(GraphEdge.Create(type, source, target, Properties(edge, origin)));
            }
            catch (ArgumentException e)
            {
                throw new GraphExportException(e.Message, origin, line, e);
            }
        }

        return CitationGraph.FromParts(nodes, graphEdges);
    }

    private static GraphNode ReadNode(JObject node, string origin)
    {
        var labelName = node["label"]?.Type == JTokenType.String ? (string?)node["label"] : null;
        if (!GraphSchema.TryParseLabel(labelName, out var label))
        {
            throw new GraphExportException($"node label \"{labelName}\" is not one of the schema's", origin, Line(node));
        }

        try
        {
            var properties = Properties(node, origin);
            properties["id"] = RequiredString(node, "id", origin);
            return GraphNode.Create(label, properties);
        }
        catch (ArgumentException e)
        {
            throw new GraphExportException(e.Message, origin, Line(node), e);
        }
    }

    private static Dictionary<string, object?> Properties(JObject item, string origin)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        var bag = item["properties"];
        if (bag is null || bag.Type == JTokenType.Null)
        {
            return properties;
        }

        if (bag is not JObject values)
        {
            throw new GraphExportException("\"properties\" must be an object", origin, Line(bag));
        }

        foreach (var property in values.Properties())
        {
            properties[property.Name] = property.Value.Type switch
            {
                JTokenType.Null => null,
                JTokenType.String => (string?)property.Value,
                JTokenType.Integer when property.Value is JValue { Value: long whole } => whole,
                // Beyond Int64 (a hand-edited file): no property the writer writes holds such a number.
                JTokenType.Integer => throw new GraphExportException($"property {property.Name}: integer {property.Value} is out of range", origin, Line(property)),
                JTokenType.Float => (double)property.Value,
                JTokenType.Boolean => (bool)property.Value,
                JTokenType.Array => StringList((JArray)property.Value, property.Name, origin),
                _ => throw new GraphExportException($"property {property.Name} has an unsupported value", origin, Line(property)),
            };
        }

        return properties;
    }

    private static ImmutableArray<string> StringList(JArray array, string name, string origin) =>
    [
        .. array.Select(item => item.Type == JTokenType.String
            ? (string)item!
            : throw new GraphExportException($"property {name} must be a list of strings", origin, Line(item))),
    ];

    private static string RequiredString(JObject item, string name, string origin) =>
        item[name] is { Type: JTokenType.String } token && (string?)token is { Length: > 0 } value
            ? value
            : throw new GraphExportException($"\"{name}\" must be a non-empty string", origin, Line(item));

    private static void ReadArray(JsonTextReader reader, string origin, Action<JObject> each)
    {
        if (reader.TokenType != JsonToken.StartArray)
        {
            throw Error(reader, origin, $"\"{reader.Path}\" must be an array");
        }

        while (Next(reader, origin) && reader.TokenType != JsonToken.EndArray)
        {
            if (reader.TokenType != JsonToken.StartObject)
            {
                throw Error(reader, origin, $"each item of \"{reader.Path}\" must be an object");
            }

            each(JObject.Load(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load }));
        }
    }

    private static bool Next(JsonTextReader reader, string origin)
    {
        do
        {
            if (!reader.Read())
            {
                throw Error(reader, origin, "the file ends too early");
            }
        }
        while (reader.TokenType == JsonToken.Comment);

        return true;
    }

    private static int? Line(JToken token) => token is IJsonLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    private static GraphExportException Error(JsonTextReader reader, string origin, string message) =>
        new(message, origin, reader.LineNumber);
}
