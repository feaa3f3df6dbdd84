using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Citations.Core;
using Citations.Core.Extraction;
using Citations.CorpusGenerator;

namespace Citations.Benchmarks;

/// <summary>
/// One run, one generated corpus, every figure beside its baseline and the ratio; the last line is
/// machine-readable. Each timing is the median of several runs after a warm-up.
/// </summary>
internal static class QuickRun
{
    public static int Run(Options options)
    {
        var sizeMb = options.GetDouble("--size-mb", 32);
        var seed = options.GetInt("--seed", 1);
        var repeat = options.GetInt("--repeat", 3);
        var baselineMb = options.GetDouble("--baseline-mb", 1);
        var catalog = InstrumentCatalog.BuiltIn;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Citations quick benchmark: {Environment.ProcessorCount} core(s), .NET {Environment.Version}, corpus {sizeMb:F0} MB, seed {seed}"));
        var statements = new StatementGenerator(seed, catalog).Generate((long)(sizeMb * 1024 * 1024)).ToList();
        var texts = statements.Select(s => s.Text).ToArray();
        var mb = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t)) / 1048576.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"corpus: {statements.Count} statements, {mb:F1} MB of UTF-8 text, {texts.Min(t => t.Length)} to {texts.Max(t => t.Length)} chars each"));

        var extractor = new CitationExtractor(catalog);
        var regex = RegexBaseline.Create(catalog);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"baseline: one Regex (IgnoreCase | Compiled) alternating {RegexBaseline.NameCount(catalog)} catalog names"));

        // Warm-up: JIT, tiered compilation, the regex's compiled code, lazy tables.
        var warm = texts.Take(Math.Min(texts.Length, 200)).ToArray();
        for (var k = 0; k < 3; k++)
        {
            foreach (var text in warm)
            {
                extractor.Extract(text);
                regex.Count(text);
            }
        }

        // The baseline is slow (about 0.2 MB/s here), so it runs on the corpus's first statements only; MB/s is its rate on them.
        var baselineTexts = new List<string>();
        long baselineBytes = 0;
        foreach (var text in texts)
        {
            if (baselineBytes >= baselineMb * 1048576) break;
            baselineTexts.Add(text);
            baselineBytes += Encoding.UTF8.GetByteCount(text);
        }

        var baseMb = baselineBytes / 1048576.0;
        foreach (var text in texts) extractor.Extract(text);
        long citations = 0, names = 0;
        var ours1 = Median(repeat, () => citations = texts.Sum(t => (long)extractor.Extract(t).Length));
        var base1 = Median(repeat, () => names = baselineTexts.Sum(t => (long)regex.Count(t))) * mb / baseMb;
        var oursN = Median(repeat, () => ParallelExtraction.Extract(statements, extractor).Sum(r => (long)r.Citations.Length));
        var baseN = Median(repeat, () => baselineTexts.AsParallel().Sum(t => (long)regex.Count(t))) * mb / baseMb;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"found: {citations} citations (extractor, whole corpus), {names} name matches (regex baseline, first {baselineTexts.Count} statements = {baseMb:F1} MB)"));
        Console.WriteLine();

        var table = new List<string[]>
        {
            Row("extract, 1 thread (MB/s)", mb / ours1, mb / base1),
            Row($"extract, {Environment.ProcessorCount} threads (MB/s)", mb / oursN, mb / baseN),
        };

        var graphml = GraphMLMeasurement.Run(ParallelExtraction.Extract(statements, extractor), repeat);
        string graphmlRatio = "na";
        if (graphml.NetworkxSeconds is { } nx)
        {
            graphmlRatio = (nx / graphml.Seconds).ToString("F2", CultureInfo.InvariantCulture);
            table.Add(Row("GraphML export (MB/s)", graphml.Megabytes / graphml.Seconds, graphml.Megabytes / nx));
            table.Add(Row("GraphML export (elements/s)", graphml.Elements / graphml.Seconds, graphml.Elements / nx));
        }
        else
        {
            table.Add(["GraphML export (MB/s)", F(graphml.Megabytes / graphml.Seconds), "na", "na"]);
            Console.WriteLine(graphml.Note);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"graph: {graphml.Elements} nodes and edges, GraphML {graphml.Megabytes:F1} MB; baseline: networkx write_graphml of the same graph read back"));

        var build = BuildMeasurement.Run(options, seed);
        if (build is { } b)
        {
            table.Add(["build: ingest+extract+graph (statements/s)", F(b.Statements / b.Seconds), "-", "-"]);
            table.Add(["build: ingest+extract+graph (MB/s)", F(b.Megabytes / b.Seconds), "-", "-"]);
            table.Add(["build: peak working set (MB)", F(b.PeakMb), "-", "-"]);
        }

        Print(table);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"extract_ratio={base1 / ours1:F2} extract_all_ratio={baseN / oursN:F2} extract_mb_s={mb / ours1:F1} extract_all_mb_s={mb / oursN:F1} graphml_ratio={graphmlRatio} build_mb_s={(build is { } x ? (x.Megabytes / x.Seconds).ToString("F1", CultureInfo.InvariantCulture) : "na")} peak_mb={(build is { } y ? y.PeakMb.ToString("F0", CultureInfo.InvariantCulture) : "na")}"));
        return 0;
    }

    private static string[] Row(string name, double ours, double baseline) => [name, F(ours), F(baseline), (ours / baseline).ToString("F2", CultureInfo.InvariantCulture) + "x"];

    private static string F(double value) => value.ToString(value >= 100 ? "F0" : "F1", CultureInfo.InvariantCulture);

    private static void Print(List<string[]> rows)
    {
        string[] header = ["figure", "ours", "baseline", "ratio"];
        var all = rows.Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(k => all.Max(r => r[k].Length)).ToArray();
        foreach (var row in all)
        {
            Console.WriteLine(string.Join("  ", row.Select((v, k) => k == 0 ? v.PadRight(widths[k]) : v.PadLeft(widths[k]))).TrimEnd());
        }
    }

    /// <summary>The median wall-clock seconds of <paramref name="repeat"/> runs.</summary>
    internal static double Median(int repeat, Action action)
    {
        var times = new List<double>();
        for (var k = 0; k < Math.Max(1, repeat); k++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalSeconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }
}
