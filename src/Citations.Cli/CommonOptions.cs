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
                else if (value != "-" && !File.Exists(value) && !Directory.Exists(value))
                {
                    // A mistyped path is the command line's mistake, found before anything is read or written.
                    result.AddError($"No such file or folder: '{value}'.");
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
        Bounded(option, 1, 1024);
        return option;
    }

    public static void ValidateConfidence(Option<double> option) => Bounded(option, 0.0, 1.0);

    /// <summary>
    /// A number option must be a number, within <paramref name="min"/> and <paramref name="max"/>; anything else is
    /// a usage error naming the option. The option's own conversion error is replaced, never thrown from here.
    /// </summary>
    public static void Bounded<T>(Option<T> option, T min, T max) where T : System.Numerics.INumber<T>
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 0) return;
            var text = result.Tokens[^1].Value;
            var range = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"between {min} and {max}");
            if (!T.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) || T.IsNaN(value))
            {
                result.AddError($"{option.Name} must be a number {range}, not '{text}'.");
            }
            else if (value < min || value > max || (typeof(T) == typeof(int) && text.Contains('.')))
            {
                result.AddError($"{option.Name} must be {(typeof(T) == typeof(int) ? "a whole number " : "")}{range}, not '{text}'.");
            }
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
