using System.CommandLine;
using System.Globalization;
using Citations.Core.Extraction;
using Citations.Core.Graph;
using Citations.Core.Ingest;
using Citations.GraphExport;
using Citations.Neo4j;

namespace Citations.Cli;

/// <summary>`citations load`: the graph into a running Neo4j over its HTTP Query API.</summary>
internal static class LoadCommand
{
    public const string PasswordVariable = "NEO4J_PASSWORD";
    public const string TokenVariable = "NEO4J_TOKEN";

    public static Command Create(CliConsole console, Func<string, string?> environment)
    {
        var inputs = CommonOptions.Inputs();
        inputs.Description = "A graph.json written by 'build', or statements (any input 'extract' reads) to build the graph from.";
        var uri = new Option<string>("--uri")
        {
            Description = "The server: http(s)://host:7474, neo4j://host, or an Aura neo4j+s:// address (default: $NEO4J_URI or http://localhost:7474).",
            DefaultValueFactory = _ => environment("NEO4J_URI") ?? "http://localhost:7474",
        };
        var user = new Option<string>("--user")
        {
            Description = $"User name (default: $NEO4J_USER or neo4j). The password is read from ${PasswordVariable}, a bearer token from ${TokenVariable}; never from the command line.",
            DefaultValueFactory = _ => environment("NEO4J_USER") ?? "neo4j",
        };
        var database = new Option<string>("--database") { Description = "Database to load into.", DefaultValueFactory = _ => "neo4j" };
        var batchSize = new Option<int>("--batch-size") { Description = "Rows per request (each request is one transaction).", DefaultValueFactory = _ => 5000 };
        CommonOptions.Bounded(batchSize, 1, 1_000_000);
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for one request before giving up.", DefaultValueFactory = _ => 120 };
        CommonOptions.Bounded(timeout, 1, 86_400);
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the statements and the batch plan; send nothing." };
        var quiet = new Option<bool>("--quiet") { Description = "No progress lines on stderr." };
        var catalog = CommonOptions.Catalog();

        var command = new Command("load", "Load the citation graph into Neo4j (5.19 or later, or Aura) through its HTTP Query API; loading again changes nothing.")
        {
            inputs, uri, user, database, batchSize, timeout, dryRun, quiet, catalog,
        };
        command.SetAction(async (result, cancellation) =>
        {
            var graph = GraphInputs.ReadOrBuild(result.GetValue(inputs)!, result.GetValue(catalog), console, !result.GetValue(quiet), out var rejected);
            var options = new GraphLoadOptions { BatchSize = result.GetValue(batchSize), DryRun = result.GetValue(dryRun) };
            if (options.DryRun)
            {
                var plan = GraphLoader.Plan(graph, options);
                plan.WriteTo(console.Out);
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"// Dry run: {plan.Constraints} constraints, {plan.NodeRows:N0} node rows in {plan.NodeBatches} batches, {plan.RelationshipRows:N0} relationship rows in {plan.RelationshipBatches} batches; nothing sent."));
                return rejected > 0 ? ExitCodes.InputRejected : ExitCodes.Ok;
            }

            var password = environment(PasswordVariable);
            var token = environment(TokenVariable);
            if (string.IsNullOrEmpty(password) && string.IsNullOrEmpty(token))
            {
                console.Error.WriteLine($"citations: set {PasswordVariable} (or {TokenVariable} for a bearer token) to the Neo4j password; it is never taken from the command line.");
                return ExitCodes.Usage;
            }

            try
            {
                var connection = string.IsNullOrEmpty(token)
                    ? new Neo4jConnection(result.GetValue(uri)!, result.GetValue(user)!, password!, result.GetValue(database)!)
                    : Neo4jConnection.WithBearerToken(new Uri(result.GetValue(uri)!), token, result.GetValue(database)!);
                using var client = new QueryApiClient(connection, options: new QueryApiOptions { RequestTimeout = TimeSpan.FromSeconds(result.GetValue(timeout)) });
                var server = await client.VerifyConnectivityAsync(cancellation);
                console.Error.WriteLine($"Connected to {server}, database {connection.Database}.");
                var progress = new Progress(console.Error, !result.GetValue(quiet));
                var summary = await new GraphLoader(client, options).LoadAsync(graph, progress, cancellation);
                WriteSummary(console.Out, summary);
                return rejected > 0 ? ExitCodes.InputRejected : ExitCodes.Ok;
            }
            catch (Neo4jLoadException e) when (e.Kind == Neo4jErrorKind.Configuration)
            {
                console.Error.WriteLine($"citations: {e.Message}");
                return ExitCodes.Usage;
            }
            catch (Neo4jLoadException e)
            {
                console.Error.WriteLine($"citations: Neo4j: {e.Message}");
                return ExitCodes.Neo4j;
            }
            catch (UriFormatException e)
            {
                console.Error.WriteLine($"citations: --uri: {e.Message}");
                return ExitCodes.Usage;
            }
        });
        return command;
    }


    private static void WriteSummary(TextWriter output, LoadSummary s)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Nodes: {s.NodeRows:N0} rows, {s.NodesCreated:N0} created, {s.NodesMatched:N0} already there."));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Relationships: {s.RelationshipRows:N0} rows, {s.RelationshipsCreated:N0} created, {s.RelationshipsMatched:N0} already there{(s.RelationshipsSkipped > 0 ? $", {s.RelationshipsSkipped:N0} skipped (an end node is missing)" : "")}."));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Properties set: {s.PropertiesSet:N0}; constraints added: {s.ConstraintsAdded}; {s.Statements} requests."));
    }

    /// <summary>One line per finished batch on stderr.</summary>
    private sealed class Progress(TextWriter error, bool enabled) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress p)
        {
            if (!enabled) return;
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  [{p.StepsDone}/{p.StepsTotal}] {p.Phase} {p.Target}: batch {p.Batch}/{p.Batches}, {p.RowsDone:N0}/{p.RowsTotal:N0} rows"));
        }
    }
}
