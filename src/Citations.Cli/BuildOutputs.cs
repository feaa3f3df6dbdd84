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
    private readonly string? _csvTemporary;
    private readonly List<string> _createdFolders = [];
    private int _omitted;
    private readonly List<(int Statement, MentionRow Row)>? _kept;
    // Every statement in the order read, with its number of rows: a repeated id replaces the earlier statement
    // in the graph, so its rows come out of mentions.csv and the report too.
    private readonly List<(string Id, int Rows)> _statements = [];
    private readonly string _directory;
    private readonly InstrumentCatalog _catalog;

    /// <summary>
    /// mentions.csv streams while statements are extracted, into a temporary file beside its place; it is moved
    /// there with the other outputs (<see cref="OutputFiles"/>), or deleted when the run writes nothing.
    /// </summary>
    public BuildOutputs(string directory, IEnumerable<string> formats, InstrumentCatalog catalog)
    {
        _directory = directory;
        _catalog = catalog;
        var names = formats.ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (names.Contains(Html)) _kept = [];
        if (!names.Contains(Mentions)) return;

        var full = Path.GetFullPath(MentionsPath);
        var folder = Path.GetDirectoryName(full)!;
        CreateFolder(folder);
        _csvTemporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            _csv = MentionsCsvWriter.Create(_csvTemporary);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public static string MentionsPathIn(string directory) => Path.Combine(directory, "mentions.csv");

    public static string ReportPathIn(string directory) => Path.Combine(directory, "report.html");

    private string MentionsPath => MentionsPathIn(_directory);

    /// <summary>Takes one statement's citations (after --min-confidence), in the order they are extracted.</summary>
    public void Add(ExtractionResult result)
    {
        if (_csv is null && _kept is null) return;
        var statement = _statements.Count;
        var rows = 0;
        var perInstrument = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in MentionRows.Of(result))
        {
            rows++;
            if (_csv is not null) WriteRow(row);
            if (_kept is null) continue;
            var count = perInstrument[row.Instrument] = perInstrument.GetValueOrDefault(row.Instrument) + 1;
            if (count <= ReportMentionsPerPair && _kept.Count < ReportMentionLimit) _kept.Add((statement, row));
            else _omitted++;
        }

        _statements.Add((result.Statement.Id, rows));
    }

    /// <summary>The statements (by their place in the order read) that a later one with the same id replaced.</summary>
    private HashSet<int> Replaced()
    {
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _statements.Count; i++) last[_statements[i].Id] = i;
        var replaced = new HashSet<int>();
        for (var i = 0; i < _statements.Count; i++)
        {
            if (last[_statements[i].Id] != i) replaced.Add(i);
        }

        return replaced;
    }

    /// <summary>Copies mentions.csv without the rows of replaced statements (rows are in the order read).</summary>
    private void CopyWithout(HashSet<int> replaced, string destination)
    {
        var utf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var reader = new StreamReader(_csvTemporary!, utf8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        using var writer = new StreamWriter(destination, append: false, utf8, bufferSize: 1 << 16);
        CopyRecord(reader, writer);
        for (var i = 0; i < _statements.Count; i++)
        {
            for (var row = 0; row < _statements[i].Rows; row++) CopyRecord(reader, replaced.Contains(i) ? null : writer);
        }
    }

    // One CSV record as MentionsCsvWriter writes it: a CRLF outside quotes ends it (quotes inside are doubled).
    private static void CopyRecord(StreamReader reader, StreamWriter? writer)
    {
        var quoted = false;
        var previous = -1;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            writer?.Write((char)c);
            if (c == '"') quoted = !quoted;
            else if (c == '\n' && previous == '\r' && !quoted) return;
            previous = c;
        }
    }

    private void WriteRow(MentionRow row)
    {
        try
        {
            _csv!.Write(row);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CitationsException($"cannot write mentions: {e.Message}", MentionsPath, inner: e, kind: CitationsErrorKind.Output);
        }
    }

    /// <summary>
    /// mentions.csv and report.html as outputs for <see cref="OutputFiles.WriteAll"/>: (format, final path, how to
    /// write it to a temporary path).
    /// </summary>
    public IEnumerable<(string Format, string Path, Action<string> Write)> Outputs(CitationGraph graph, int statements, int rejected, int repeated)
    {
        var replaced = repeated > 0 ? Replaced() : null;
        if (_csv is not null)
        {
            yield return (Mentions, MentionsPath, temporary =>
            {
                try
                {
                    _csv.Dispose();
                    if (replaced is null) File.Move(_csvTemporary!, temporary);
                    else CopyWithout(replaced, temporary);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new CitationsException($"cannot write mentions: {e.Message}", MentionsPath, inner: e, kind: CitationsErrorKind.Output);
                }
            });
        }

        if (_kept is not null)
        {
            var summary = new ReportSummary(statements, rejected, "citations " + PrintVersion.Version.Split('+')[0])
            {
                OmittedMentions = _omitted,
                // What the report's search also finds an instrument by: "genocide convention", "CERD".
                InstrumentNames = _catalog.Instruments.ToDictionary(i => i.Id,
                    i => (IReadOnlyList<string>)[.. i.Abbreviations, .. i.InformalNames, .. i.Names], StringComparer.Ordinal),
            };
            yield return (Html, ReportPathIn(_directory), temporary => HtmlReportWriter.Write(graph,
                _kept.Where(k => replaced is null || !replaced.Contains(k.Statement)).Select(k => k.Row), summary, temporary));
        }
    }

    /// <summary>Closes mentions.csv and removes what is left of it (all of it when it was never moved into place).</summary>
    public void Dispose()
    {
        try
        {
            _csv?.Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The file is deleted next; the error that ended the run, if any, matters more.
        }

        if (_csvTemporary is not null) OutputFiles.Delete(_csvTemporary);
        // A run that writes nothing leaves no folder behind that it created.
        foreach (var folder in _createdFolders)
        {
            try
            {
                if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                break;
            }
        }

        _createdFolders.Clear();
    }

    private void CreateFolder(string folder)
    {
        for (var missing = folder; !Directory.Exists(missing) && !File.Exists(missing); missing = Path.GetDirectoryName(missing)!)
        {
            _createdFolders.Add(missing);
            if (Path.GetDirectoryName(missing) is null) break;
        }

        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _createdFolders.Clear();
            throw new CitationsException($"cannot create the output folder: {e.Message}", folder, inner: e, kind: CitationsErrorKind.Output);
        }
    }
}
