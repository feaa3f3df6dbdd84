using System.Diagnostics;
using System.Globalization;
using System.Text;
using Citations.Core;
using Citations.Core.Extraction;
using Citations.CorpusGenerator;

namespace Citations.Benchmarks;

/// <summary>Where extraction spends its time: each pass alone over the same corpus (single thread); <c>--input FILE</c> for real statements, <c>--factor N</c> for a catalog N times today's.</summary>
internal static class PassTimings
{
    private static MentionSet Match(string text, NameIndex index)
    {
        var set = new MentionSet(new StepCounter());
        set.AddRange(CatalogMatcher.Find(text, index));
        return set;
    }

    public static int Run(Options options)
    {
        // --factor N times with the growth mode's catalog of N times today's size (synthetic entries added), to see which passes grow with it.
        var factor = options.GetInt("--factor", 1);
        var catalog = factor > 1 ? CatalogSizes.Scaled(factor, options.GetInt("--seed", 1)) : InstrumentCatalog.BuiltIn;
        // --input FILE times real statements (JSONL, .gz too); without it a generated corpus of --size-mb.
        var texts = BenchmarkTexts.Texts(options, 16);
        var mb = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t)) / 1048576.0;
        var extractor = new CitationExtractor(catalog);
        var index = new NameIndex(catalog);
        var shortForms = new ShortFormResolver(catalog);
        var mentions = texts.Select(t => Match(t, index)).ToArray();

        (string, Action<string, int>)[] passes =
        [
            ("whole Extract", (t, _) => extractor.Extract(t)),
            ("catalog match", (t, _) => Match(t, index)),
            ("resolutions", (t, _) => ResolutionMatcher.Find(t)),
            ("pinpoints", (t, _) => PinpointParser.Find(t)),
            ("short forms", (t, k) => shortForms.Resolve(t, mentions[k])),
            ("defined terms", (t, k) => DefinedTermFinder.Find(t, mentions[k])),
            ("uncatalogued titles", (t, k) => UncataloguedTitleFinder.Find(t, mentions[k])),
        ];

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{texts.Length} statements, {mb:F1} MB, catalog of {catalog.Count} instruments"));
        foreach (var (name, pass) in passes)
        {
            for (var round = 0; round < 2; round++)
            {
                for (var k = 0; k < texts.Length; k++) pass(texts[k], k);
            }

            // On a shared machine the process's CPU time moves far less from run to run than the wall clock.
            var (wall, cpu) = Timing.InterleavedWithCpu(3, () =>
            {
                for (var k = 0; k < texts.Length; k++) pass(texts[k], k);
            });
            var seconds = wall[0];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-28} {seconds * 1000,8:F0} ms  {mb / seconds,8:F1} MB/s  {cpu[0] * 1000,8:F0} ms CPU  {mb / cpu[0],8:F1} MB per CPU-second"));
        }

        // The declared passes in order, each timed where it runs in the pipeline (the sum is one whole Extract).
        var declared = Citations.Core.Extraction.Passes.ExtractionPasses.Create(new ExtractionContext(catalog));
        var ticks = new long[declared.Length];
        var fewest = Enumerable.Repeat(long.MaxValue, declared.Length).ToArray();
        // The steps each pass counts (pattern attempts, mentions visited): a measure of its work that a busy machine does not blur.
        var steps = new long[declared.Length];
        for (var round = 0; round < 3; round++)
        {
            Array.Clear(ticks);
            Array.Clear(steps);
            foreach (var text in texts)
            {
                var state = new Citations.Core.Extraction.Passes.ExtractionState(text);
                for (var p = 0; p < declared.Length; p++)
                {
                    var before = state.Steps.Count;
                    var start = Stopwatch.GetTimestamp();
                    declared[p].Run(state);
                    ticks[p] += Stopwatch.GetTimestamp() - start;
                    steps[p] += state.Steps.Count - before;
                }
            }

            for (var p = 0; p < declared.Length; p++) fewest[p] = Math.Min(fewest[p], ticks[p]);
        }

        for (var p = 0; p < declared.Length; p++)
        {
            // The quickest of the rounds: load from other processes only ever adds time.
            var seconds = fewest[p] / (double)Stopwatch.Frequency;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  in pipeline: {declared[p].GetType().Name,-24} {seconds * 1000,8:F0} ms  {mb / seconds,8:F1} MB/s {steps[p] / 3,12} steps"));
        }

        return 0;
    }
}
