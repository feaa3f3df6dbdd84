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

        long citations = 0, names = 0;
        var ours1 = Median(repeat, () => citations = texts.Sum(t => (long)extractor.Extract(t).Length));
        var base1 = Median(repeat, () => names = texts.Sum(t => (long)regex.Count(t)));
        var oursN = Median(repeat, () => ParallelExtraction.Extract(statements, extractor).Sum(r => (long)r.Citations.Length));
        var baseN = Median(repeat, () => texts.AsParallel().AsOrdered().Sum(t => (long)regex.Count(t)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"found: {citations} citations (extractor), {names} name matches (regex baseline)"));
        Console.WriteLine();

        var table = new List<string[]>
        {
            Row("extract, 1 thread (MB/s)", mb / ours1, mb / base1),
            Row($"extract, {Environment.ProcessorCount} threads (MB/s)", mb / oursN, mb / baseN),
        };

        // GraphML export and the graph stage of build: the graph is not in this branch yet.
        table.Add(["GraphML export (MB/s)", "na", "na", "na (graph not merged yet)"]);
        table.Add(["GraphML export (elements/s)", "na", "na", "na (graph not merged yet)"]);

        var build = BuildMeasurement.Run(options, seed);
        if (build is { } b)
        {
            table.Add(["build: ingest+extract (statements/s)", F(b.Statements / b.Seconds), "-", "-"]);
            table.Add(["build: ingest+extract (MB/s)", F(b.Megabytes / b.Seconds), "-", "-"]);
            table.Add(["build: peak working set (MB)", F(b.PeakMb), "-", "-"]);
        }

        Print(table);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"extract_ratio={base1 / ours1:F2} extract_all_ratio={baseN / oursN:F2} extract_mb_s={mb / ours1:F1} extract_all_mb_s={mb / oursN:F1} graphml_ratio=na build_mb_s={(build is { } x ? (x.Megabytes / x.Seconds).ToString("F1", CultureInfo.InvariantCulture) : "na")} peak_mb={(build is { } y ? y.PeakMb.ToString("F0", CultureInfo.InvariantCulture) : "na")}"));
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
