using System.Globalization;
using BenchmarkDotNet.Running;
using Citations.Core;
using Citations.CorpusGenerator;

namespace Citations.Benchmarks;

/// <summary>The benchmarks' entry point: one mode per figure family (see <see cref="Usage"/> and docs/benchmarks.md).</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
        {
            (args.Length == 0 ? Console.Error : Console.Out).Write(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        try
        {
            return Run(args);
        }
        catch (Exception e) when (e is FileNotFoundException or ArgumentException or Citations.Core.CitationsException)
        {
            // A missing file or option is the command line's mistake: one line, no stack trace.
            Console.Error.WriteLine(e.Message);
            return 2;
        }
    }

    private static int Run(string[] args)
    {
        var options = Options.Parse(args.Skip(1));
        switch (args[0])
        {
            case "quick":
                return QuickRun.Run(options);
            case "growth":
                return GrowthRun.Run(options);
            case "memory":
                return MemoryRun.Run(options);
            case "generate":
                return Generate(options);
            case "synthetic":
                return Synthetic(options);
            case "dump":
                return Dump(options);
            case "passes":
                return PassTimings.Run(options);
            case "versus":
                return VersusRun.Run(options);
            case "measure-build":
                return BuildMeasurement.RunChild(options);
            case "bdn":
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args[1..]);
                return 0;
            default:
                Console.Error.WriteLine($"unknown mode '{args[0]}'");
                Console.Error.Write(Usage);
                return 2;
        }
    }

    private const string Usage = """
        usage: dotnet run -c Release --project tests/Citations.Benchmarks -- MODE [options]

          quick [--corpus FILE] [--size-mb N] [--repeat 3] [--threads N] [--seed 1]
                [--baseline-mb N] [--build-mb N] [--e2e-runs 3] [--e2e-mb N] [--cli PATH]
              Extraction on one thread and on all cores beside its baselines in the same run: the
              SearchValues<string> scan of every catalog name, a 10-name Regex, a memory scan (the
              ceiling); GraphML writing beside networkx. With --corpus (JSON Lines, .gz too; documented
              choice ../shared/corpus/ungd/speeches.jsonl.gz) the texts are real, --size-mb repeats them
              with fresh ids (default: the file as it is), and the built command runs end to end:
              `extract FILE --format jsonl` and `build FILE --out DIR` beside `zcat FILE | wc -c`
              (--e2e-mb N: on a temporary file of N MB; --e2e-runs 0: skip). Without --corpus the texts
              are generated (--size-mb 32), with the all-names Regex (degenerate, on --baseline-mb 1) and
              an in-process build of --build-mb as before.
          growth --corpus FILE [--size-mb 16] [--lengths-mb 8] [--factor 10] [--repeat 3]
              One-thread extraction with the catalog at b0639ee's 130 instruments, today's, and --factor
              times today's (synthetic entries); and over texts of ~2 KB, 20 KB, 200 KB and 1 MB.
          memory --corpus FILE [--size-mb 200] [--threads N] [--cli PATH]
              `build` once on a temporary file of N MB (the corpus repeated with fresh ids): peak resident
              set; then the graph's own weight, per statement and per edge. Deletes its files.
          versus --other DIR [--input FILE | --size-mb 8] [--rounds 10]
              One-thread extraction by another build of Citations.Core (DIR: its bin folder, e.g. an older
              commit's src/Citations.Core/bin/Release/net10.0) and by this one, in one process over the same
              texts, rounds taken in turn; ends with throughput_ratio (this build's speed over the other's).
          passes [--input FILE | --size-mb 16] [--factor 1]  each extraction pass alone, and each in the
              pipeline; --factor N with the growth mode's catalog of N times today's size
          generate --out DIR --size-mb N --seed S [--format jsonl|txt]
          synthetic --out FILE [--factor 10] [--seed 1] the growth mode's synthetic entries as a catalog file
          dump --out FILE [--input FILE | --size-mb 8] every citation, one line each, to compare versions
          bdn [BenchmarkDotNet arguments, e.g. --filter '*']

        Every mode prints a table (figure, ours, baseline, ratio) and ends with one key=value line.

        """;

    /// <summary>Every citation of a generated corpus, one line each, to compare two versions of the extractor.</summary>
    private static int Dump(Options options)
    {
        var statements = BenchmarkTexts.Statements(options, 8);
        var extractor = new Citations.Core.Extraction.CitationExtractor(InstrumentCatalog.BuiltIn);
        using var output = new StreamWriter(options.Get("--out") ?? throw new ArgumentException("--out FILE is required"));
        foreach (var statement in statements)
        {
            foreach (var c in extractor.Extract(statement.Text))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{statement.Id}\t{c.InstrumentId}\t{c.Title}\t{c.Kind}\t{c.Catalogued}\t{c.Start}\t{c.Length}\t{string.Join(",", c.Provisions)}\t{c.Confidence:R}\t{c.Mention}"));
            }
        }

        return 0;
    }

    /// <summary>The synthetic catalog entries of the growth mode as a catalog file (usable with `citations --catalog FILE`).</summary>
    private static int Synthetic(Options options)
    {
        var output = options.Get("--out") ?? throw new ArgumentException("--out FILE is required");
        var count = (options.GetInt("--factor", 10) - 1) * InstrumentCatalog.BuiltIn.Count;
        using (var writer = new StreamWriter(output))
        {
            new SyntheticCatalog(InstrumentCatalog.BuiltIn, options.GetInt("--seed", 1)).Write(writer, count);
        }

        var loaded = InstrumentCatalog.Load([output]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} synthetic instruments written to {output}; with the built-in ones the catalog holds {loaded.Count}"));
        return 0;
    }

    private static int Generate(Options options)
    {
        var output = options.Get("--out") ?? throw new ArgumentException("--out DIR is required");
        var bytes = (long)(options.GetDouble("--size-mb", 100) * 1024 * 1024);
        var generator = new StatementGenerator(options.GetInt("--seed", 1), InstrumentCatalog.BuiltIn);
        Directory.CreateDirectory(output);
        var (count, written) = options.Get("--format") == "txt"
            ? CorpusWriter.WriteTextFolder(output, generator.Generate(), bytes)
            : CorpusWriter.WriteJsonLines(Path.Combine(output, "statements.jsonl"), generator.Generate(), bytes);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} statements, {written / 1048576.0:F1} MB written to {output}"));
        return 0;
    }
}

/// <summary>--name value pairs.</summary>
internal sealed class Options(Dictionary<string, string> values)
{
    public static Options Parse(IEnumerable<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string? name = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (name is not null) values[name] = "true";
                name = arg;
            }
            else if (name is not null)
            {
                values[name] = arg;
                name = null;
            }
            else
            {
                values["positional"] = arg;
            }
        }

        if (name is not null) values[name] = "true";
        return new Options(values);
    }

    public string? Get(string name) => values.GetValueOrDefault(name);

    public int GetInt(string name, int fallback) =>
        Get(name) is not { } v ? fallback
        : int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n
        : throw new ArgumentException($"{name} must be a whole number, not '{v}'");

    public double GetDouble(string name, double fallback) =>
        Get(name) is not { } v ? fallback
        : double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n
        : throw new ArgumentException($"{name} must be a number, not '{v}'");
}
