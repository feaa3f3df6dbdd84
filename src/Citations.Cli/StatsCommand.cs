using System.CommandLine;
using System.Globalization;
using Citations.Core.Extraction;
using Citations.Core.Graph;
using Citations.Core.Ingest;
using Citations.GraphExport;

namespace Citations.Cli;

/// <summary>`citations stats`: what is invoked most, by whom, when and together with what.</summary>
internal static class StatsCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = CommonOptions.Inputs();
        inputs.Description = "A graph.json written by 'build', or statements (any input 'extract' reads) to build the graph from.";
        var top = new Option<int>("--top") { Description = "How many entries each ranking shows.", DefaultValueFactory = _ => 10 };
        CommonOptions.Bounded(top, 1, 1_000_000);
        var invoking = new Option<string?>("--invoking")
        {
            Description = "Comma-separated instruments (ids in any case, abbreviations or names): list the statements that invoke all of them, with issuer and year (e.g. GENOCIDE,ICERD).",
        };
        var catalog = CommonOptions.Catalog();

        var command = new Command("stats", "Summarise a citation graph: counts, most invoked instruments, issuers, years, co-invocations.")
        {
            inputs, top, invoking, catalog,
        };
        command.SetAction(result =>
        {
            var paths = result.GetValue(inputs)!;
            var graph = GraphInputs.ReadOrBuild(paths, result.GetValue(catalog), console, showProgress: true, out var rejected);

            var wanted = (result.GetValue(invoking) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (wanted.Length > 0)
            {
                var lookup = InstrumentLookup.For(CommonOptions.LoadCatalog(result.GetValue(catalog)), graph.Instruments.Select(i => i.Id));
                var ids = new List<string>();
                foreach (var name in wanted)
                {
                    var match = lookup.Find(name);
                    if (match.Id is null)
                    {
                        console.Error.WriteLine($"citations: no instrument \"{name}\"{InstrumentLookup.DidYouMean(match.Suggestions)}; '{CommandName.Current} catalog' lists the ids.");
                        return ExitCodes.Usage;
                    }

                    ids.Add(match.Id);
                }

                WriteInvoking(console.Out, graph, [.. ids]);
            }
            else Write(console.Out, GraphStatistics.Compute(graph, result.GetValue(top)));
            return rejected > 0 ? ExitCodes.InputRejected : ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(TextWriter output, GraphStatistics stats)
    {
        string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
        output.WriteLine($"Nodes: {N(stats.Nodes)}  ({string.Join(", ", stats.NodesByLabel.Select(l => $"{GraphSchema.Name(l.Label)} {N(l.Count)}"))})");
        output.WriteLine($"Relationships: {N(stats.Edges)}  ({string.Join(", ", stats.EdgesByType.Select(t => $"{GraphSchema.Name(t.Type)} {N(t.Count)}"))})");
        output.WriteLine($"Connected components: {N(stats.Components)}");

        Section(output, "Most invoked instruments (statements, mentions)",
            stats.TopInstruments.Select(i => (i.Instrument.Id, $"{N(i.Statements),6} {N(i.Mentions),7}  {i.Instrument.Title}")));
        Section(output, "Issuers (statements, instruments invoked, mentions)",
            stats.ByIssuer.Select(g => (g.Name ?? "(no issuer)", $"{N(g.Statements),6} {N(g.Invocations),7} {N(g.Mentions),7}")));
        Section(output, "Years (statements, instruments invoked, mentions)",
            stats.ByYear.Select(g => (g.Key ?? "(no date)", $"{N(g.Statements),6} {N(g.Invocations),7} {N(g.Mentions),7}")));
        Section(output, "Invoked together (statements)",
            stats.TopPairs.Select(p => ($"{p.First.Id} + {p.Second.Id}", $"{N(p.Statements),6}")));
        Section(output, "Most connected nodes (in, out)",
            stats.TopDegrees.Select(d => ($"{GraphSchema.Name(d.Node.Label)} {d.Node.Id}", $"{N(d.In),6} {N(d.Out),6}")));
    }

    private static void WriteInvoking(TextWriter output, CitationGraph graph, string[] ids)
    {
        var unknown = ids.Where(id => graph.FindInstrument(id) is null).ToList();
        if (unknown.Count > 0) output.WriteLine($"Not invoked anywhere in this graph: {string.Join(", ", unknown)}");
        var statements = GraphQueries.StatementsInvokingAll(graph, ids).ToList();
        output.WriteLine($"Statements invoking all of {string.Join(", ", ids)}: {statements.Count.ToString(CultureInfo.InvariantCulture)}");
        foreach (var statement in statements)
        {
            output.WriteLine($"  {statement.Id}  {GraphQueries.Year(statement.Date) ?? "----"}  {statement.Issuer ?? "(no issuer)"}");
        }
    }

    private static void Section(TextWriter output, string title, IEnumerable<(string Key, string Value)> rows)
    {
        var list = rows.ToList();
        output.WriteLine();
        output.WriteLine($"{title}:");
        if (list.Count == 0)
        {
            output.WriteLine("  none");
            return;
        }

        var width = Math.Min(40, list.Max(r => r.Key.Length));
        foreach (var (key, value) in list) output.WriteLine($"  {(key.Length > width ? key[..(width - 1)] + "…" : key.PadRight(width))}  {value}");
    }
}
