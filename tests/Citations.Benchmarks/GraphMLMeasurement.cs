using System.Diagnostics;
using System.Globalization;
using Citations.Core;
using Citations.Core.Graph;
using Citations.GraphExport;

namespace Citations.Benchmarks;

/// <summary>GraphML writing against networkx's write_graphml of the same graph (read back from our file).</summary>
internal static class GraphMLMeasurement
{
    public readonly record struct Figures(double Megabytes, long Elements, double Seconds, double? NetworkxSeconds, string? Note);

    public static Figures Run(IEnumerable<ExtractionResult> results, int repeat)
    {
        var builder = new CitationGraphBuilder(InstrumentCatalog.BuiltIn);
        foreach (var result in results) builder.Add(result);
        var graph = builder.Graph;
        var elements = (long)graph.NodeCount + graph.EdgeCount;
        var file = Path.Combine(Path.GetTempPath(), $"citations-bench-{Environment.ProcessId}.graphml");
        try
        {
            using (var stream = File.Create(file)) GraphMLWriter.Write(graph, stream);
            var megabytes = new FileInfo(file).Length / 1048576.0;
            GraphMLWriter.Write(graph, Stream.Null);
            var seconds = QuickRun.Median(repeat, () =>
            {
                using var stream = new FileStream(file + ".out", FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
                GraphMLWriter.Write(graph, stream);
            });
            File.Delete(file + ".out");
            var (networkx, note) = Networkx(file, repeat);
            return new Figures(megabytes, elements, seconds, networkx, note);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static (double?, string?) Networkx(string file, int repeat)
    {
        const string script = """
            import sys, time, os
            import networkx as nx
            g = nx.read_graphml(sys.argv[1])
            times = []
            for _ in range(int(sys.argv[2])):
                start = time.perf_counter()
                nx.write_graphml(g, sys.argv[1] + ".nx")
                times.append(time.perf_counter() - start)
            os.remove(sys.argv[1] + ".nx")
            times.sort()
            print(times[len(times) // 2])
            """;
        try
        {
            var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(script);
            start.ArgumentList.Add(file);
            start.ArgumentList.Add(Math.Max(1, repeat).ToString(CultureInfo.InvariantCulture));
            using var python = Process.Start(start)!;
            var output = python.StandardOutput.ReadToEnd();
            var error = python.StandardError.ReadToEnd();
            python.WaitForExit();
            if (python.ExitCode != 0) return (null, "networkx row skipped: " + error.Trim().Split('\n')[^1]);
            return (double.Parse(output.Trim(), CultureInfo.InvariantCulture), null);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (null, "networkx row skipped: python3 not found (" + e.Message + ")");
        }
    }
}
