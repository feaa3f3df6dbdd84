using System.CommandLine;
using Citations.Core;
using Citations.Core.Ingest;

namespace Citations.Cli;

/// <summary>Options several commands share, with one wording of their help.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Inputs()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files or folders to read (.txt and .md with optional YAML front matter, .jsonl, .html); '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        inputs.Validators.Add(result =>
        {
            foreach (var value in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (value.StartsWith("--", StringComparison.Ordinal) || (value.StartsWith('-') && value.Length > 1))
                {
                    result.AddError($"Unrecognized option '{value}'.");
                }
            }
        });
        return inputs;
    }

    public static Option<string[]> Catalog() => new("--catalog")
    {
        Description = "A catalog file of your own instruments, in the built-in format (see docs/catalog-format.md); may be repeated.",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<double> MinConfidence() => new("--min-confidence")
    {
        Description = "Leave out mentions whose confidence is below this value (0 to 1).",
        DefaultValueFactory = _ => 0.0,
    };

    public static Option<bool> Strict() => new("--strict")
    {
        Description = "Stop at the first rejected input instead of reporting it and going on.",
    };

    public static Option<int> Threads()
    {
        var option = new Option<int>("--threads")
        {
            Description = "Statements extracted in parallel; output keeps the input order. Default: one thread per core.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError("--threads must be at least 1.");
        });
        return option;
    }

    public static void ValidateConfidence(Option<double> option)
    {
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<double>();
            if (value is < 0 or > 1 || double.IsNaN(value)) result.AddError("--min-confidence must be between 0 and 1.");
        });
    }

    public static InstrumentCatalog LoadCatalog(string[]? files) =>
        files is { Length: > 0 } ? InstrumentCatalog.Load(files) : InstrumentCatalog.BuiltIn;

    /// <summary>Reads inputs, reporting each rejection on stderr; stops at the first one when strict.</summary>
    public static IEnumerable<Statement> Statements(IEnumerable<string> inputs, CliConsole console, bool strict, RejectionCount rejected)
    {
        foreach (var record in console.Read(inputs))
        {
            switch (record)
            {
                case IngestedStatement accepted:
                    yield return accepted.Statement;
                    break;
                case RejectedInput rejection:
                    rejected.Count++;
                    console.Error.WriteLine($"{rejection.Location}: rejected: {rejection.Reason}");
                    if (strict) yield break;
                    break;
                case SkippedInput skipped:
                    console.Error.WriteLine($"{skipped.Location}: {skipped.Notice}");
                    break;
            }
        }
    }
}

internal sealed class RejectionCount
{
    public int Count { get; set; }
}
