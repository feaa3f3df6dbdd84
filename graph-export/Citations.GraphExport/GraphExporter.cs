using System.Collections.Immutable;
using Citations.Core.Graph;

namespace Citations.GraphExport;

/// <summary>The file formats a graph can be written in.</summary>
public enum GraphFormat
{
    /// <summary>GraphML, APOC-style (Gephi, yEd, Cytoscape, NetworkX, apoc.import.graphml).</summary>
    GraphML,
    /// <summary>A folder for neo4j-admin database import (CSV files and import.sh).</summary>
    Neo4jCsv,
    /// <summary>A script for cypher-shell -f.</summary>
    Cypher,
    /// <summary>The whole graph as JSON, readable back with <see cref="GraphJsonReader"/>.</summary>
    Json,
    /// <summary>Graphviz DOT.</summary>
    Dot,
}

/// <summary>Options for <see cref="GraphExporter"/>.</summary>
public sealed record GraphExportOptions
{
    public static readonly GraphExportOptions Default = new();

    /// <summary>Rows per UNWIND statement in a Cypher script.</summary>
    public int CypherBatchSize { get; init; } = CypherScriptOptions.Default.BatchSize;

    /// <summary>The database import.sh imports into by default.</summary>
    public string Database { get; init; } = "neo4j";

    /// <summary>What the DOT picture shows.</summary>
    public DotOptions Dot { get; init; } = DotOptions.Default;
}

/// <summary>One entry point for the command line: pick the writer for a format and a path.</summary>
public static class GraphExporter
{
    /// <summary>The names accepted on the command line, in the order help lists them.</summary>
    public static ImmutableArray<string> FormatNames { get; } = ["graphml", "neo4j-csv", "cypher", "json", "dot"];

    /// <summary>Reads a format name: graphml, neo4j-csv (or csv), cypher, json, dot; case-insensitive.</summary>
    public static bool TryParseFormat(string? name, out GraphFormat format)
    {
        format = name?.Trim().ToLowerInvariant() switch
        {
            "graphml" => GraphFormat.GraphML,
            "neo4j-csv" or "csv" or "neo4j" => GraphFormat.Neo4jCsv,
            "cypher" => GraphFormat.Cypher,
            "json" => GraphFormat.Json,
            "dot" or "gv" => GraphFormat.Dot,
            _ => (GraphFormat)(-1),
        };
        return Enum.IsDefined(format);
    }

    /// <summary>The usual file extension (without dot), or null for the CSV folder.</summary>
    public static string? Extension(GraphFormat format) => format switch
    {
        GraphFormat.GraphML => "graphml",
        GraphFormat.Cypher => "cypher",
        GraphFormat.Json => "json",
        GraphFormat.Dot => "dot",
        _ => null,
    };

    /// <summary>
    /// Writes the graph to <paramref name="path"/>: a file, or for <see cref="GraphFormat.Neo4jCsv"/> a
    /// folder. Returns the paths written.
    /// </summary>
    /// <exception cref="GraphExportException">The output cannot be written.</exception>
    public static ImmutableArray<string> Export(CitationGraph graph, GraphFormat format, string path, GraphExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= GraphExportOptions.Default;
        if (format == GraphFormat.Neo4jCsv)
        {
            return Neo4jImportWriter.Write(graph, path, options.Database);
        }

        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
            {
                Directory.CreateDirectory(directory);
            }

            using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
            Export(graph, format, stream, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GraphExportException($"cannot write {format} output: {e.Message}", path, inner: e, kind: Citations.Core.CitationsErrorKind.Output);
        }

        return [path];
    }

    /// <summary>Writes a single-file format to a stream (standard output, say), which stays open.</summary>
    /// <exception cref="ArgumentException"><paramref name="format"/> is the CSV folder, which is not one stream.</exception>
    public static void Export(CitationGraph graph, GraphFormat format, Stream stream, GraphExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        options ??= GraphExportOptions.Default;
        switch (format)
        {
            case GraphFormat.GraphML:
                GraphMLWriter.Write(graph, stream);
                return;
            case GraphFormat.Json:
                GraphJsonWriter.Write(graph, stream);
                return;
            case GraphFormat.Cypher:
            case GraphFormat.Dot:
                using (var writer = new StreamWriter(stream, Text.Utf8, bufferSize: 1 << 16, leaveOpen: true))
                {
                    if (format == GraphFormat.Cypher)
                    {
                        CypherScriptWriter.Write(graph, writer, new CypherScriptOptions { BatchSize = options.CypherBatchSize });
                    }
                    else
                    {
                        DotWriter.Write(graph, writer, options.Dot);
                    }
                }

                return;
            default:
                throw new ArgumentException($"{format} is written to a folder, not a stream", nameof(format));
        }
    }
}
