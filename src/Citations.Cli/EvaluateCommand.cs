using System.CommandLine;
using System.Globalization;
using Citations.Core;
using Citations.Core.Evaluation;
using Citations.Core.Extraction;

namespace Citations.Cli;

/// <summary>`citations evaluate`: precision, recall and F1 of extraction against a gold file.</summary>
internal static class EvaluateCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = CommonOptions.Inputs();
        inputs.Description = "The statements the gold file annotates (any input the extract command reads).";
        var gold = new Option<string>("--gold")
        {
            Description = "Gold annotations, one JSON object per line: {\"id\", \"instruments\": [{\"key\", \"articles\", \"surfaces\"}]}.",
            Required = true,
        };
        var keys = new Option<string?>("--keys")
        {
            Description = "The gold's keys file ({\"KEY\": {\"title\", \"adopted\", \"aliases\"}}); default: keys.json beside the gold file, when there is one. "
                          + "A gold key that is not a catalog id is read as the one catalog instrument its title or aliases name, if the adoption years agree.",
        };
        var rawKeys = new Option<bool>("--raw-keys")
        {
            Description = "Compare the gold keys as written, without reading them through a keys file, and without taking an uncatalogued title "
                          + "that is a gold surface word for word as that gold instrument.",
        };
        var details = new Option<bool>("--details") { Description = "List every miss and false hit with its statement id and surface." };
        var minConfidence = CommonOptions.MinConfidence();
        CommonOptions.ValidateConfidence(minConfidence);
        var catalog = CommonOptions.Catalog();

        var command = new Command("evaluate", "Score extraction against statements annotated by hand.")
        {
            inputs, gold, keys, rawKeys, details, minConfidence, catalog,
        };
        command.SetAction(result =>
        {
            var extractor = new CitationExtractor(CommonOptions.LoadCatalog(result.GetValue(catalog)));
            var goldPath = result.GetValue(gold)!;
            var annotations = GoldStandard.Read(goldPath);
            var keysPath = result.GetValue(keys) ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(goldPath)) ?? ".", "keys.json");
            if (!result.GetValue(rawKeys) && (result.GetValue(keys) is not null || File.Exists(keysPath)))
            {
                var map = GoldKeys.Map(keysPath, extractor.Catalog);
                if (map.Count > 0)
                {
                    annotations = GoldKeys.Apply(annotations, map);
                    console.Error.WriteLine($"citations: {map.Count} gold key(s) read as catalog ids by their titles in {keysPath}"
                                            + (result.GetValue(details) ? ": " + string.Join(", ", map.Select(m => $"{m.Key} -> {m.Value}")) : ""));
                }
            }

            var scorer = new Scorer(annotations, uncataloguedBySurface: !result.GetValue(rawKeys));
            var threshold = result.GetValue(minConfidence);
            var rejected = new RejectionCount();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var unannotated = 0;
            foreach (var statement in CommonOptions.Statements(result.GetValue(inputs)!, console, strict: false, rejected))
            {
                var citations = extractor.Extract(statement).Citations.Where(c => c.Confidence >= threshold).ToList();
                if (scorer.Add(statement.Id, citations)) seen.Add(statement.Id);
                else unannotated++;
            }

            var missing = scorer.Unseen(seen).ToList();
            var report = scorer.Report();
            if (report.Statements == 0)
            {
                // Precision and recall of nothing are not 1.000: there is no score to give.
                console.Error.WriteLine(seen.Count == 0 && missing.Count == 0
                    ? $"citations: {result.GetValue(gold)} has no annotated statement: nothing was scored."
                    : "citations: no input statement has an entry in the gold file: nothing was scored.");
                return ExitCodes.InputRejected;
            }

            Write(console.Out, report, result.GetValue(details));
            if (unannotated > 0) console.Error.WriteLine($"citations: {unannotated} statement(s) have no gold entry and were not scored.");
            if (missing.Count > 0)
            {
                console.Error.WriteLine($"citations: {missing.Count} gold statement(s) were not among the inputs: {string.Join(", ", missing.Take(10))}{(missing.Count > 10 ? ", …" : "")}");
            }

            return rejected.Count > 0 || missing.Count > 0 ? ExitCodes.InputRejected : ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(TextWriter output, EvaluationReport report, bool details)
    {
        string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Statements} statements scored"));
        foreach (var (level, score) in new[] { ("instrument", report.Instruments), ("article", report.Articles) })
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{level + " level:",-18} precision {F(score.Precision)}  recall {F(score.Recall)}  F1 {F(score.F1)}  (TP {score.TruePositives}, FP {score.FalsePositives}, FN {score.FalseNegatives})"));
        }

        output.WriteLine();
        output.WriteLine("per instrument:");
        var width = Math.Max(10, report.PerInstrument.Keys.DefaultIfEmpty("").Max(k => k.Length));
        output.WriteLine($"  {"INSTRUMENT".PadRight(width)} {"P",6} {"R",6} {"TP",4} {"FP",4} {"FN",4}");
        foreach (var (key, score) in report.PerInstrument)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {key.PadRight(width)} {F(score.Precision),6} {F(score.Recall),6} {score.TruePositives,4} {score.FalsePositives,4} {score.FalseNegatives,4}"));
        }

        if (!details) return;
        output.WriteLine();
        output.WriteLine("differences:");
        foreach (var d in report.Differences.OrderBy(d => d.StatementId, StringComparer.Ordinal))
        {
            var what = d.Article is null ? d.Instrument : $"{d.Instrument} article {d.Article}";
            output.WriteLine($"  {d.StatementId}  {(d.Missed ? "missed   " : "false hit")}  {what}  \"{d.Surface.ReplaceLineEndings(" ")}\"");
        }

        if (report.Differences.IsEmpty) output.WriteLine("  none");
    }
}
