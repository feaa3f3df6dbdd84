using System.CommandLine;
using System.Globalization;
using Citations.Core;
using Citations.Core.Extraction;

namespace Citations.Cli;

/// <summary>`citations extract`: the citations of each statement, as a table or JSON Lines.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = CommonOptions.Inputs();
        var format = new Option<string>("--format")
        {
            Description = "table (readable) or jsonl (one JSON object per statement, for other tools).",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var minConfidence = CommonOptions.MinConfidence();
        CommonOptions.ValidateConfidence(minConfidence);
        var catalog = CommonOptions.Catalog();
        var strict = CommonOptions.Strict();
        var threads = CommonOptions.Threads();

        var command = new Command("extract", "Find the instruments each statement invokes, with surface text, span and article pinpoints.")
        {
            inputs, format, minConfidence, catalog, strict, threads,
        };
        command.SetAction(result =>
        {
            var extractor = new CitationExtractor(CommonOptions.LoadCatalog(result.GetValue(catalog)));
            var threshold = result.GetValue(minConfidence);
            var jsonl = result.GetValue(format) == "jsonl";
            var rejected = new RejectionCount();
            var statements = 0;
            var read = CommonOptions.Statements(result.GetValue(inputs)!, console, result.GetValue(strict), rejected);
            using var lines = new CitationLineWriter(console.Out);
            foreach (var (statement, all) in ParallelExtraction.Extract(read, extractor, result.GetValue(threads)))
            {
                statements++;
                var citations = all.Where(c => c.Confidence >= threshold).ToList();
                if (jsonl) lines.Write(statement, citations);
                else WriteTable(console.Out, statement, citations);
            }

            if (!jsonl)
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{statements} statement(s) read, {rejected.Count} rejected."));
            }

            return rejected.Count > 0 ? ExitCodes.InputRejected : ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteTable(TextWriter output, Statement statement, IReadOnlyList<Citation> citations)
    {
        var about = string.Join(", ", new[] { statement.Metadata.Date, statement.Metadata.Issuer, statement.Metadata.Source }.Where(s => !string.IsNullOrWhiteSpace(s)));
        output.WriteLine(about.Length > 0 ? $"{statement.Id}  ({about})" : statement.Id);
        if (citations.Count == 0)
        {
            output.WriteLine("  no instruments found");
            output.WriteLine();
            return;
        }

        var rows = citations.Select(c => new[]
        {
            c.InstrumentId + (c.Catalogued ? "" : "*"),
            string.Join(", ", c.Provisions),
            c.Mention.ToString(),
            c.Confidence.ToString("0.00", CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture, $"{c.Start}+{c.Length}"),
            Shorten(c.Surface.ReplaceLineEndings(" "), 70),
        }).ToList();
        string[] header = ["INSTRUMENT", "ARTICLES", "MENTION", "CONF", "SPAN", "SURFACE"];
        var widths = header.Select((h, k) => Math.Max(h.Length, rows.Max(r => r[k].Length))).ToArray();
        output.WriteLine("  " + string.Join("  ", header.Select((h, k) => h.PadRight(widths[k]))).TrimEnd());
        foreach (var row in rows)
        {
            output.WriteLine("  " + string.Join("  ", row.Select((v, k) => v.PadRight(widths[k]))).TrimEnd());
        }

        var distinct = citations.Select(c => c.InstrumentId).Distinct(StringComparer.Ordinal).Count();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {distinct} instrument(s), {citations.Count} mention(s){(citations.Any(c => !c.Catalogued) ? "; * not in the catalog" : "")}"));
        output.WriteLine();
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
