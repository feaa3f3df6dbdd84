using Citations.Core;
using Citations.CorpusGenerator;

namespace Citations.Benchmarks;

/// <summary>The statements a mode runs on: <c>--input FILE</c> (JSON Lines, .gz too), else a generated corpus of <c>--size-mb</c> (<c>--seed</c>).</summary>
internal static class BenchmarkTexts
{
    public static IEnumerable<Statement> Statements(Options options, double defaultMb)
    {
        if (options.Get("--input") is not { } input)
        {
            return new StatementGenerator(options.GetInt("--seed", 1), InstrumentCatalog.BuiltIn).Generate((long)(options.GetDouble("--size-mb", defaultMb) * 1048576));
        }

        var (statements, rejected) = RealCorpus.Load(input);
        if (rejected > 0) Console.Error.WriteLine($"{input}: {rejected} rejected record(s) left out (`citations extract {input}` lists them)");
        if (statements.Count == 0) throw new ArgumentException($"{input}: no statements");
        return statements;
    }

    public static string[] Texts(Options options, double defaultMb) => [.. Statements(options, defaultMb).Select(s => s.Text)];
}
