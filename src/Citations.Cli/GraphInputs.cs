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

    /// <summary>A graph.json as it is, or the graph of the statements given (all cores).</summary>
    public static CitationGraph ReadOrBuild(string[] paths, string[]? catalogFiles, CliConsole console, bool showProgress, out int rejected)
    {
        rejected = 0;
        if (paths.Length == 1 && IsGraphJson(paths[0])) return GraphJsonReader.Read(paths[0]);
        var extractor = new CitationExtractor(CommonOptions.LoadCatalog(catalogFiles));
        var built = Build(paths, extractor, console, strict: false, 0, Shard.All, new ProgressReporter(console.Error, showProgress), Environment.ProcessorCount);
        rejected = built.Rejected;
        return built.Graph;
    }

    public sealed record BuildResult(CitationGraph Graph, int Statements, int Rejected, int OutsideShard);

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

        var read = CommonOptions.Statements(inputs, console, strict, rejected).Where(Inside);
        foreach (var (statement, found) in ParallelExtraction.Extract(read, extractor, threads))
        {
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
        return new BuildResult(builder.Graph, statements, rejected.Count, outside);
    }
}
