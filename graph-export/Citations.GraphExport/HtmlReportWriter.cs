using System.Reflection;
using Citations.Core.Graph;
using Newtonsoft.Json;

namespace Citations.GraphExport;

/// <summary>What the report says about the run besides the graph.</summary>
/// <param name="Statements">Statements read (and extracted).</param>
/// <param name="Rejected">Inputs rejected.</param>
/// <param name="Generator">Shown in the page header, e.g. "citations 1.0.0"; no clock, so the same input gives the same page.</param>
public sealed record ReportSummary(int Statements, int Rejected, string? Generator = null)
{
    /// <summary>Mentions left out of the page to bound its size (mentions.csv has every one).</summary>
    public int OmittedMentions { get; init; }

    /// <summary>Other names of instruments by id (abbreviations, informal names), which the page's search also matches.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? InstrumentNames { get; init; }
}

/// <summary>
/// Writes <c>report.html</c>: one self-contained page (no network) with an overview, an interactive graph of
/// statements and instruments and a page per instrument. The graph is drawn by cytoscape.js, vendored in
/// this assembly's resources with its MIT licence (the licence travels in the script's header comment); the
/// data is embedded as JSON in a <c>&lt;script type="application/json"&gt;</c> block with <c>&lt;</c>,
/// <c>&gt;</c>, <c>&amp;</c> and quotes written as <c>\u003c</c> escapes, so no text from a statement
/// (a <c>&lt;/script&gt;</c> say) can end the block or become markup; the page's script puts every value
/// into the document as text.
/// </summary>
public static class HtmlReportWriter
{
    /// <param name="mentions">The mentions of the graph's statements, as in mentions.csv; the sentences shown on a click.</param>
    public static void Write(CitationGraph graph, IEnumerable<MentionRow> mentions, ReportSummary summary, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(writer);

        writer.Write(Resource("report-head.html"));
        writer.Write("<style>\n");
        writer.Write(Resource("report.css"));
        writer.Write("</style>\n");
        writer.Write(Resource("report-body.html"));
        writer.Write("<script type=\"application/json\" id=\"citations-data\">");
        WriteData(graph, mentions, summary, writer);
        writer.Write("</script>\n<script>\n");
        writer.Write(Resource("cytoscape.min.js"));
        writer.Write("\n</script>\n<script>\n");
        writer.Write(Resource("report.js"));
        writer.Write("</script>\n</body>\n</html>\n");
        writer.Flush();
    }

    /// <summary>Writes the report to a file (its folder created when missing).</summary>
    /// <exception cref="GraphExportException">The file cannot be written.</exception>
    public static void Write(CitationGraph graph, IEnumerable<MentionRow> mentions, ReportSummary summary, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory) Directory.CreateDirectory(directory);
            using var writer = new StreamWriter(path, append: false, Text.Utf8, bufferSize: 1 << 16);
            Write(graph, mentions, summary, writer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GraphExportException($"cannot write the report: {e.Message}", path, inner: e, kind: Citations.Core.CitationsErrorKind.Output);
        }
    }

    private static void WriteData(CitationGraph graph, IEnumerable<MentionRow> mentions, ReportSummary summary, TextWriter output)
    {
        var json = new JsonTextWriter(output)
        {
            CloseOutput = false,
            Formatting = Formatting.None,
            StringEscapeHandling = StringEscapeHandling.EscapeHtml,
            Culture = System.Globalization.CultureInfo.InvariantCulture,
        };
        var statements = new Dictionary<string, int>(StringComparer.Ordinal);
        var instruments = new Dictionary<string, int>(StringComparer.Ordinal);

        json.WriteStartObject();
        json.WritePropertyName("summary");
        json.WriteStartObject();
        Property(json, "statements", summary.Statements);
        Property(json, "rejected", summary.Rejected);
        Property(json, "provisions", graph.Count(NodeLabel.Provision));
        Property(json, "omittedMentions", summary.OmittedMentions);
        json.WritePropertyName("generator");
        json.WriteValue(summary.Generator);
        json.WriteEndObject();

        json.WritePropertyName("instruments");
        json.WriteStartArray();
        foreach (var instrument in graph.Instruments)
        {
            instruments.Add(instrument.Id, instruments.Count);
            json.WriteStartObject();
            Property(json, "id", instrument.Id);
            Property(json, "title", instrument.Title);
            Property(json, "kind", GraphSchema.KindName(instrument.Kind));
            Property(json, "adopted", instrument.Adopted);
            Property(json, "entryIntoForce", instrument.EntryIntoForce);
            json.WritePropertyName("catalogued");
            json.WriteValue(instrument.Catalogued);
            if (summary.InstrumentNames?.GetValueOrDefault(instrument.Id) is { Count: > 0 } names)
            {
                json.WritePropertyName("names");
                json.WriteStartArray();
                foreach (var name in names.Distinct(StringComparer.Ordinal)) json.WriteValue(Text.XmlSafe(name));
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WritePropertyName("statements");
        json.WriteStartArray();
        foreach (var statement in graph.Statements)
        {
            statements.Add(statement.Id, statements.Count);
            json.WriteStartObject();
            Property(json, "id", statement.Id);
            Property(json, "title", statement.Title);
            Property(json, "date", statement.Date);
            Property(json, "issuer", statement.Issuer);
            Property(json, "url", statement.Url);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WritePropertyName("invokes");
        json.WriteStartArray();
        foreach (var edge in graph.EdgesOf(RelationshipType.Invokes).OfType<InvokesEdge>())
        {
            json.WriteStartArray();
            json.WriteValue(statements[edge.Source.Id]);
            json.WriteValue(instruments[edge.Target.Id]);
            json.WriteValue(edge.Mentions);
            json.WriteEndArray();
        }

        json.WriteEndArray();

        json.WritePropertyName("mentions");
        json.WriteStartArray();
        foreach (var mention in mentions)
        {
            if (!statements.TryGetValue(mention.StatementId, out var s) || !instruments.TryGetValue(mention.Instrument, out var i)) continue;
            json.WriteStartArray();
            json.WriteValue(s);
            json.WriteValue(i);
            json.WriteValue(Text.XmlSafe(mention.Surface));
            json.WriteStartArray();
            foreach (var provision in mention.Provisions) json.WriteValue(provision);
            json.WriteEndArray();
            json.WriteValue(Text.XmlSafe(mention.Context));
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }

    private static void Property(JsonTextWriter json, string name, string? value)
    {
        if (value is null) return;
        json.WritePropertyName(name);
        json.WriteValue(Text.XmlSafe(value));
    }

    private static void Property(JsonTextWriter json, string name, int value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Citations.GraphExport.Report." + name)
            ?? throw new InvalidOperationException($"report resource {name} is missing from the assembly");
        using var reader = new StreamReader(stream, Text.Utf8);
        return reader.ReadToEnd();
    }
}
