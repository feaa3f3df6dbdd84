using System.Globalization;
using BenchmarkDotNet.Running;
using Citations.Core;
using Citations.CorpusGenerator;

namespace Citations.Benchmarks;

/// <summary>
/// dotnet run -c Release --project tests/Citations.Benchmarks -- quick [--size-mb N] [--seed S] [--build-mb N]
/// dotnet run -c Release --project tests/Citations.Benchmarks -- generate --out DIR --size-mb N --seed S [--format jsonl|txt]
/// dotnet run -c Release --project tests/Citations.Benchmarks -- passes [--size-mb N]
/// dotnet run -c Release --project tests/Citations.Benchmarks -- bdn [BenchmarkDotNet arguments, e.g. --filter '*']
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: Citations.Benchmarks quick|generate|passes|bdn [options] (see docs/benchmarks.md)");
            return 2;
        }

        var options = Options.Parse(args.Skip(1));
        switch (args[0])
        {
            case "quick":
                return QuickRun.Run(options);
            case "generate":
                return Generate(options);
            case "dump":
                return Dump(options);
            case "passes":
                return PassTimings.Run(options);
            case "measure-build":
                return BuildMeasurement.RunChild(options);
            case "bdn":
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args[1..]);
                return 0;
            default:
                Console.Error.WriteLine($"unknown mode '{args[0]}'");
                return 2;
        }
    }

    /// <summary>Every citation of a generated corpus, one line each, to compare two versions of the extractor.</summary>
    private static int Dump(Options options)
    {
        var statements = options.Get("--input") is { } input
            ? Citations.Core.Ingest.StatementReader.Read([input]).OfType<Citations.Core.Ingest.IngestedStatement>().Select(r => r.Statement)
            : new StatementGenerator(options.GetInt("--seed", 1), InstrumentCatalog.BuiltIn).Generate((long)(options.GetDouble("--size-mb", 8) * 1048576));
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

    public int GetInt(string name, int fallback) => Get(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public double GetDouble(string name, double fallback) => Get(name) is { } v ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
