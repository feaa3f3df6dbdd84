using System.Collections.Immutable;
using Citations.Core.Graph;

namespace Citations.GraphExport;

/// <summary>
/// Writes a folder for <c>neo4j-admin database import full</c>: one CSV file per label
/// (<c>Statement.csv</c>, …) and per relationship type (<c>INVOKES.csv</c>, …), an <c>import.sh</c>
/// with the command, and <c>constraints.cypher</c> to run once the database is started.
/// </summary>
/// <remarks>
/// <para>Headers are typed: <c>id:ID(Statement)</c> (one id space per label, so an Actor and a Source
/// may share an id), <c>title:string</c>, <c>mentions:int</c>, <c>confidence:double</c> (the import
/// tool's <c>float</c> is 32-bit and would turn 0.9 into 0.899999976), <c>catalogued:boolean</c>,
/// <c>surfaces:string[]</c>, <c>:LABEL</c>; relationships <c>:START_ID(Statement)</c>,
/// <c>:END_ID(Instrument)</c>, properties, <c>:TYPE</c>.</para>
/// <para>Dates stay <c>string</c>: statements give "2026-02-23", "2018-09" or "1990", and Neo4j's
/// <c>date</c> would turn "1990" into 1990-01-01, claiming a precision the source does not have. ISO
/// strings still sort in time order, and <c>date(s.date)</c> converts full dates when a query needs to.</para>
/// <para>Quoting follows RFC 4180: every string field is quoted, a quote inside one is doubled, and
/// an absent value is an empty unquoted field (which the import tool skips). Records end with LF;
/// values may hold line breaks, hence <c>--multiline-fields=true</c>. List items are joined with
/// U+001F (the ASCII unit separator), which is removed from the items: it cannot occur in text anyone
/// means to keep.</para>
/// </remarks>
public static class Neo4jImportWriter
{
    /// <summary>The array delimiter, U+001F UNIT SEPARATOR.</summary>
    public const char ArrayDelimiter = '\u001F';

    public const string ScriptFileName = "import.sh";

    public const string ConstraintsFileName = "constraints.cypher";

    public static string FileName(NodeLabel label) => GraphSchema.Name(label) + ".csv";

    public static string FileName(RelationshipType type) => GraphSchema.Name(type) + ".csv";

    /// <summary>Writes every file into <paramref name="directory"/> (created if missing); returns the paths written.</summary>
    /// <exception cref="GraphExportException">The folder or a file cannot be written.</exception>
    public static ImmutableArray<string> Write(CitationGraph graph, string directory, string database = "neo4j")
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var written = ImmutableArray.CreateBuilder<string>();
        try
        {
            Directory.CreateDirectory(directory);
            foreach (var label in GraphSchema.Labels)
            {
                written.Add(WriteFile(Path.Combine(directory, FileName(label)), w => WriteNodes(graph, label, w)));
            }

            foreach (var type in GraphSchema.RelationshipTypes)
            {
                written.Add(WriteFile(Path.Combine(directory, FileName(type)), w => WriteRelationships(graph, type, w)));
            }

            written.Add(WriteFile(Path.Combine(directory, ScriptFileName), w => WriteImportScript(w, database)));
            written.Add(WriteFile(Path.Combine(directory, ConstraintsFileName), CypherScriptWriter.WriteConstraints));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GraphExportException($"cannot write the import folder: {e.Message}", directory, inner: e, kind: Citations.Core.CitationsErrorKind.Output);
        }

        return written.ToImmutable();
    }

    /// <summary>The header of a label's node file.</summary>
    public static string NodeHeader(NodeLabel label)
    {
        var name = GraphSchema.Name(label);
        var columns = GraphSchema.PropertiesOf(label)
            .Select(p => p.Name == "id" ? $"id:ID({name})" : $"{p.Name}:{TypeName(p.Type)}")
            .Append(":LABEL");
        return string.Join(',', columns);
    }

    /// <summary>The header of a relationship type's file.</summary>
    public static string RelationshipHeader(RelationshipType type)
    {
        var (from, to) = GraphSchema.EndsOf(type);
        var columns = new[] { $":START_ID({GraphSchema.Name(from)})", $":END_ID({GraphSchema.Name(to)})" }
            .Concat(GraphSchema.PropertiesOf(type).Select(p => $"{p.Name}:{TypeName(p.Type)}"))
            .Append(":TYPE");
        return string.Join(',', columns);
    }

    /// <summary>Writes the nodes of one label, header first.</summary>
    public static void WriteNodes(CitationGraph graph, NodeLabel label, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(NodeHeader(label));
        writer.Write('\n');
        var name = GraphSchema.Name(label);
        foreach (var node in graph.NodesWith(label))
        {
            foreach (var property in node.Properties)
            {
                WriteField(writer, property);
                writer.Write(',');
            }

            WriteQuoted(writer, name);
            writer.Write('\n');
        }
    }

    /// <summary>Writes the relationships of one type, header first.</summary>
    public static void WriteRelationships(CitationGraph graph, RelationshipType type, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(RelationshipHeader(type));
        writer.Write('\n');
        var name = GraphSchema.Name(type);
        foreach (var edge in graph.EdgesOf(type))
        {
            WriteQuoted(writer, edge.Source.Id);
            writer.Write(',');
            WriteQuoted(writer, edge.Target.Id);
            writer.Write(',');
            foreach (var property in edge.Properties)
            {
                WriteField(writer, property);
                writer.Write(',');
            }

            WriteQuoted(writer, name);
            writer.Write('\n');
        }
    }

    /// <summary>The shell script that imports the folder it sits in into a new database (default <c>neo4j</c>).</summary>
    public static void WriteImportScript(TextWriter writer, string database = "neo4j")
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentException.ThrowIfNullOrEmpty(database);
        writer.Write("""
            #!/bin/sh
            # Builds a Neo4j database from the CSV files in this folder (written by `citations`).
            # Stop the server first; --overwrite-destination replaces the database's content.
            # Usage: ./import.sh [database]     (NEO4J_ADMIN=/path/to/neo4j-admin to choose the binary)
            # Then start the server and create the constraints:
            #   cypher-shell -u neo4j -p "$NEO4J_PASSWORD" -d <database> -f constraints.cypher
            # Neo4j Community can only import into the default database; Enterprise may name any.
            set -eu
            cd "$(dirname "$0")"

            """);
        writer.Write($"DATABASE=\"${{1:-{ShellQuoteInner(database)}}}\"\n");
        writer.Write("\"${NEO4J_ADMIN:-neo4j-admin}\" database import full \"$DATABASE\" \\\n");
        foreach (var label in GraphSchema.Labels)
        {
            writer.Write($"  --nodes={GraphSchema.Name(label)}={FileName(label)} \\\n");
        }

        foreach (var type in GraphSchema.RelationshipTypes)
        {
            writer.Write($"  --relationships={GraphSchema.Name(type)}={FileName(type)} \\\n");
        }

        writer.Write("  --delimiter=, --array-delimiter=U+001F --quote='\"' \\\n");
        writer.Write("  --multiline-fields=true --legacy-style-quoting=false \\\n");
        writer.Write("  --overwrite-destination=true\n");
    }

    internal static string TypeName(PropertyType type) => type switch
    {
        PropertyType.String => "string",
        PropertyType.Int => "int",
        PropertyType.Float => "double",
        PropertyType.Boolean => "boolean",
        PropertyType.StringList => "string[]",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    private static string WriteFile(string path, Action<TextWriter> write)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        using var writer = new StreamWriter(stream, Text.Utf8);
        write(writer);
        return path;
    }

    private static void WriteField(TextWriter writer, GraphProperty property)
    {
        switch (property.Value)
        {
            case null:
                break;
            case string s:
                WriteQuoted(writer, s);
                break;
            case int i:
                writer.Write(Text.Int(i));
                break;
            case double d:
                writer.Write(Text.Float(d));
                break;
            case bool b:
                writer.Write(Text.Boolean(b));
                break;
            case ImmutableArray<string> list:
                var items = list.Select(item => item.Replace(ArrayDelimiter.ToString(), "", StringComparison.Ordinal)).Where(item => item.Length > 0).ToList();
                if (items.Count > 0)
                {
                    WriteQuoted(writer, string.Join(ArrayDelimiter, items));
                }

                break;
            default:
                throw new InvalidOperationException($"unexpected value type {property.Value.GetType()} for {property.Name}");
        }
    }

    private static void WriteQuoted(TextWriter writer, string value)
    {
        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }

    /// <summary>A database name inside a double-quoted shell default; names are [A-Za-z0-9.-], anything else is refused.</summary>
    private static string ShellQuoteInner(string database) =>
        database.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')
            ? database
            : throw new ArgumentException($"\"{database}\" is not a valid database name", nameof(database));
}
