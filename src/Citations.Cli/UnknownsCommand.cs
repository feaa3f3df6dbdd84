using System.CommandLine;
using System.Globalization;
using Citations.Core;
using Citations.Core.Extraction;
using Newtonsoft.Json;

namespace Citations.Cli;

/// <summary>`citations unknowns`: what a corpus cites that the catalog lacks, most frequent first.</summary>
internal static class UnknownsCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = CommonOptions.Inputs();
        var top = new Option<int>("--top") { Description = "How many entries to list.", DefaultValueFactory = _ => 25 };
        top.Validators.Add(r =>
        {
            // Read from the token: a value that is no number at all is already a parse error.
            if (r.Tokens is [{ } token] && int.TryParse(token.Value, CultureInfo.InvariantCulture, out var n) && n < 1) r.AddError("--top must be at least 1.");
        });
        var format = new Option<string>("--format")
        {
            Description = "table (readable) or json (one object, for other tools).",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json");
        var catalog = CommonOptions.Catalog();
        var strict = CommonOptions.Strict();
        var threads = CommonOptions.Threads();

        var command = new Command("unknowns",
            "List what the statements cite that the catalog lacks: uncatalogued titles and unresolved short forms, most frequent first.")
        {
            inputs, top, format, catalog, strict, threads,
        };
        command.SetAction(result =>
        {
            var extractor = new CitationExtractor(CommonOptions.LoadCatalog(result.GetValue(catalog)));
            var rejected = new RejectionCount();
            var read = CommonOptions.Statements(result.GetValue(inputs)!, console, result.GetValue(strict), rejected);
            var report = new UnknownsReport();
            foreach (var (statement, citations) in ParallelExtraction.Extract(read, extractor, result.GetValue(threads)))
            {
                report.Add(statement, citations);
            }

            var entries = report.Entries(result.GetValue(top));
            if (result.GetValue(format) == "json") WriteJson(console.Out, report, entries);
            else WriteTable(console.Out, report, entries);
            return rejected.Count > 0 ? ExitCodes.InputRejected : ExitCodes.Ok;
        });
        return command;
    }

    private static string Share(UnknownsReport report) => report.InstrumentCitations == 0
        ? "0.0"
        : (100.0 * report.UncataloguedCitations / report.InstrumentCitations).ToString("0.0", CultureInfo.InvariantCulture);

    private static void WriteTable(TextWriter output, UnknownsReport report, IReadOnlyList<UnknownEntry> entries)
    {
        string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
        output.WriteLine($"{N(report.Statements)} statement(s); {N(report.UncataloguedCitations)} of {N(report.InstrumentCitations)} instrument citations " +
                         $"({Share(report)} %, resolutions aside) are titles the catalog lacks.");
        if (entries.Count == 0)
        {
            output.WriteLine("Nothing uncatalogued or unresolved.");
            return;
        }

        output.WriteLine();
        output.WriteLine($"{"COUNT",6}  {"STMTS",6}  {"KIND",-10}  TEXT");
        foreach (var entry in entries)
        {
            var kind = entry.Kind == UnknownKind.UncataloguedTitle ? "title" : "short form";
            output.WriteLine($"{N(entry.Count),6}  {N(entry.StatementCount),6}  {kind,-10}  {entry.Text}");
            if (entry.Variants.Length > 0)
            {
                var shown = string.Join("; ", entry.Variants.Take(3)) + (entry.Variants.Length > 3 ? $"; … ({entry.Variants.Length - 3} more)" : "");
                output.WriteLine($"{"",28}also: {shown}");
            }

            var more = entry.StatementCount - entry.Statements.Length;
            output.WriteLine($"{"",28}in: {string.Join(", ", entry.Statements)}{(more > 0 ? $" (+{N(more)})" : "")}");
            output.WriteLine($"{"",28}\"{entry.Context}\"");
        }

        output.WriteLine();
        output.WriteLine("Add what matters to a catalog file (docs/catalog-format.md) and run again with --catalog FILE.");
    }

    private static void WriteJson(TextWriter output, UnknownsReport report, IReadOnlyList<UnknownEntry> entries)
    {
        using var json = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false, Culture = CultureInfo.InvariantCulture };
        json.WriteStartObject();
        json.WritePropertyName("statements");
        json.WriteValue(report.Statements);
        json.WritePropertyName("instrumentCitations");
        json.WriteValue(report.InstrumentCitations);
        json.WritePropertyName("uncataloguedCitations");
        json.WriteValue(report.UncataloguedCitations);
        json.WritePropertyName("unknowns");
        json.WriteStartArray();
        foreach (var entry in entries)
        {
            json.WriteStartObject();
            json.WritePropertyName("kind");
            json.WriteValue(entry.Kind == UnknownKind.UncataloguedTitle ? "uncatalogued-title" : "unresolved-short-form");
            json.WritePropertyName("text");
            json.WriteValue(entry.Text);
            json.WritePropertyName("variants");
            json.WriteStartArray();
            foreach (var variant in entry.Variants) json.WriteValue(variant);
            json.WriteEndArray();
            json.WritePropertyName("count");
            json.WriteValue(entry.Count);
            json.WritePropertyName("statementCount");
            json.WriteValue(entry.StatementCount);
            json.WritePropertyName("statementIds");
            json.WriteStartArray();
            foreach (var id in entry.Statements) json.WriteValue(id);
            json.WriteEndArray();
            json.WritePropertyName("context");
            json.WriteValue(entry.Context);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteLine();
    }
}
