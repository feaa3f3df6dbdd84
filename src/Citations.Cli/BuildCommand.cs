using System.CommandLine;
using System.Globalization;
using Citations.Core.Extraction;
using Citations.Core.Graph;
using Citations.Core.Ingest;
using Citations.GraphExport;

namespace Citations.Cli;

/// <summary>`citations build`: the main job — statements in, the citation graph out in every format.</summary>
internal static class BuildCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = CommonOptions.Inputs();
        var output = new Option<string>("--out")
        {
            Description = "Folder to write the outputs into.",
            DefaultValueFactory = _ => "out",
        };
        var formats = new Option<string>("--format")
        {
            Description = $"Comma-separated outputs to write: {string.Join(", ", BuildOutputs.FormatNames)} (default: all).",
            DefaultValueFactory = _ => string.Join(',', BuildOutputs.FormatNames),
        };
        formats.Validators.Add(result =>
        {
            if (!Split(result.GetValueOrDefault<string>()).Any())
            {
                result.AddError($"--format needs at least one of {string.Join(", ", BuildOutputs.FormatNames)}.");
            }

            foreach (var name in Split(result.GetValueOrDefault<string>()))
            {
                if (!BuildOutputs.IsKnown(name))
                {
                    result.AddError($"Unknown format '{name}'; choose from {string.Join(", ", BuildOutputs.FormatNames)}.");
                }
            }
        });
        var shard = new Option<string?>("--shard")
        {
            Description = "Process only the K-th of N slices of the statements (by id), e.g. 2/8; shards loaded into one Neo4j database make one graph.",
        };
        shard.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && !Shard.TryParse(text, out _))
            {
                result.AddError($"--shard must be K/N with 1 ≤ K ≤ N, not '{text}'.");
            }
        });
        var database = new Option<string>("--database")
        {
            Description = "Database name written into the Neo4j import script.",
            DefaultValueFactory = _ => "neo4j",
        };
        var quiet = new Option<bool>("--quiet") { Description = "No progress lines on stderr." };
        var minConfidence = CommonOptions.MinConfidence();
        CommonOptions.ValidateConfidence(minConfidence);
        var catalog = CommonOptions.Catalog();
        var strict = CommonOptions.Strict();
        var threads = CommonOptions.Threads();

        var command = new Command("build",
            "The main job: read statements, find the instruments they invoke and write the citation graph as GraphML, JSON, " +
            "a Cypher script, Graphviz DOT and a Neo4j bulk-import folder, the mentions as mentions.csv and an interactive report.html.")
        {
            inputs, output, formats, shard, database, minConfidence, catalog, strict, quiet, threads,
        };
        command.SetAction(result =>
        {
            var extractor = new CitationExtractor(CommonOptions.LoadCatalog(result.GetValue(catalog)));
            Shard.TryParse(result.GetValue(shard), out var slice);
            if (result.GetValue(shard) is null) slice = Shard.All;
            var progress = new ProgressReporter(console.Error, !result.GetValue(quiet));
            var directory = result.GetValue(output)!;
            using var ownOutputs = new BuildOutputs(directory, Split(result.GetValue(formats)), extractor.Catalog);
            var built = GraphInputs.Build(result.GetValue(inputs)!, extractor, console, result.GetValue(strict),
                result.GetValue(minConfidence), slice, progress, result.GetValue(threads), ownOutputs.Add);
            if (result.GetValue(strict) && built.Rejected > 0) return ExitCodes.InputRejected;

            if (built.Statements == 0)
            {
                // What a mistyped path or an empty folder gives: an earlier good output is worth more than an empty graph.
                WriteSummary(console.Out, built, slice, []);
                console.Error.WriteLine($"citations: no statement was read, so nothing was written; {directory} is as it was.");
                return ExitCodes.InputRejected;
            }

            var options = new GraphExportOptions { Database = result.GetValue(database)! };
            var targets = Split(result.GetValue(formats)).Where(name => !BuildOutputs.IsOwn(name)).Select(name =>
            {
                GraphExporter.TryParseFormat(name, out var format);
                return (Format: name, Path: OutputPath(directory, format), Write: (Action<string>)(temporary => GraphExporter.Export(built.Graph, format, temporary, options)));
            }).Concat(ownOutputs.Outputs(built.Graph, built.Statements, built.Rejected, built.Repeated)).ToList();
            OutputFiles.WriteAll(targets.Select(t => (t.Path, t.Write)));

            WriteSummary(console.Out, built, slice, [.. targets.Select(t => (t.Format, t.Path))]);
            var stale = AllOutputPaths(directory)
                .Where(path => !targets.Any(t => t.Path == path) && (File.Exists(path) || Directory.Exists(path)))
                .ToList();
            if (stale.Count > 0)
            {
                console.Out.WriteLine("Left from an earlier run, not rewritten by this one:");
                foreach (var path in stale) console.Out.WriteLine($"  {path}");
            }

            return built.Rejected > 0 || built.Repeated > 0 ? ExitCodes.InputRejected : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Where every format `build` knows is written in a folder.</summary>
    private static IEnumerable<string> AllOutputPaths(string directory) =>
        GraphExporter.FormatNames
            .Select(name => GraphExporter.TryParseFormat(name, out var format) ? OutputPath(directory, format) : null)
            .OfType<string>()
            .Append(BuildOutputs.MentionsPathIn(directory))
            .Append(BuildOutputs.ReportPathIn(directory));

    private static string OutputPath(string directory, GraphFormat format) =>
        Path.Combine(directory, format == GraphFormat.Neo4jCsv ? "neo4j-import" : $"graph.{GraphExporter.Extension(format)}");

    private static IEnumerable<string> Split(string? formats) =>
        (formats ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase);

    private static void WriteSummary(TextWriter output, GraphInputs.BuildResult built, Shard shard, List<(string Format, string Path)> written)
    {
        var graph = built.Graph;
        var invoked = graph.EdgesOf(RelationshipType.Invokes).Select(e => e.Target.Id).Distinct(StringComparer.Ordinal).Count();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Statements: {built.Statements:N0} read, {built.Rejected:N0} rejected{(built.Repeated > 0 ? $", {built.Repeated:N0} repeated ids (each replaced the statement read before it under that id)" : "")}{(shard.Count > 1 ? $", {built.OutsideShard:N0} in other shards (this is shard {shard})" : "")}."));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Invoked: {invoked:N0} instruments, {graph.Count(NodeLabel.Provision):N0} provisions ({graph.Count(RelationshipType.Invokes):N0} statement–instrument links, {graph.Count(RelationshipType.Cites):N0} article citations)."));
        var top = GraphQueries.InvocationCounts(graph).Where(c => c.Statements > 0).Take(5).ToList();
        if (top.Count > 0)
        {
            output.WriteLine("Most invoked:");
            var width = top.Max(t => t.Instrument.Id.Length);
            foreach (var item in top)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {item.Instrument.Id.PadRight(width)}  {item.Statements,5:N0} statement(s)  {Shorten(item.Instrument.Title, 70)}"));
            }
        }

        if (written.Count == 0) return;
        output.WriteLine("Wrote:");
        foreach (var (format, path) in written) output.WriteLine($"  {format,-10} {path}");
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
