using System.Diagnostics;
using System.Globalization;
using System.Text;
using Citations.Core;
using Citations.Core.Extraction;
using Citations.CorpusGenerator;

namespace Citations.Benchmarks;

/// <summary>
/// How extraction's cost grows, on real text, one thread: with the catalog (the 130 instruments of
/// b0639ee, today's, ten times today's with synthetic entries) and with the length of the texts (the
/// same speeches cut and joined into texts of about 2 KB, 20 KB, 200 KB and 1 MB, equal in total).
/// </summary>
internal static class GrowthRun
{
    private static readonly (string Label, string Key, int Chars)[] s_lengths =
    [
        ("2 KB", "2k", 2 * 1024), ("20 KB", "20k", 20 * 1024), ("200 KB", "200k", 200 * 1024), ("1 MB", "1m", 1024 * 1024),
    ];

    public static int Run(Options options)
    {
        if (options.Get("--corpus") is not { } corpusFile)
        {
            Console.Error.WriteLine("growth needs --corpus FILE (JSON Lines, .gz too), e.g. ../shared/corpus/ungd/speeches.jsonl.gz");
            return 2;
        }

        var repeat = options.GetInt("--repeat", 3);
        var sizeMb = options.GetDouble("--size-mb", 16);
        var lengthsMb = options.GetDouble("--lengths-mb", 8);
        var factor = options.GetInt("--factor", 10);
        var (all, _) = RealCorpus.Load(corpusFile);
        if (all.Count == 0)
        {
            Console.Error.WriteLine($"{corpusFile}: no statements");
            return 1;
        }

        var texts = RealCorpus.Repeat(all, (long)(sizeMb * 1048576)).Select(s => s.Text).ToArray();
        var mb = RealCorpus.Megabytes(texts);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Citations growth benchmark: one thread, .NET {Environment.Version}, load average {MachineLoad.Now()}, {texts.Length} statements of {corpusFile}, {mb:F1} MB; medians of {repeat} runs"));

        var loadAtStart = MachineLoad.Now();
        var today = InstrumentCatalog.BuiltIn;
        var watch = Stopwatch.StartNew();
        var old = CatalogSizes.Subset(CatalogSizes.OldIdsFile);
        var oldLoad = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var scaled = CatalogSizes.Scaled(factor, options.GetInt("--seed", 1));
        var scaledLoad = watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"catalogs: {old.Count} instruments (b0639ee's ids, loaded in {oldLoad:F1} s), {today.Count} (today's), {scaled.Count} ({factor}x, synthetic entries added, loaded in {scaledLoad:F1} s)"));

        var sizes = new (string Label, InstrumentCatalog Catalog)[]
        {
            ($"{old.Count} instruments (b0639ee)", old), ($"{today.Count} instruments (today)", today), ($"{scaled.Count} instruments ({factor}x)", scaled),
        };
        var extractors = new CitationExtractor[sizes.Length];
        var scans = new Func<string, int>[sizes.Length];
        var names = new int[sizes.Length];
        for (var k = 0; k < sizes.Length; k++)
        {
            watch.Restart();
            var extractor = extractors[k] = new CitationExtractor(sizes[k].Catalog);
            var scan = scans[k] = Baselines.DictionaryScan(sizes[k].Catalog);
            Timing.WarmUp(TimeSpan.FromSeconds(1), 2, () => Warm(extractor, scan, texts));
            names[k] = Baselines.AllNames(sizes[k].Catalog).Length;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {sizes[k].Label}: {names[k]} names, extractor set up and warmed in {watch.Elapsed.TotalSeconds:F1} s"));
        }

        var (seconds, cpu) = Timing.InterleavedWithCpu(repeat, [
            .. extractors.Select(e => (Action)(() => texts.Sum(t => (long)e.Extract(t).Length))),
            .. scans.Select(s => (Action)(() => texts.Sum(t => (long)s(t)))),
        ]);
        var extractSeconds = seconds[..sizes.Length];
        var scanSeconds = seconds[sizes.Length..];

        var table = new List<string[]>();
        for (var k = 0; k < sizes.Length; k++)
        {
            if (k != 1) table.Add(Row($"extract, {sizes[k].Label} | today's {today.Count} (MB/s)", mb / extractSeconds[k], mb / extractSeconds[1]));
        }

        for (var k = 0; k < sizes.Length; k++)
        {
            if (k != 1) table.Add(Row($"extract, {sizes[k].Label} | today's, by CPU time (MB per CPU-second)", mb / cpu[k], mb / cpu[1]));
        }

        for (var k = 0; k < sizes.Length; k++)
        {
            table.Add(Row($"extract, {sizes[k].Label} | SearchValues scan of its {names[k]} names (MB/s)", mb / extractSeconds[k], mb / scanSeconds[k]));
        }

        // Text length: the same speeches in texts of one length each, equal in total, today's catalog.
        var lengthTexts = s_lengths.Select(l => RealCorpus.Reshape([.. all.Select(s => s.Text)], l.Chars, (long)(lengthsMb * 1048576)).ToArray()).ToArray();
        var todayExtractor = extractors[1];
        var todayScan = scans[1];
        foreach (var shaped in lengthTexts) Warm(todayExtractor, todayScan, shaped);
        var lengthSeconds = Timing.Interleaved(repeat, [
            .. lengthTexts.Select(shaped => (Action)(() => shaped.Sum(t => (long)todayExtractor.Extract(t).Length))),
            .. lengthTexts.Select(shaped => (Action)(() => shaped.Sum(t => (long)todayScan(t)))),
        ]);
        var lengthRates = new double[s_lengths.Length];
        for (var k = 0; k < s_lengths.Length; k++)
        {
            var shapedMb = RealCorpus.Megabytes(lengthTexts[k]);
            lengthRates[k] = shapedMb / lengthSeconds[k];
            table.Add(Row(string.Create(CultureInfo.InvariantCulture, $"extract, {lengthTexts[k].Length} texts of ~{s_lengths[k].Label} | SearchValues scan (MB/s)"),
                lengthRates[k], shapedMb / lengthSeconds[s_lengths.Length + k]));
        }

        Console.WriteLine();
        QuickRun.Print(table);
        Console.WriteLine();
        var line = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
            $"catalog_old={old.Count} catalog_today={today.Count} catalog_scaled={scaled.Count} extract_mb_s_old={mb / extractSeconds[0]:F1} extract_mb_s_today={mb / extractSeconds[1]:F1} extract_mb_s_scaled={mb / extractSeconds[2]:F1} time_ratio_old={extractSeconds[0] / extractSeconds[1]:F3} time_ratio_scaled={extractSeconds[2] / extractSeconds[1]:F3} cpu_ratio_old={cpu[0] / cpu[1]:F3} cpu_ratio_scaled={cpu[2] / cpu[1]:F3} searchvalues_ratio_today={scanSeconds[1] / extractSeconds[1]:F2} searchvalues_ratio_scaled={scanSeconds[2] / extractSeconds[2]:F2}"));
        for (var k = 0; k < s_lengths.Length; k++) line.Append(string.Create(CultureInfo.InvariantCulture, $" length_{s_lengths[k].Key}_mb_s={lengthRates[k]:F1}"));
        line.Append($" load_start={loadAtStart} load_end={MachineLoad.Now()}");
        Console.WriteLine(line.ToString());
        return 0;
    }

    /// <summary>JIT and lazy tables: one pass over the first texts (at most 2 MB).</summary>
    private static void Warm(CitationExtractor extractor, Func<string, int> scan, string[] texts)
    {
        long chars = 0;
        foreach (var text in texts.TakeWhile(t => (chars += t.Length) < 2 * 1048576).DefaultIfEmpty(texts[0]))
        {
            extractor.Extract(text);
            scan(text);
        }
    }

    private static string[] Row(string name, double ours, double baseline) =>
        [name, QuickRun.F(ours), QuickRun.F(baseline), (ours / baseline).ToString("F2", CultureInfo.InvariantCulture) + "x"];
}
