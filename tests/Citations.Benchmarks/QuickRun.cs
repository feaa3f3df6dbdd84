using System.Diagnostics;
using System.Globalization;
using System.Text;
using Citations.Core;
using Citations.Core.Extraction;
using Citations.CorpusGenerator;

namespace Citations.Benchmarks;

/// <summary>
/// One run, one corpus (real statements with --corpus FILE, else a generated one), every figure
/// beside its baseline and the ratio; the last line is machine-readable. Each timing is the median
/// of several runs after a warm-up.
/// </summary>
internal static class QuickRun
{
    public static int Run(Options options)
    {
        var corpusFile = options.Get("--corpus");
        var seed = options.GetInt("--seed", 1);
        var repeat = options.GetInt("--repeat", 3);
        // The all-names Regex is degenerate (it backtracks over every name at every word); it keeps its
        // place on the generated corpus, where earlier figures quote it, and is left out on real text unless asked for.
        var baselineMb = options.GetDouble("--baseline-mb", corpusFile is null ? 1 : 0);
        var catalog = InstrumentCatalog.BuiltIn;

        List<Statement> statements;
        string source;
        if (corpusFile is null)
        {
            var sizeMb = options.GetDouble("--size-mb", 32);
            statements = [.. new StatementGenerator(seed, catalog).Generate((long)(sizeMb * 1024 * 1024))];
            source = string.Create(CultureInfo.InvariantCulture, $"corpus {sizeMb:F0} MB generated, seed {seed}");
        }
        else
        {
            var (all, rejected) = RealCorpus.Load(corpusFile);
            if (all.Count == 0)
            {
                Console.Error.WriteLine($"{corpusFile}: no statements ({rejected} rejected records)");
                return 1;
            }

            var sizeMb = options.GetDouble("--size-mb", 0);
            statements = sizeMb > 0 ? [.. RealCorpus.Repeat(all, (long)(sizeMb * 1024 * 1024))] : [.. all];
            source = string.Create(CultureInfo.InvariantCulture, $"corpus {corpusFile} ({all.Count} statements, {rejected} rejected{(sizeMb > 0 ? $", repeated with fresh ids to {sizeMb:F0} MB" : "")})");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Citations quick benchmark: {Environment.ProcessorCount} core(s), .NET {Environment.Version}, load average {MachineLoad.Now()}, {source}"));
        var loadAtStart = MachineLoad.Now();
        var texts = statements.Select(s => s.Text).ToArray();
        var mb = RealCorpus.Megabytes(texts);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"texts: {statements.Count} statements, {mb:F1} MB of UTF-8 text, {texts.Min(t => t.Length)} to {texts.Max(t => t.Length)} chars each"));

        var extractor = new CitationExtractor(catalog);
        var dictionary = Baselines.DictionaryScan(catalog);
        var tenNames = Baselines.TenNameRegex();
        var names = Baselines.AllNames(catalog).Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"baselines: SearchValues<string> (OrdinalIgnoreCase) of all {names} catalog names; Regex (IgnoreCase | Compiled) of {Baselines.TenNameCount} well-known names; memory scan (IndexOf of a character no text holds)"));

        // Warm-up: JIT, tiered compilation, the regexes' compiled code, lazy tables.
        var warm = texts.Take(Math.Min(texts.Length, 200)).ToArray();
        foreach (var text in texts) extractor.Extract(text);
        Timing.WarmUp(TimeSpan.FromSeconds(2), 3, () =>
        {
            foreach (var text in warm)
            {
                extractor.Extract(text);
                dictionary(text);
                tenNames(text);
                Baselines.MemoryScan(text);
            }
        });

        long citations = 0, dictionaryMatches = 0, tenNameMatches = 0;
        var (one, oneCpu) = Timing.InterleavedWithCpu(repeat,
            () => citations = texts.Sum(t => (long)extractor.Extract(t).Length),
            () => dictionaryMatches = texts.Sum(t => (long)dictionary(t)),
            () => tenNameMatches = texts.Sum(t => (long)tenNames(t)),
            () => texts.Sum(t => (long)Baselines.MemoryScan(t)));
        var (ours1, dictionary1, tenNames1, memory1) = (one[0], one[1], one[2], one[3]);
        var many = Timing.Interleaved(repeat,
            () => ParallelExtraction.Extract(statements, extractor).Sum(r => (long)r.Citations.Length),
            () => texts.AsParallel().Sum(t => (long)dictionary(t)));
        var (oursN, dictionaryN) = (many[0], many[1]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"found: {citations} citations (extractor), {dictionaryMatches} name starts (SearchValues), {tenNameMatches} matches (10-name Regex)"));

        var cores = Environment.ProcessorCount;
        var table = new List<string[]>
        {
            Row("extract 1 thread | SearchValues scan, 1 thread (MB/s)", mb / ours1, mb / dictionary1),
            Row("extract 1 thread | 10-name Regex, 1 thread (MB/s)", mb / ours1, mb / tenNames1),
            Row("extract 1 thread | memory scan, the ceiling (MB/s)", mb / ours1, mb / memory1),
            Row("extract 1 thread | SearchValues scan, by CPU time (MB per CPU-second)", mb / oneCpu[0], mb / oneCpu[1]),
            Row($"extract {cores} threads | SearchValues scan, {cores} threads (MB/s)", mb / oursN, mb / dictionaryN),
        };

        // The degenerate baseline is slow (about 0.1 MB/s), so it runs on the corpus's first --baseline-mb only; MB/s is its rate there.
        string allNamesRatio = "na", allNamesRatioN = "na";
        if (baselineMb > 0)
        {
            var regex = RegexBaseline.Create(catalog);
            var baselineTexts = new List<string>();
            long baselineBytes = 0;
            foreach (var text in texts)
            {
                if (baselineBytes >= baselineMb * 1048576) break;
                baselineTexts.Add(text);
                baselineBytes += Encoding.UTF8.GetByteCount(text);
            }

            foreach (var text in baselineTexts.Take(20)) regex.Count(text);
            var baseMb = baselineBytes / 1048576.0;
            var base1 = Median(repeat, () => baselineTexts.Sum(t => (long)regex.Count(t))) * mb / baseMb;
            var baseN = Median(repeat, () => baselineTexts.AsParallel().Sum(t => (long)regex.Count(t))) * mb / baseMb;
            allNamesRatio = (base1 / ours1).ToString("F2", CultureInfo.InvariantCulture);
            allNamesRatioN = (baseN / oursN).ToString("F2", CultureInfo.InvariantCulture);
            table.Add(Row($"extract 1 thread | all-names Regex (degenerate, first {baseMb:F1} MB) (MB/s)", mb / ours1, mb / base1));
            table.Add(Row($"extract {cores} threads | all-names Regex (degenerate), {cores} threads (MB/s)", mb / oursN, mb / baseN));
        }

        var graphml = GraphMLMeasurement.Run(ParallelExtraction.Extract(statements, extractor), repeat);
        string graphmlRatio = "na";
        if (graphml.NetworkxSeconds is { } nx)
        {
            graphmlRatio = (nx / graphml.Seconds).ToString("F2", CultureInfo.InvariantCulture);
            table.Add(Row("GraphML export | networkx write_graphml (MB/s)", graphml.Megabytes / graphml.Seconds, graphml.Megabytes / nx));
            table.Add(Row("GraphML export | networkx write_graphml (elements/s)", graphml.Elements / graphml.Seconds, graphml.Elements / nx));
        }
        else
        {
            table.Add(["GraphML export (MB/s)", F(graphml.Megabytes / graphml.Seconds), "na", "na"]);
            Console.WriteLine(graphml.Note);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"graph: {graphml.Elements} nodes and edges, GraphML {graphml.Megabytes:F1} MB; baseline: networkx write_graphml of the same graph read back"));

        var build = BuildMeasurement.Run(options, seed, corpusFile is null ? 32 : 0);
        if (build is { } b)
        {
            table.Add(["build in-process: ingest+extract+graph (statements/s)", F(b.Statements / b.Seconds), "-", "-"]);
            table.Add(["build in-process: ingest+extract+graph (MB/s)", F(b.Megabytes / b.Seconds), "-", "-"]);
            table.Add(["build in-process: peak working set (MB)", F(b.PeakMb), "-", "-"]);
        }

        var endToEnd = corpusFile is null ? null : EndToEndRows(options, corpusFile, statements, table);

        Print(table);
        Console.WriteLine();
        var line = new StringBuilder();
        line.Append(string.Create(CultureInfo.InvariantCulture,
            $"extract_ratio={allNamesRatio} extract_all_ratio={allNamesRatioN} extract_mb_s={mb / ours1:F1} extract_all_mb_s={mb / oursN:F1} graphml_ratio={graphmlRatio} build_mb_s={(build is { } x ? (x.Megabytes / x.Seconds).ToString("F1", CultureInfo.InvariantCulture) : "na")} peak_mb={(build is { } y ? y.PeakMb.ToString("F0", CultureInfo.InvariantCulture) : "na")}"));
        line.Append(string.Create(CultureInfo.InvariantCulture,
            $" searchvalues_ratio={dictionary1 / ours1:F2} searchvalues_cpu_ratio={oneCpu[1] / oneCpu[0]:F2} extract_mb_cpu_s={mb / oneCpu[0]:F1} searchvalues_all_ratio={dictionaryN / oursN:F2} regex10_ratio={tenNames1 / ours1:F3} memscan_ratio={memory1 / ours1:F3}"));
        line.Append(endToEnd is { } e
            ? string.Create(CultureInfo.InvariantCulture,
                $" e2e_mb={e.InputMb:F1} e2e_extract_mb_s={e.InputMb / e.ExtractSeconds:F1} e2e_extract_ratio={e.ReadSeconds / e.ExtractSeconds:F3} e2e_build_mb_s={e.InputMb / e.BuildSeconds:F1} e2e_build_ratio={e.ReadSeconds / e.BuildSeconds:F3} startup_s={e.StartupSeconds:F2} e2e_extract_cpu_s={e.ExtractCpuSeconds:F2} e2e_extract_free{FreeCores}_mb_s={e.InputMb / e.ExtractSecondsOnFreeCores(FreeCores):F1} startup_cpu_s={e.StartupCpuSeconds:F2}")
            : " e2e_mb=na");
        line.Append($" load_start={loadAtStart} load_end={MachineLoad.Now()}");
        Console.WriteLine(line.ToString());
        return 0;
    }

    /// <summary>The cores of the machine the issue's end-to-end target is set for (two), whatever this one has.</summary>
    private const int FreeCores = 2;

    /// <summary>The built `citations` on the corpus file itself, or on a file of --e2e-mb made by repeating it with fresh ids.</summary>
    private static EndToEnd.Figures? EndToEndRows(Options options, string corpusFile, List<Statement> statements, List<string[]> table)
    {
        var runs = options.GetInt("--e2e-runs", 3);
        if (runs <= 0) return null;
        if (EndToEnd.FindCli(options) is not { } cli)
        {
            Console.WriteLine("end-to-end rows skipped: build the command first (dotnet build -c Release src/Citations.Cli) or give --cli PATH/citations.dll");
            return null;
        }

        var e2eMb = options.GetDouble("--e2e-mb", 0);
        string? temporary = null;
        try
        {
            var file = corpusFile;
            if (e2eMb > 0)
            {
                temporary = Path.Combine(Path.GetTempPath(), $"citations-bench-{Environment.ProcessId}-e2e.jsonl");
                CorpusWriter.WriteJsonLines(temporary, RealCorpus.Repeat(statements, -1), (long)(e2eMb * 1048576));
                file = temporary;
            }

            Console.WriteLine($"end to end: {cli} on {file}, median of {runs} runs");
            if (EndToEnd.Run(cli, file, statements[0], runs, options.Get("--threads")) is not { } e) return null;
            var reader = file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? "zcat | wc -c" : "cat | wc -c";
            table.Add(Row($"end to end: extract --format jsonl | {reader} (MB/s of JSONL)", e.InputMb / e.ExtractSeconds, e.InputMb / e.ReadSeconds));
            table.Add(Row($"end to end: build --out DIR | {reader} (MB/s of JSONL)", e.InputMb / e.BuildSeconds, e.InputMb / e.ReadSeconds));
            table.Add(["end to end: extract --format jsonl, processor seconds (user+sys)", e.ExtractCpuSeconds.ToString("F2", CultureInfo.InvariantCulture), "-", "-"]);
            table.Add([$"end to end: extract --format jsonl on {FreeCores} free cores, projected (MB/s)", F(e.InputMb / e.ExtractSecondsOnFreeCores(FreeCores)), "-", "-"]);
            table.Add(["start-up: extract of one statement (s)", e.StartupSeconds.ToString("F2", CultureInfo.InvariantCulture), "-", "-"]);
            table.Add(["start-up: extract of one statement, processor seconds", e.StartupCpuSeconds.ToString("F2", CultureInfo.InvariantCulture), "-", "-"]);
            return e;
        }
        finally
        {
            if (temporary is not null) File.Delete(temporary);
        }
    }

    private static string[] Row(string name, double ours, double baseline) => [name, F(ours), F(baseline), Ratio(ours / baseline)];

    private static string Ratio(double ratio) => ratio.ToString(ratio >= 0.1 ? "F2" : "F3", CultureInfo.InvariantCulture) + "x";

    internal static string F(double value) => value.ToString(value >= 100 ? "F0" : "F1", CultureInfo.InvariantCulture);

    internal static void Print(List<string[]> rows)
    {
        string[] header = ["figure (ours | baseline)", "ours", "baseline", "ratio"];
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
