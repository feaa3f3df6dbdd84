using Citations.Core;
using Citations.Core.Graph;
using Citations.GraphExport;

namespace Citations.Cli;

/// <summary>
/// The outputs of `build` that are made from the mentions as well as the graph: mentions.csv, written as
/// statements are extracted, and report.html, written at the end from the graph and the mentions kept.
/// </summary>
internal sealed class BuildOutputs : IDisposable
{
    public const string Html = "html";
    public const string Mentions = "mentions";

    /// <summary>Every name --format takes, in the order help lists them.</summary>
    public static IReadOnlyList<string> FormatNames { get; } = [.. GraphExporter.FormatNames, Html, Mentions];

    public static bool IsKnown(string name) =>
        GraphExporter.TryParseFormat(name, out _) || IsOwn(name);

    /// <summary>True for the formats this class writes rather than <see cref="GraphExporter"/>.</summary>
    public static bool IsOwn(string name) =>
        string.Equals(name, Html, StringComparison.OrdinalIgnoreCase) || string.Equals(name, Mentions, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Mentions the report keeps with their sentences, so that a build of millions of statements stays
    /// within memory (mentions.csv has them all); per statement and instrument the first few are enough.
    /// </summary>
    public const int ReportMentionLimit = 100_000;

    public const int ReportMentionsPerPair = 3;

    private readonly MentionsCsvWriter? _csv;
    private int _omitted;
    private readonly List<MentionRow>? _kept;
    private readonly string _directory;
    private readonly InstrumentCatalog _catalog;

    public BuildOutputs(string directory, IEnumerable<string> formats, InstrumentCatalog catalog)
    {
        _directory = directory;
        _catalog = catalog;
        var names = formats.ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (names.Contains(Mentions)) _csv = MentionsCsvWriter.Create(MentionsPath);
        if (names.Contains(Html)) _kept = [];
    }

    private string MentionsPath => Path.Combine(_directory, "mentions.csv");

    private string ReportPath => Path.Combine(_directory, "report.html");

    /// <summary>Takes one statement's citations (after --min-confidence), in the order they are extracted.</summary>
    public void Add(ExtractionResult result)
    {
        if (_csv is null && _kept is null) return;
        var perInstrument = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in MentionRows.Of(result))
        {
            _csv?.Write(row);
            if (_kept is null) continue;
            var count = perInstrument[row.Instrument] = perInstrument.GetValueOrDefault(row.Instrument) + 1;
            if (count <= ReportMentionsPerPair && _kept.Count < ReportMentionLimit) _kept.Add(row);
            else _omitted++;
        }
    }

    /// <summary>Closes mentions.csv and writes report.html; returns what was written, as (format, path).</summary>
    public IEnumerable<(string Format, string Path)> Finish(CitationGraph graph, int statements, int rejected)
    {
        var written = new List<(string, string)>();
        if (_csv is not null)
        {
            _csv.Dispose();
            written.Add((Mentions, MentionsPath));
        }

        if (_kept is not null)
        {
            HtmlReportWriter.Write(graph, _kept, new ReportSummary(statements, rejected, "citations " + PrintVersion.Version.Split('+')[0]) 
            {
                OmittedMentions = _omitted,
                // What the report's search also finds an instrument by: "genocide convention", "CERD".
                InstrumentNames = _catalog.Instruments.ToDictionary(i => i.Id,
                    i => (IReadOnlyList<string>)[.. i.Abbreviations, .. i.InformalNames, .. i.Names], StringComparer.Ordinal),
            }, ReportPath);
            written.Add((Html, ReportPath));
        }

        return written;
    }

    public void Dispose() => _csv?.Dispose();
}
