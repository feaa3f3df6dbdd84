using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Citations.Core;
using Citations.Core.Ingest;
using Citations.CorpusGenerator;

namespace Citations.Benchmarks;

/// <summary>
/// Another build of Citations.Core (an older commit's bin folder) beside this one, in one process over the same texts,
/// rounds taking turns so that both see the same load: how a change moved extraction speed on identical input.
/// </summary>
internal static class VersusRun
{
    public static int Run(Options options)
    {
        var other = options.Get("--other") ?? throw new ArgumentException("versus needs --other DIR: the bin folder of another Citations.Core build");
        var otherDll = Path.Combine(other, "Citations.Core.dll");
        if (!File.Exists(otherDll)) throw new FileNotFoundException($"--other {other}: no Citations.Core.dll there");
        var texts = BenchmarkTexts.Texts(options, 8);
        var mb = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t)) / 1048576.0;
        var rounds = Math.Max(2, options.GetInt("--rounds", 10));

        var ours = new Citations.Core.Extraction.CitationExtractor(InstrumentCatalog.BuiltIn);
        Action<string>[] contenders = [ExtractorOf(new OtherBuild(other).LoadFromAssemblyPath(otherDll)), text => ours.Extract(text)];
        var quickest = new[] { double.MaxValue, double.MaxValue };
        var allocated = new long[2];
        var paused = new TimeSpan[2];
        var collections = new int[2];
        for (var round = 0; round < rounds; round++)
        {
            for (var k = 0; k < contenders.Length; k++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var before = GC.GetAllocatedBytesForCurrentThread();
                var pausedBefore = GC.GetTotalPauseDuration();
                var collectionsBefore = GC.CollectionCount(0);
                var watch = Stopwatch.StartNew();
                foreach (var text in texts) contenders[k](text);
                allocated[k] = GC.GetAllocatedBytesForCurrentThread() - before;
                paused[k] = GC.GetTotalPauseDuration() - pausedBefore;
                collections[k] = GC.CollectionCount(0) - collectionsBefore;
                // The first round warms both up; load from other processes only ever adds time, so the quickest round is kept.
                if (round > 0) quickest[k] = Math.Min(quickest[k], watch.Elapsed.TotalSeconds);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{texts.Length} statements, {mb:F1} MB; quickest of {rounds - 1} rounds taken in turn, one thread"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"other build ({other}): {quickest[0] * 1000,8:F0} ms {mb / quickest[0],8:F1} MB/s {allocated[0] / 1048576.0,8:F0} MB allocated"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"this build:                {quickest[1] * 1000,8:F0} ms {mb / quickest[1],8:F1} MB/s {allocated[1] / 1048576.0,8:F0} MB allocated"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"last round's collector pauses: other {paused[0].TotalMilliseconds:F0} ms in {collections[0]} collections, this {paused[1].TotalMilliseconds:F0} ms in {collections[1]}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"throughput_ratio={quickest[0] / quickest[1]:F3} other_mb_s={mb / quickest[0]:F1} this_mb_s={mb / quickest[1]:F1}"));
        return 0;
    }

    /// <summary>The other build's <c>new CitationExtractor(InstrumentCatalog.BuiltIn).Extract(text)</c>, reached by reflection.</summary>
    private static Action<string> ExtractorOf(Assembly core)
    {
        var catalog = core.GetType("Citations.Core.InstrumentCatalog")?.GetProperty("BuiltIn")?.GetValue(null)
                      ?? throw new ArgumentException($"{core.Location}: no InstrumentCatalog.BuiltIn");
        var type = core.GetType("Citations.Core.Extraction.CitationExtractor") ?? throw new ArgumentException($"{core.Location}: no CitationExtractor");
        var extractor = Activator.CreateInstance(type, catalog) ?? throw new ArgumentException($"{core.Location}: CitationExtractor cannot be made");
        var extract = type.GetMethod("Extract", [typeof(string)]) ?? throw new ArgumentException($"{core.Location}: no Extract(string)");
        // Invoked, not bound to a delegate: the other build's return type is its own (one call per statement; the cost is negligible beside extraction).
        return text => extract.Invoke(extractor, [text]);
    }

    /// <summary>Loads the other build's assemblies from its own folder, so its Core does not meet this one.</summary>
    private sealed class OtherBuild(string folder) : AssemblyLoadContext(isCollectible: false)
    {
        protected override Assembly? Load(AssemblyName name)
        {
            var path = Path.Combine(folder, name.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
