using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Citations.Core;
using Citations.Core.Extraction;
using Citations.Core.Ingest;
using Citations.CorpusGenerator;

namespace Citations.Benchmarks;

/// <summary>
/// The build end to end on a JSON Lines corpus on disk, in a child process so that its peak memory
/// is its own and not the quick run's in-memory corpus.
/// </summary>
internal static class BuildMeasurement
{
    public readonly record struct Figures(int Statements, double Megabytes, double Seconds, double PeakMb);

    /// <summary>On a generated corpus of --build-mb (by default --size-mb, or <paramref name="defaultMb"/>); null when that is 0.</summary>
    public static Figures? Run(Options options, int seed, double defaultMb)
    {
        var buildMb = options.GetDouble("--build-mb", defaultMb > 0 ? options.GetDouble("--size-mb", defaultMb) : 0);
        if (buildMb <= 0) return null;
        var folder = Path.Combine(Path.GetTempPath(), "citations-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "statements.jsonl");
        try
        {
            CorpusWriter.WriteJsonLines(file, new StatementGenerator(seed + 1, InstrumentCatalog.BuiltIn).Generate(), (long)(buildMb * 1048576));
            var start = new ProcessStartInfo { RedirectStandardOutput = true, UseShellExecute = false };
            var host = Environment.ProcessPath!;
            start.FileName = host;
            if (Path.GetFileNameWithoutExtension(host) == "dotnet") start.ArgumentList.Add(Assembly.GetExecutingAssembly().Location);
            // The child runs as the `citations` command does (its csproj turns tiered compilation off).
            start.Environment["DOTNET_TieredCompilation"] = "0";
            start.ArgumentList.Add("measure-build");
            start.ArgumentList.Add("--input");
            start.ArgumentList.Add(file);
            if (options.Get("--threads") is { } threads)
            {
                start.ArgumentList.Add("--threads");
                start.ArgumentList.Add(threads);
            }

            using var child = Process.Start(start)!;
            var output = child.StandardOutput.ReadToEnd();
            child.WaitForExit();
            var line = output.Split('\n').LastOrDefault(l => l.StartsWith("statements=", StringComparison.Ordinal));
            if (child.ExitCode != 0 || line is null)
            {
                Console.Error.WriteLine("build measurement failed: " + output);
                return null;
            }

            var values = line.Split(' ').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
            return new Figures(
                int.Parse(values["statements"], CultureInfo.InvariantCulture),
                double.Parse(values["mb"], CultureInfo.InvariantCulture),
                double.Parse(values["seconds"], CultureInfo.InvariantCulture),
                double.Parse(values["peak_mb"], CultureInfo.InvariantCulture));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>measure-build --input FILE [--threads N]: ingest, extract and build the graph (as `citations build` does, without writing files).</summary>
    public static int RunChild(Options options)
    {
        var file = options.Get("--input") ?? throw new ArgumentException("--input FILE is required");
        var threads = options.GetInt("--threads", 0);
        var extractor = new CitationExtractor(InstrumentCatalog.BuiltIn);
        var watch = Stopwatch.StartNew();
        var statements = StatementReader.Read([file]).OfType<IngestedStatement>().Select(r => r.Statement);
        var count = 0;
        long citations = 0;
        var builder = new Citations.Core.Graph.CitationGraphBuilder(InstrumentCatalog.BuiltIn);
        var results = options.Get("--ingest-only") is null
            ? ParallelExtraction.Extract(statements, extractor, threads)
            : statements.Select(s => new ExtractionResult(s, []));
        foreach (var result in results)
        {
            count++;
            citations += result.Citations.Length;
            builder.Add(result);
        }

        var seconds = watch.Elapsed.TotalSeconds;
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var mb = new FileInfo(file).Length / 1048576.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"statements={count} citations={citations} mb={mb:F2} seconds={seconds:F3} peak_mb={self.PeakWorkingSet64 / 1048576.0:F1}"));
        return 0;
    }
}
