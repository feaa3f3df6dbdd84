using Citations.Core;
using Citations.Core.Extraction;
using Citations.Core.Graph;
using Citations.Core.Ingest;
using Citations.GraphExport;

namespace Citations.Cli;

/// <summary>Turns a command's inputs into a graph: a graph.json written by `build`, or statements to extract from.</summary>
internal static class GraphInputs
{
    /// <summary>True for a file `build` wrote as graph.json (its first bytes name the format).</summary>
    public static bool IsGraphJson(string path)
    {
        if (!path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || !File.Exists(path)) return false;
        try
        {
            using var reader = new StreamReader(path);
            var buffer = new char[256];
            var read = reader.ReadBlock(buffer, 0, buffer.Length);
            return new string(buffer, 0, read).Contains($"\"{GraphJsonWriter.Format}\"", StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static bool IsBlank(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            int b;
            while ((b = stream.ReadByte()) >= 0)
            {
                if (b is not (' ' or '\t' or '\r' or '\n')) return false;
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>A graph.json as it is, or the graph of the statements given (all cores).</summary>
    public static CitationGraph ReadOrBuild(string[] paths, string[]? catalogFiles, CliConsole console, bool showProgress, out int rejected)
    {
        rejected = 0;
        if (paths.Length == 1 && IsGraphJson(paths[0])) return GraphJsonReader.Read(paths[0]);
        if (paths.Length == 1 && paths[0].EndsWith(".json", StringComparison.OrdinalIgnoreCase) && IsBlank(paths[0]))
        {
            throw new CitationsException("empty graph file (what an interrupted build leaves); build it again", paths[0], kind: CitationsErrorKind.Input);
        }

        var extractor = new CitationExtractor(CommonOptions.LoadCatalog(catalogFiles));
        var built = Build(paths, extractor, console, strict: false, 0, Shard.All, new ProgressReporter(console.Error, showProgress), Environment.ProcessorCount);
        rejected = built.Rejected + built.Repeated;
        if (built.Statements == 0) throw new CitationsException("no statement was read from the inputs", kind: CitationsErrorKind.Input);
        return built.Graph;
    }

    /// <param name="Repeated">Statements whose id an earlier statement had: each replaced the earlier one.</param>
    public sealed record BuildResult(CitationGraph Graph, int Statements, int Rejected, int OutsideShard, int Repeated = 0);

    /// <summary>Reads, extracts and adds statement by statement; only the graph stays in memory.</summary>
    public static BuildResult Build(IEnumerable<string> inputs, CitationExtractor extractor, CliConsole console, bool strict,
        double minConfidence, Shard shard, ProgressReporter progress, int threads = 1, Action<ExtractionResult>? extracted = null)
    {
        var builder = new CitationGraphBuilder(extractor.Catalog);
        var rejected = new RejectionCount();
        var statements = 0;
        var outside = 0;
        long characters = 0;
        bool Inside(Statement statement)
        {
            if (shard.Contains(statement.Id)) return true;
            outside++;
            return false;
        }

        // Where each id was first seen: a repeat (the same file given twice, ids that differ only by surrounding
        // spaces, the same text without an id) replaces the earlier statement, and the user is told both places.
        var firstSeen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var repeated = 0;
        var read = CommonOptions.Statements(inputs, console, strict, rejected).Where(Inside);
        foreach (var (statement, found) in ParallelExtraction.Extract(read, extractor, threads))
        {
            if (!firstSeen.TryAdd(statement.Id, statement.Location))
            {
                repeated++;
                console.Error.WriteLine($"{statement.Location}: repeated id \"{statement.Id}\" (first at {firstSeen[statement.Id]}): this statement replaces the earlier one");
            }

            var citations = found;
            if (minConfidence > 0) citations = [.. citations.Where(c => c.Confidence >= minConfidence)];
            var result = new ExtractionResult(statement, citations);
            builder.Add(result);
            extracted?.Invoke(result);
            statements++;
            characters += statement.Text.Length;
            progress.Report(statements, characters);
        }

        progress.Finish(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{statements:N0} statements extracted"));
        return new BuildResult(builder.Graph, statements, rejected.Count, outside, repeated);
    }
}
