using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Citations.Core.Graph;

namespace Citations.GraphExport;

/// <summary>Options of <see cref="CypherScriptWriter"/>.</summary>
public sealed record CypherScriptOptions
{
    public static readonly CypherScriptOptions Default = new();

    /// <summary>Rows per <c>UNWIND</c> statement (each statement is one transaction in cypher-shell).</summary>
    public int BatchSize { get; init; } = 1000;
}

/// <summary>
/// Writes a script for <c>cypher-shell -f</c>: the uniqueness constraints first, then idempotent
/// batches (<c>UNWIND [...] AS row MERGE … SET n += row.props</c>), so running it twice, or running the
/// scripts of several shards, yields one graph.
/// </summary>
/// <remarks>
/// A script file cannot carry parameters, so values are written as Cypher literals: strings in single
/// quotes with backslash, quote and every control character escaped (<c>\\</c>, <c>\'</c>, <c>\n</c>,
/// <c>\u0000</c>), other Unicode kept as it is. Labels, types and property keys come from the fixed
/// schema, never from input. Absent values are left out of <c>props</c>.
/// </remarks>
public static class CypherScriptWriter
{
    public static void Write(CitationGraph graph, TextWriter writer, CypherScriptOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        options ??= CypherScriptOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1, nameof(options));

        writer.Write("// Citation graph: load with cypher-shell -f FILE. Idempotent: MERGE on id.\n");
        WriteConstraints(writer);
        foreach (var label in GraphSchema.Labels)
        {
            foreach (var batch in graph.NodesWith(label).Chunk(options.BatchSize))
            {
                writer.Write("UNWIND [\n");
                for (var i = 0; i < batch.Length; i++)
                {
                    writer.Write("  {id: ");
                    writer.Write(String(batch[i].Id));
                    writer.Write(", props: ");
                    WriteMap(writer, batch[i].Properties.Where(p => p.Name != "id"));
                    writer.Write(i + 1 < batch.Length ? "},\n" : "}\n");
                }

                writer.Write($"] AS row\nMERGE (n:{GraphSchema.Name(label)} {{id: row.id}})\nSET n += row.props;\n");
            }
        }

        foreach (var type in GraphSchema.RelationshipTypes)
        {
            var (from, to) = GraphSchema.EndsOf(type);
            var hasProperties = !GraphSchema.PropertiesOf(type).IsEmpty;
            foreach (var batch in graph.EdgesOf(type).Chunk(options.BatchSize))
            {
                writer.Write("UNWIND [\n");
                for (var i = 0; i < batch.Length; i++)
                {
                    writer.Write("  {from: ");
                    writer.Write(String(batch[i].Source.Id));
                    writer.Write(", to: ");
                    writer.Write(String(batch[i].Target.Id));
                    if (hasProperties)
                    {
                        writer.Write(", props: ");
                        WriteMap(writer, batch[i].Properties);
                    }

                    writer.Write(i + 1 < batch.Length ? "},\n" : "}\n");
                }

                writer.Write($"] AS row\nMATCH (a:{GraphSchema.Name(from)} {{id: row.from}})\nMATCH (b:{GraphSchema.Name(to)} {{id: row.to}})\n");
                writer.Write($"MERGE (a)-[r:{GraphSchema.Name(type)}]->(b)");
                writer.Write(hasProperties ? "\nSET r += row.props;\n" : ";\n");
            }
        }
    }

    /// <summary>One uniqueness constraint per label (<c>statement_id</c>, …); they also index the MERGE lookups.</summary>
    public static void WriteConstraints(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var label in GraphSchema.Labels)
        {
            var name = GraphSchema.Name(label);
            writer.Write($"CREATE CONSTRAINT {name.ToLowerInvariant()}_id IF NOT EXISTS FOR (n:{name}) REQUIRE n.id IS UNIQUE;\n");
        }
    }

    /// <summary>A Cypher string literal: <c>'it\'s'</c>.</summary>
    public static string String(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('\'');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': builder.Append(@"\\"); break;
                case '\'': builder.Append(@"\'"); break;
                case '\n': builder.Append(@"\n"); break;
                case '\r': builder.Append(@"\r"); break;
                case '\t': builder.Append(@"\t"); break;
                case '\b': builder.Append(@"\b"); break;
                case '\f': builder.Append(@"\f"); break;
                default:
                    var lone = (char.IsHighSurrogate(c) && !(i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])))
                        || (char.IsLowSurrogate(c) && !(i > 0 && char.IsHighSurrogate(value[i - 1])));
                    // Controls (C0, DEL, C1), line and paragraph separators and lone surrogates as \uXXXX, so a
                    // script stays one line per row whatever reads it.
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' || lone)
                    {
                        builder.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('\'').ToString();
    }

    /// <summary>A Cypher literal for a property value of the schema's types.</summary>
    internal static string Literal(object value) => value switch
    {
        string s => String(s),
        int i => Text.Int(i),
        double d when double.IsFinite(d) => Text.Float(d),
        bool b => Text.Boolean(b),
        ImmutableArray<string> list => "[" + string.Join(", ", list.Select(String)) + "]",
        _ => throw new InvalidOperationException($"no Cypher literal for {value}"),
    };

    private static void WriteMap(TextWriter writer, IEnumerable<GraphProperty> properties)
    {
        writer.Write('{');
        var first = true;
        foreach (var property in properties)
        {
            // Absent values are left out; so is a non-finite number, which Cypher has no literal for.
            if (property.Value is null || property.Value is double d && !double.IsFinite(d))
            {
                continue;
            }

            if (!first)
            {
                writer.Write(", ");
            }

            first = false;
            writer.Write(property.Name);
            writer.Write(": ");
            writer.Write(Literal(property.Value));
        }

        writer.Write('}');
    }
}
