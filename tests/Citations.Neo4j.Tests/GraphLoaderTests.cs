using System.Collections.Immutable;
using Citations.Core.Graph;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Citations.Neo4j.Tests;

[TestClass]
public sealed class GraphLoaderTests
{
    private static async Task<LoadSummary> LoadAsync(FakeNeo4jServer server, CitationGraph graph, GraphLoadOptions? options = null,
        IProgress<LoadProgress>? progress = null, QueryApiOptions? clientOptions = null)
    {
        using var client = QueryApiClientTests.Client(server, options: clientOptions);
        return await new GraphLoader(client, options).LoadAsync(graph, progress);
    }

    /// <summary>What the fake server should hold after loading these graphs, in <see cref="FakeGraph.Dump"/>'s form.</summary>
    private static ImmutableArray<string> Expected(params CitationGraph[] graphs)
    {
        var constraints = GraphSchema.Labels.Select(l => $"constraint {GraphSchema.Name(l).ToLowerInvariant()}_id on {GraphSchema.Name(l)}");
        var nodes = new Dictionary<string, string>(StringComparer.Ordinal);
        var relationships = new HashSet<string>(StringComparer.Ordinal);
        foreach (var graph in graphs)
        {
            foreach (var n in graph.Nodes)
            {
                nodes[$"{n.Label}\u0000{n.Id}"] = $"({GraphSchema.Name(n.Label)} {JsonConvert.ToString(n.Id)} {Props(n.Properties)})";
            }

            foreach (var e in graph.Edges)
            {
                relationships.Add($"({GraphSchema.Name(e.Source.Label)} {JsonConvert.ToString(e.Source.Id)})-[:{GraphSchema.Name(e.Type)} {Props(e.Properties)}]->"
                    + $"({GraphSchema.Name(e.Target.Label)} {JsonConvert.ToString(e.Target.Id)})");
            }
        }

        return [.. constraints.Order(StringComparer.Ordinal), .. nodes.Values.Order(StringComparer.Ordinal), .. relationships.Order(StringComparer.Ordinal)];
    }

    private static string Props(ImmutableArray<GraphProperty> properties) =>
        new JObject(properties.Where(p => p.Value is not null).OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new JProperty(p.Name, p.Value is ImmutableArray<string> list ? new JArray(list) : new JValue(p.Value))))
            .ToString(Formatting.None);

    private static void AssertSameState(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.IsTrue(missing.Count == 0 && extra.Count == 0,
            "missing:\n" + string.Join("\n", missing) + "\nextra:\n" + string.Join("\n", extra));
        CollectionAssert.AreEqual(expected.ToArray(), actual.ToArray());
    }

    [TestMethod]
    public async Task LoadAsync_Corpus_ServerHoldsExactlyTheGraph()
    {
        await using var server = new FakeNeo4jServer();
        var graph = TestGraphs.Corpus();

        var summary = await LoadAsync(server, graph);

        AssertSameState(Expected(graph), server.Graph.Dump());
        Assert.AreEqual(5, summary.ConstraintsAdded);
        Assert.AreEqual(graph.NodeCount, summary.NodeRows);
        Assert.AreEqual(graph.NodeCount, summary.NodesCreated);
        Assert.AreEqual(0, summary.NodesMatched);
        Assert.AreEqual(graph.EdgeCount, summary.RelationshipRows);
        Assert.AreEqual(graph.EdgeCount, summary.RelationshipsCreated);
        Assert.AreEqual(0, summary.RelationshipsMatched);
        Assert.AreEqual(0, summary.RelationshipsSkipped);
        Assert.IsGreaterThan(0, summary.PropertiesSet);
        Assert.IsFalse(summary.DryRun);
        Assert.AreEqual(server.Statements.Length, summary.Statements);
    }

    [TestMethod]
    public async Task LoadAsync_Corpus_ConstraintsThenNodesThenRelationshipsInSchemaOrder()
    {
        await using var server = new FakeNeo4jServer();

        await LoadAsync(server, TestGraphs.Corpus());

        var statements = server.Statements;
        var kinds = statements.Select(s => s.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal) ? 0 : s.Contains("MERGE (n:", StringComparison.Ordinal) ? 1 : 2).ToList();
        CollectionAssert.AreEqual(kinds.Order().ToList(), kinds, "constraints, then nodes, then relationships");
        Assert.AreEqual(5, kinds.Count(k => k == 0));
        var labels = statements.Where(s => s.Contains("MERGE (n:", StringComparison.Ordinal))
            .Select(s => s[(s.IndexOf("MERGE (n:", StringComparison.Ordinal) + 9)..].Split(' ')[0]).ToList();
        CollectionAssert.AreEqual(GraphSchema.Labels.Select(GraphSchema.Name).ToList(), labels);
        var types = statements.Where(s => s.Contains("MERGE (a)-[r:", StringComparison.Ordinal))
            .Select(s => s[(s.IndexOf("[r:", StringComparison.Ordinal) + 3)..].Split(']')[0]).ToList();
        CollectionAssert.AreEqual(GraphSchema.RelationshipTypes.Select(GraphSchema.Name).ToList(), types);
        Assert.AreEqual("CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE", statements[0]);
        Assert.IsTrue(server.Requests.All(r => r.Path is "/db/neo4j/query/v2"));
    }

    [TestMethod]
    public async Task LoadAsync_BatchSize_SplitsRowsAndReportsProgress()
    {
        await using var server = new FakeNeo4jServer();
        var graph = TestGraphs.Many(23);
        var reports = new List<LoadProgress>();

        var summary = await LoadAsync(server, graph, new GraphLoadOptions { BatchSize = 5 }, new SynchronousProgress(reports.Add));

        var statementBatches = server.Requests.Where(r => r.Statement?.Contains("MERGE (n:Statement", StringComparison.Ordinal) == true)
            .Select(r => r.Rows!.Count).ToList();
        CollectionAssert.AreEqual(new[] { 5, 5, 5, 5, 3 }, statementBatches);
        Assert.IsTrue(server.Requests.Where(r => r.Rows is not null).All(r => r.Rows!.Count is > 0 and <= 5));
        Assert.AreEqual(summary.Statements, reports.Count);
        var statementReports = reports.Where(p => p is { Phase: LoadPhase.Nodes, Target: "Statement" }).ToList();
        CollectionAssert.AreEqual(new[] { 5, 10, 15, 20, 23 }, statementReports.Select(p => p.RowsDone).ToList());
        Assert.IsTrue(statementReports.All(p => p.RowsTotal == 23 && p.Batches == 5 && p.Phase == LoadPhase.Nodes));
        CollectionAssert.AreEqual(Enumerable.Range(1, reports.Count).ToList(), reports.Select(p => p.StepsDone).ToList());
        Assert.IsTrue(reports.All(p => p.StepsTotal == summary.Statements));
        Assert.AreEqual(5, statementReports[0].Counters.NodesCreated);
        AssertSameState(Expected(graph), server.Graph.Dump());
    }

    [TestMethod]
    public async Task LoadAsync_SameGraphTwice_SecondLoadCreatesNothing()
    {
        await using var server = new FakeNeo4jServer();
        var graph = TestGraphs.Corpus();
        await LoadAsync(server, graph);
        var first = server.Graph.Dump();

        var again = await LoadAsync(server, graph);

        CollectionAssert.AreEqual(first.ToArray(), server.Graph.Dump().ToArray());
        Assert.AreEqual(0, again.ConstraintsAdded);
        Assert.AreEqual(0, again.NodesCreated);
        Assert.AreEqual(graph.NodeCount, again.NodesMatched);
        Assert.AreEqual(0, again.RelationshipsCreated);
        Assert.AreEqual(graph.EdgeCount, again.RelationshipsMatched);
        Assert.IsGreaterThan(0, again.PropertiesSet, "the same values are set again");
        Assert.IsTrue(again.Targets.All(t => t.Created == 0 && t.Matched == t.Rows));
    }

    [TestMethod]
    public async Task LoadAsync_SecondCorpus_AddsToTheGraph()
    {
        await using var server = new FakeNeo4jServer();
        var first = TestGraphs.Corpus();
        var second = TestGraphs.SecondCorpus();
        await LoadAsync(server, first);

        var summary = await LoadAsync(server, second);

        AssertSameState(Expected(first, second), server.Graph.Dump());
        Assert.AreEqual(4, summary.NodesCreated, "three statements and CAT are new");
        Assert.AreEqual(3, summary.NodesMatched, "ICCPR, OHCHR and article 7 were there");
        Assert.AreEqual(second.EdgeCount - 1, summary.RelationshipsCreated);
        Assert.AreEqual(1, summary.RelationshipsMatched, "article 7 PROVISION_OF ICCPR was there");
    }

    [TestMethod]
    public async Task LoadAsync_ShardsLoadedInTurn_EqualOneWholeBuild()
    {
        // The development corpus, built whole and as three shards by statement id (build --shard K/3).
        var extractor = new Citations.Core.Extraction.CitationExtractor(Citations.Core.InstrumentCatalog.BuiltIn);
        var corpus = Path.Combine(CypherLint.RepositoryRoot, "corpus", "dev", "statements.jsonl");
        CitationGraph Build(Citations.Core.Ingest.Shard shard)
        {
            var builder = new CitationGraphBuilder(Citations.Core.InstrumentCatalog.BuiltIn);
            foreach (var record in Citations.Core.Ingest.StatementReader.Read([corpus]))
            {
                if (record is Citations.Core.Ingest.IngestedStatement { Statement: var statement } && shard.Contains(statement.Id))
                {
                    builder.Add(extractor.Extract(statement));
                }
            }

            return builder.Graph;
        }

        await using var whole = new FakeNeo4jServer();
        await LoadAsync(whole, Build(Citations.Core.Ingest.Shard.All));
        await using var sharded = new FakeNeo4jServer();
        var sizes = new List<int>();
        for (var k = 1; k <= 3; k++)
        {
            var shard = Build(new Citations.Core.Ingest.Shard(k, 3));
            sizes.Add(shard.Count(NodeLabel.Statement));
            await LoadAsync(sharded, shard);
        }

        Assert.IsTrue(sizes.All(n => n > 0), string.Join(", ", sizes));
        Assert.AreEqual(148, sizes.Sum());
        AssertSameState(whole.Graph.Dump(), sharded.Graph.Dump());
    }

    [TestMethod]
    [DataRow(true, "Instrument")]
    [DataRow(false, "Instrument")]
    [DataRow(true, "INVOKES")]
    [DataRow(false, "ISSUED_BY")]
    public async Task LoadAsync_InterruptedThenRunAgain_SameAsACleanLoad(bool committedBeforeTheDrop, string target)
    {
        var graph = TestGraphs.Many(12);
        var corpus = TestGraphs.Corpus();
        await using var clean = new FakeNeo4jServer();
        await LoadAsync(clean, corpus, new GraphLoadOptions { BatchSize = 3 });
        await LoadAsync(clean, graph, new GraphLoadOptions { BatchSize = 3 });

        await using var server = new FakeNeo4jServer();
        await LoadAsync(server, corpus, new GraphLoadOptions { BatchSize = 3 });
        var seen = 0;
        server.Intercept = r => r.Statement is { } s && (s.Contains($"(n:{target} ", StringComparison.Ordinal) || s.Contains($"[r:{target}]", StringComparison.Ordinal))
            && Interlocked.Increment(ref seen) == 1
            ? FakeReply.Dropped(committedBeforeTheDrop)
            : null;
        var noRetries = QueryApiClientTests.Fast with { MaxAttempts = 1 };

        var e = await Assert.ThrowsExactlyAsync<Neo4jLoadException>(() => LoadAsync(server, graph, new GraphLoadOptions { BatchSize = 3 }, clientOptions: noRetries));
        Assert.AreEqual(Neo4jErrorKind.Transient, e.Kind);
        Assert.Contains(target, e.Message, "the message names the batch");
        Assert.AreNotEqual(clean.Graph.Dump().Length, server.Graph.Dump().Length, "the load stopped half way");

        server.Intercept = null;
        await LoadAsync(server, graph, new GraphLoadOptions { BatchSize = 3 });

        AssertSameState(clean.Graph.Dump(), server.Graph.Dump());
    }

    [TestMethod]
    public async Task LoadAsync_ConnectionDroppedMidBatch_RetriedAndComplete()
    {
        await using var server = new FakeNeo4jServer();
        var graph = TestGraphs.Many(10);
        var seen = 0;
        server.Intercept = r => r.Statement?.Contains("[r:ISSUED_BY]", StringComparison.Ordinal) == true && Interlocked.Increment(ref seen) == 2
            ? FakeReply.Dropped(applyFirst: true)
            : null;

        var summary = await LoadAsync(server, graph, new GraphLoadOptions { BatchSize = 4 });

        AssertSameState(Expected(graph), server.Graph.Dump());
        Assert.AreEqual(summary.Statements + 1, server.Statements.Length, "one batch sent twice");
        Assert.AreEqual(graph.NodeCount, summary.NodesCreated);
        Assert.AreEqual(graph.EdgeCount, summary.RelationshipsCreated + summary.RelationshipsMatched,
            "the batch committed before the drop counts as matched on its retry");
    }

    [TestMethod]
    public async Task LoadAsync_HostileValues_TravelOnlyAsParameters()
    {
        await using var server = new FakeNeo4jServer();
        var graph = TestGraphs.Hostile();

        await LoadAsync(server, graph);

        var texts = server.Statements;
        foreach (var value in TestGraphs.Strings(graph).Where(v => v.Length >= 3).Distinct())
        {
            Assert.IsFalse(texts.Any(t => t.Contains(value, StringComparison.Ordinal)), $"spliced: {value}");
        }

        foreach (var bad in new[] { "'", "\"", "\\", "`", "*/", "//", "DETACH", "DELETE" })
        {
            Assert.IsFalse(texts.Any(t => t.Contains(bad, StringComparison.Ordinal)), bad);
        }

        var plan = GraphLoader.Plan(graph);
        CollectionAssert.IsSubsetOf(texts.Distinct().ToList(), plan.Steps.Select(s => s.Statement).Distinct().ToList());
        AssertSameState(Expected(graph), server.Graph.Dump());
        var actor = server.Graph.Node("Actor", "'}) DETACH DELETE n //")!;
        Assert.AreEqual("'}) DETACH DELETE n //", (string?)actor["name"]);
        Assert.AreEqual("line one\nline two\r\nline three\u2028", (string?)server.Graph.Node("Actor", "line one\nline two\r\nline three\u2028")!["name"]);
        Assert.AreEqual(graph.NodeCount, server.Graph.NodeCount);
    }

    /// <summary>One run of Neo4j's parser (it takes seconds to start) over every statement the loader sent and over a
    /// dry run's plan as printed.</summary>
    [TestMethod]
    public async Task Statements_SentAndPlanned_ParseWithNeo4jsParserAndHaveNoLiteral()
    {
        await using var server = new FakeNeo4jServer();
        using (var client = QueryApiClientTests.Client(server))
        {
            await client.VerifyConnectivityAsync();
            await new GraphLoader(client, new GraphLoadOptions { BatchSize = 2 }).LoadAsync(TestGraphs.Corpus());
            await new GraphLoader(client, new GraphLoadOptions { BatchSize = 2 }).LoadAsync(TestGraphs.Hostile());
        }

        var distinct = server.Statements.Distinct().ToList();
        using var plan = new StringWriter();
        GraphLoader.Plan(TestGraphs.Hostile(), new GraphLoadOptions { BatchSize = 5 }).WriteTo(plan);
        var planned = GraphLoader.Plan(TestGraphs.Hostile(), new GraphLoadOptions { BatchSize = 5 }).Steps.Length;

        var lint = CypherLint.Run(string.Concat(distinct.Select(s => s + ";\n")) + plan);

        var errors = CypherLint.Errors(lint);
        Assert.IsEmpty(errors, string.Join("\n", errors));
        Assert.AreEqual(distinct.Count + planned, (int)lint["statements"]!);
        Assert.AreEqual(1 + 5 + 5 + 7, distinct.Count, "RETURN 1, a constraint per label, a batch shape per label and per type");
        Assert.IsEmpty((JArray)lint["literals"]!, "no string literal in any statement: every value is a parameter");
    }

    [TestMethod]
    public void Plan_WrittenOut_ListsBatchesAndStatements()
    {
        var graph = TestGraphs.Many(12);
        var plan = GraphLoader.Plan(graph, new GraphLoadOptions { BatchSize = 5 });
        using var writer = new StringWriter();

        plan.WriteTo(writer);

        var text = writer.ToString();
        Assert.StartsWith("// Load plan: 5 constraints, 5 node batches (17 rows), 6 relationship batches (24 rows); 16 statements.\n", text);
        Assert.Contains("// 6/16 Statement nodes, batch 1 of 3 (5 rows)\nUNWIND $rows AS row\nMERGE (n:Statement {id: row.id})\nSET n += row.props;\n", text);
        Assert.Contains("// 8/16 Statement nodes, batch 3 of 3 (2 rows)", text);
        Assert.Contains("MERGE (a)-[r:INVOKES]->(b)\nSET r += row.props\nRETURN count(r) AS merged;", text);
        Assert.Contains("MERGE (a)-[r:ISSUED_BY]->(b)\nRETURN count(r) AS merged;", text);
        Assert.AreEqual(16, plan.Steps.Length);
        Assert.AreEqual(17, plan.NodeRows);
        Assert.AreEqual(24, plan.RelationshipRows);
    }

    [TestMethod]
    public async Task LoadAsync_DryRun_SendsNothing()
    {
        await using var server = new FakeNeo4jServer();
        var graph = TestGraphs.Corpus();

        var summary = await LoadAsync(server, graph, new GraphLoadOptions { DryRun = true });

        Assert.IsEmpty(server.Requests);
        Assert.IsTrue(summary.DryRun);
        Assert.AreEqual(GraphLoader.Plan(graph).Steps.Length, summary.Statements);
        Assert.AreEqual(graph.NodeCount, summary.NodeRows);
        Assert.AreEqual(graph.EdgeCount, summary.RelationshipRows);
        Assert.AreEqual(0, summary.NodesCreated);
    }

    [TestMethod]
    public void Plan_WithoutConstraints_OnlyBatches()
    {
        var plan = GraphLoader.Plan(TestGraphs.Corpus(), new GraphLoadOptions { CreateConstraints = false });

        Assert.AreEqual(0, plan.Constraints);
        Assert.IsTrue(plan.Steps.All(s => s.Phase != LoadPhase.Constraints));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => GraphLoader.Plan(TestGraphs.Corpus(), new GraphLoadOptions { BatchSize = 0 }));
    }

    [TestMethod]
    public void Plan_Rows_OmitNullPropertiesAndKeepTypes()
    {
        var plan = GraphLoader.Plan(TestGraphs.Corpus());

        var committee = (IReadOnlyDictionary<string, object?>)((List<IReadOnlyDictionary<string, object?>>)plan.Steps.First(s => s is { Phase: LoadPhase.Nodes, Target: "Statement" }).Parameters()!["rows"]!)[1];
        Assert.AreEqual("ccpr-views-2019-example", committee["id"]);
        var props = (IReadOnlyDictionary<string, object?>)committee["props"]!;
        Assert.IsFalse(props.ContainsKey("id"));
        Assert.AreEqual("https://www.ohchr.org/en/treaty-bodies/ccpr", props["url"]);
        var ombudsperson = (IReadOnlyDictionary<string, object?>)((List<IReadOnlyDictionary<string, object?>>)plan.Steps.First(s => s is { Phase: LoadPhase.Nodes, Target: "Statement" }).Parameters()!["rows"]!)[0];
        Assert.IsFalse(((IReadOnlyDictionary<string, object?>)ombudsperson["props"]!).ContainsKey("url"), "no url: left out, not null");
        var structural = plan.Steps.First(s => s.Target == "PART_OF");
        var row = ((List<IReadOnlyDictionary<string, object?>>)structural.Parameters()!["rows"]!).Single();
        CollectionAssert.AreEqual(new[] { "from", "to" }, row.Keys.ToArray());
    }

    [TestMethod]
    public async Task LoadAsync_ConstraintViolation_MessageNamesTheBatchAndCode()
    {
        await using var server = new FakeNeo4jServer();
        server.Intercept = r => r.Statement?.Contains("MERGE (n:Instrument", StringComparison.Ordinal) == true
            ? FakeReply.Error(202, "Neo.ClientError.Schema.ConstraintValidationFailed", "Node(7) already exists with label `Instrument` and property `id` = 'ICCPR'")
            : null;

        var e = await Assert.ThrowsExactlyAsync<Neo4jLoadException>(() => LoadAsync(server, TestGraphs.Corpus()));

        Assert.AreEqual(Neo4jErrorKind.Constraint, e.Kind);
        Assert.AreEqual("Neo.ClientError.Schema.ConstraintValidationFailed", e.Code);
        Assert.AreEqual(202, e.HttpStatus);
        Assert.StartsWith("Instrument nodes, batch 1 of 1 (6 rows): ", e.Message);
        Assert.Contains("[Neo.ClientError.Schema.ConstraintValidationFailed, HTTP 202]", e.Message);
        Assert.IsFalse(server.Statements.Any(s => s.Contains("MERGE (a)", StringComparison.Ordinal)), "nothing after the failed batch");
    }

    [TestMethod]
    public async Task LoadAsync_WrongPassword_FailsOnTheFirstStatementWithoutRetries()
    {
        await using var server = new FakeNeo4jServer();
        using var client = QueryApiClientTests.Client(server, password: "not-the-password");

        var e = await Assert.ThrowsExactlyAsync<Neo4jLoadException>(() => new GraphLoader(client).LoadAsync(TestGraphs.Corpus()));

        Assert.AreEqual(Neo4jErrorKind.Authentication, e.Kind);
        Assert.HasCount(1, server.Requests);
        Assert.Contains("Neo.ClientError.Security.Unauthorized", e.Message);
        Assert.DoesNotContain("not-the-password", e.Message);
    }

    [TestMethod]
    public async Task LoadAsync_EndsMissing_CountedAsSkipped()
    {
        await using var server = new FakeNeo4jServer();
        // The server acknowledges the Provision batch without storing it, so the relationships to provisions find no end.
        server.Intercept = r => r.Statement?.Contains("MERGE (n:Provision", StringComparison.Ordinal) == true
            ? FakeReply.Plain(202, """{"data":{"fields":[],"values":[]},"counters":{}}""")
            : null;
        var graph = TestGraphs.Corpus();

        var summary = await LoadAsync(server, graph);

        var toProvisions = graph.Count(RelationshipType.Cites) + graph.Count(RelationshipType.ProvisionOf);
        Assert.AreEqual(toProvisions, summary.RelationshipsSkipped);
        Assert.AreEqual(graph.EdgeCount - toProvisions, summary.RelationshipsCreated);
        Assert.AreEqual(0, summary.RelationshipsMatched);
        Assert.AreEqual(graph.Count(RelationshipType.Cites), summary.Targets.Single(t => t.Target == "CITES").Skipped);
    }

    /// <summary>Reports on the loader's thread (Progress&lt;T&gt; would post to the thread pool and race the assertions).</summary>
    private sealed class SynchronousProgress(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => report(value);
    }
}
