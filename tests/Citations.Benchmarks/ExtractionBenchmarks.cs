using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Citations.Core;
using Citations.Core.Extraction;
using Citations.CorpusGenerator;

namespace Citations.Benchmarks;

/// <summary>
/// Extraction against the all-names regex (degenerate) and the SearchValues scan on the same generated texts (about 4 MB; see
/// <see cref="Megabytes"/> to turn times into MB/s).
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("extract")]
public class ExtractionBenchmarks
{
    private Statement[] _statements = [];
    private string[] _texts = [];
    private CitationExtractor _extractor = null!;
    private Regex _regex = null!;
    private Func<string, int> _dictionary = null!;

    [Params(4)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _statements = [.. new StatementGenerator(1, InstrumentCatalog.BuiltIn).Generate(Megabytes * 1048576L)];
        _texts = [.. _statements.Select(s => s.Text)];
        _extractor = new CitationExtractor(InstrumentCatalog.BuiltIn);
        _regex = RegexBaseline.Create(InstrumentCatalog.BuiltIn);
        _dictionary = Baselines.DictionaryScan(InstrumentCatalog.BuiltIn);
    }

    [Benchmark]
    public long SearchValuesScan_OneThread()
    {
        long n = 0;
        foreach (var text in _texts) n += _dictionary(text);
        return n;
    }

    [Benchmark(Baseline = true)]
    public long RegexAlternation_OneThread()
    {
        long n = 0;
        foreach (var text in _texts) n += _regex.Count(text);
        return n;
    }

    [Benchmark]
    public long Extractor_OneThread()
    {
        long n = 0;
        foreach (var text in _texts) n += _extractor.Extract(text).Length;
        return n;
    }

    [Benchmark]
    public long RegexAlternation_AllCores() => _texts.AsParallel().Sum(t => (long)_regex.Count(t));

    [Benchmark]
    public long Extractor_AllCores() => ParallelExtraction.Extract(_statements, _extractor).Sum(r => (long)r.Citations.Length);
}
