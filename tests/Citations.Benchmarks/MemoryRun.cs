using System.Diagnostics;
using System.Globalization;
using Citations.Core;
using Citations.Core.Extraction;
using Citations.Core.Graph;
using Citations.Core.Ingest;
using Citations.CorpusGenerator;

namespace Citations.Benchmarks;

/// <summary>
/// What `citations build` holds in memory on a large input: the corpus repeated with fresh ids into a
/// temporary JSON Lines file of --size-mb, the built command run on it once in a child process under
/// /usr/bin/time (its peak resident set), then the same input built in this process to weigh the graph
/// alone (managed heap after building it, less before), per statement and per edge. The file and the
/// outputs are deleted afterwards.
/// </summary>
internal static class MemoryRun
{
    public static int Run(Options options)
    {
        if (options.Get("--corpus") is not { } corpusFile)
        {
            Console.Error.WriteLine("memory needs --corpus FILE (JSON Lines, .gz too), e.g. ../shared/corpus/ungd/speeches.jsonl.gz");
            return 2;
        }

        if (EndToEnd.FindCli(options) is not { } cli)
        {
            Console.Error.WriteLine("memory needs the built command: dotnet build -c Release src/Citations.Cli (or --cli PATH/citations.dll)");
            return 2;
        }

        if (!File.Exists("/usr/bin/time"))
        {
            Console.Error.WriteLine("memory needs /usr/bin/time (GNU time, Debian package 'time') for the child's peak resident set");
            return 2;
        }

        var sizeMb = options.GetDouble("--size-mb", 200);
        var (all, _) = RealCorpus.Load(corpusFile);
        var folder = Path.Combine(Path.GetTempPath(), $"citations-bench-{Environment.ProcessId}-memory");
        Directory.CreateDirectory(folder);
        try
        {
            var input = Path.Combine(folder, "statements.jsonl");
            var (count, bytes) = CorpusWriter.WriteJsonLines(input, RealCorpus.Repeat(all, -1), (long)(sizeMb * 1048576));
            var inputMb = bytes / 1048576.0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Citations memory benchmark: load average {MachineLoad.Now()}, {corpusFile} repeated with fresh ids into {count} statements, {inputMb:F0} MB of JSON Lines"));

            var report = Path.Combine(folder, "time.txt");
            var output = Path.Combine(folder, "out");
            string[] command = ["/usr/bin/time", "-f", "%e %M", "-o", report, "dotnet", cli, "build", input, "--out", output, "--quiet"];
            if (options.Get("--threads") is { } threads) command = [.. command, "--threads", threads];
            try
            {
                EndToEnd.Time(command, toNull: true);
            }
            catch (ChildFailedException e)
            {
                Console.Error.WriteLine("build failed: " + e.Message);
                return 1;
            }

            var timed = File.ReadAllText(report).Trim().Split('\n')[^1].Split(' ');
            var buildSeconds = double.Parse(timed[0], CultureInfo.InvariantCulture);
            var peakMb = long.Parse(timed[1], CultureInfo.InvariantCulture) / 1024.0;
            var outputMb = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) / 1048576.0;
            Directory.Delete(output, recursive: true);

            var graph = WeighGraph(input, options.GetInt("--threads", 0));
            var graphMb = graph.Bytes / 1048576.0;
            List<string[]> table =
            [
                ["build: wall time (s)", buildSeconds.ToString("F1", CultureInfo.InvariantCulture), "-", "-"],
                ["build: throughput (MB/s of JSON Lines)", QuickRun.F(inputMb / buildSeconds), "-", "-"],
                ["build: peak resident set (MB)", QuickRun.F(peakMb), "-", "-"],
                ["graph in-process: managed heap (MB)", QuickRun.F(graphMb), "-", "-"],
                ["build: peak besides the graph (MB)", QuickRun.F(peakMb - graphMb), "-", "-"],
                ["graph: bytes per statement", QuickRun.F(graph.Bytes / (double)graph.Statements), "-", "-"],
                ["graph: bytes per edge", QuickRun.F(graph.Bytes / (double)Math.Max(1, graph.Edges)), "-", "-"],
            ];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"outputs written: {outputMb:F0} MB; graph: {graph.Statements} statements, {graph.Nodes} nodes, {graph.Edges} edges, {graph.Citations} citations"));
            Console.WriteLine();
            QuickRun.Print(table);
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"input_mb={inputMb:F0} statements={graph.Statements} build_s={buildSeconds:F1} build_mb_s={inputMb / buildSeconds:F1} peak_mb={peakMb:F0} graph_mb={graphMb:F0} peak_besides_graph_mb={peakMb - graphMb:F0} graph_bytes_per_statement={graph.Bytes / (double)graph.Statements:F0} graph_bytes_per_edge={graph.Bytes / (double)Math.Max(1, graph.Edges):F0} nodes={graph.Nodes} edges={graph.Edges} load_end={MachineLoad.Now()}"));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private readonly record struct GraphWeight(long Bytes, int Statements, int Nodes, int Edges, long Citations);

    /// <summary>The input built into a graph as `build` does (streamed, extracted on all cores); the managed heap the graph holds.</summary>
    private static GraphWeight WeighGraph(string input, int threads)
    {
        var catalog = InstrumentCatalog.BuiltIn;
        var extractor = new CitationExtractor(catalog);
        extractor.Extract("The Universal Declaration of Human Rights, article 1.");
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var builder = new CitationGraphBuilder(catalog);
        var statements = 0;
        long citations = 0;
        var records = StatementReader.Read([input]).OfType<IngestedStatement>().Select(r => r.Statement);
        foreach (var result in ParallelExtraction.Extract(records, extractor, threads))
        {
            statements++;
            citations += result.Citations.Length;
            builder.Add(result);
        }

        var graph = builder.Graph;
        var (nodes, edges) = (graph.NodeCount, graph.EdgeCount);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(builder);
        GC.KeepAlive(graph);
        return new GraphWeight(after - before, statements, nodes, edges, citations);
    }
}
