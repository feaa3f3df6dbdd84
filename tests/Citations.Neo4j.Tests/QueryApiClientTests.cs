using System.Diagnostics;
using System.Text;
using Newtonsoft.Json.Linq;

namespace Citations.Neo4j.Tests;

[TestClass]
public sealed class QueryApiClientTests
{
    /// <summary>Short waits so that the retry tests stay fast.</summary>
    internal static readonly QueryApiOptions Fast = new()
    {
        RequestTimeout = TimeSpan.FromSeconds(5),
        MaxAttempts = 4,
        InitialBackoff = TimeSpan.FromMilliseconds(10),
        MaxBackoff = TimeSpan.FromMilliseconds(40),
        MaxRetryTime = TimeSpan.FromSeconds(5),
    };

    internal static QueryApiClient Client(FakeNeo4jServer server, string? password = null, string database = "neo4j", QueryApiOptions? options = null) =>
        new(new Neo4jConnection(server.Address, server.User, password ?? server.Password, database), null, options ?? Fast);

    private static async Task<Neo4jLoadException> FailsAsync(Func<Task> action)
    {
        var e = await Assert.ThrowsExactlyAsync<Neo4jLoadException>(action);
        Assert.DoesNotContain("\n", e.Message, "one line");
        Assert.DoesNotContain("\r", e.Message, "one line");
        return e;
    }

    [TestMethod]
    public async Task VerifyConnectivity_RunningServer_ReportsVersionAndEdition()
    {
        await using var server = new FakeNeo4jServer { };
        using var client = Client(server);

        var info = await client.VerifyConnectivityAsync();

        Assert.AreEqual("5.26.0", info.Version);
        Assert.AreEqual("community", info.Edition);
        Assert.AreEqual($"Neo4j 5.26.0 community at {server.Address}", info.ToString());
        var requests = server.Requests;
        Assert.HasCount(2, requests);
        Assert.AreEqual("GET", requests[0].Method);
        Assert.AreEqual("/", requests[0].Path);
        Assert.IsNull(requests[0].Header("Authorization"), "discovery is unauthenticated");
        Assert.AreEqual("/db/neo4j/query/v2", requests[1].Path);
        Assert.AreEqual("RETURN 1 AS ok", requests[1].Statement);
        Assert.AreEqual("READ", (string?)requests[1].Json!["accessMode"]);
    }

    [TestMethod]
    public async Task RunAsync_Statement_SendsTheDocumentedRequest()
    {
        await using var server = new FakeNeo4jServer();
        using var client = Client(server);
        var parameters = new Dictionary<string, object?>
        {
            ["rows"] = new List<object?> { new Dictionary<string, object?> { ["id"] = "ICCPR", ["props"] = new Dictionary<string, object?> { ["catalogued"] = true, ["n"] = 3, ["c"] = 1.0, ["s"] = new[] { "a", "b" } } } },
        };

        var result = await client.RunAsync("UNWIND $rows AS row MERGE (n:Instrument {id: row.id}) SET n += row.props", parameters);

        var request = server.Requests.Single();
        Assert.AreEqual("POST", request.Method);
        Assert.AreEqual("/db/neo4j/query/v2", request.Path);
        Assert.AreEqual("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:s3cret-Pa55")), request.Header("Authorization"));
        Assert.StartsWith("application/json", request.Header("Content-Type")!);
        Assert.AreEqual("application/json", request.Header("Accept"));
        var body = request.Json!;
        CollectionAssert.AreEqual(new[] { "statement", "parameters", "includeCounters" }, body.Properties().Select(p => p.Name).ToArray());
        Assert.IsTrue((bool)body["includeCounters"]!);
        Assert.AreEqual("""{"rows":[{"id":"ICCPR","props":{"catalogued":true,"n":3,"c":1.0,"s":["a","b"]}}]}""",
            body["parameters"]!.ToString(Newtonsoft.Json.Formatting.None));
        Assert.AreEqual(1, result.Counters.NodesCreated);
        Assert.AreEqual(5, result.Counters.PropertiesSet);
        Assert.IsTrue(result.Counters.ContainsUpdates);
        CollectionAssert.AreEqual(new[] { "FB:fake-1" }, result.Bookmarks.ToArray());
    }

    [TestMethod]
    public async Task RunAsync_AfterAWrite_SendsItsBookmarks()
    {
        await using var server = new FakeNeo4jServer();
        using var client = Client(server);

        await client.RunAsync("CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE");
        await client.RunAsync("RETURN 1 AS ok");

        Assert.IsNull(server.Requests[0].Json!["bookmarks"]);
        Assert.AreEqual("""["FB:fake-1"]""", server.Requests[1].Json!["bookmarks"]!.ToString(Newtonsoft.Json.Formatting.None));
    }

    [TestMethod]
    public async Task RunAsync_WrongPassword_FailsAtOnceWithTheCode()
    {
        await using var server = new FakeNeo4jServer();
        using var client = Client(server, password: "wrong-password-123");

        var e = await FailsAsync(() => client.VerifyConnectivityAsync());

        Assert.AreEqual(Neo4jErrorKind.Authentication, e.Kind);
        Assert.AreEqual("Neo.ClientError.Security.Unauthorized", e.Code);
        Assert.AreEqual(401, e.HttpStatus);
        Assert.AreEqual(1, e.Attempts);
        Assert.HasCount(2, server.Requests, "discovery, then one query: no retries");
        Assert.Contains("Neo.ClientError.Security.Unauthorized", e.Message);
        Assert.Contains("\"neo4j\"", e.Message);
        Assert.DoesNotContain("wrong-password-123", e.ToString());
    }

    [TestMethod]
    public async Task RunAsync_PasswordIsACommonWord_ServerMessageKeptAsItWas()
    {
        // A blind replace of the password's text would print "Invalid username or ***" and so give the password away.
        await using var server = new FakeNeo4jServer(password: "password");
        server.Intercept = _ => FakeReply.Error(401, "Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure. Invalid username or password.");
        using var client = Client(server);

        var e = await FailsAsync(() => client.RunAsync("RETURN 1 AS ok"));

        Assert.Contains("Invalid username or password", e.Message);
        Assert.DoesNotContain("***", e.Message);
    }

    [TestMethod]
    public async Task RunAsync_ReplyLargerThanTheCap_ProtocolErrorWithoutReadingItAll()
    {
        await using var server = new FakeNeo4jServer();
        server.Intercept = _ => FakeReply.Plain(200, "{\"data\": {\"values\": [\"" + new string('x', 200_000) + "\"]}}");
        using var client = Client(server, options: Fast with { MaxReplyBytes = 64 * 1024 });

        var e = await FailsAsync(() => client.RunAsync("RETURN 1 AS ok"));

        Assert.AreEqual(Neo4jErrorKind.Protocol, e.Kind);
        Assert.Contains("more than 65,536 bytes", e.Message);
    }

    [TestMethod]
    public async Task RunAsync_UnknownDatabase_DatabaseNotFound()
    {
        await using var server = new FakeNeo4jServer();
        using var client = Client(server, database: "citations");

        var e = await FailsAsync(() => client.VerifyConnectivityAsync());

        Assert.AreEqual(Neo4jErrorKind.DatabaseNotFound, e.Kind);
        Assert.AreEqual("Neo.ClientError.Database.DatabaseNotFound", e.Code);
        Assert.AreEqual(404, e.HttpStatus);
        Assert.Contains("\"citations\"", e.Message);
        Assert.AreEqual("/db/citations/query/v2", server.Requests[^1].Path);
    }

    [TestMethod]
    public async Task RunAsync_ErrorsIn202Reply_IsAFailureNotRetried()
    {
        await using var server = new FakeNeo4jServer();
        server.Intercept = _ => FakeReply.Error(202, "Neo.ClientError.Schema.ConstraintValidationFailed",
            "Node(12) already exists with label `Statement` and property `id` = 'x'");
        using var client = Client(server);

        var e = await FailsAsync(() => client.RunAsync("RETURN 1 AS ok"));

        Assert.AreEqual(Neo4jErrorKind.Constraint, e.Kind);
        Assert.AreEqual(202, e.HttpStatus);
        Assert.AreEqual("Neo.ClientError.Schema.ConstraintValidationFailed", e.Code);
        Assert.Contains("[Neo.ClientError.Schema.ConstraintValidationFailed, HTTP 202]", e.Message);
        Assert.HasCount(1, server.Requests);
    }

    [TestMethod]
    public async Task RunAsync_SyntaxError_Syntax400OnOneLine()
    {
        await using var server = new FakeNeo4jServer();
        using var client = Client(server);

        var e = await FailsAsync(() => client.RunAsync("MERGE (n:Statement {id: $id)\nRETURN n"));

        Assert.AreEqual(Neo4jErrorKind.Syntax, e.Kind);
        Assert.AreEqual(400, e.HttpStatus);
        Assert.AreEqual("Neo.ClientError.Statement.SyntaxError", e.Code);
        Assert.HasCount(1, server.Requests);
    }

    [TestMethod]
    [DataRow("deadlock")]
    [DataRow("503")]
    [DataRow("503-html")]
    [DataRow("drop")]
    public async Task RunAsync_TransientThenSuccess_Retried(string fault)
    {
        await using var server = new FakeNeo4jServer();
        server.Intercept = r => r.Index > 0 ? null : fault switch
        {
            "deadlock" => FakeReply.Error(202, "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient[1] can't acquire ExclusiveLock"),
            "503" => FakeReply.Plain(503),
            "503-html" => FakeReply.Plain(503, "<html><body>Service Unavailable</body></html>"),
            _ => FakeReply.Dropped(applyFirst: false),
        };
        using var client = Client(server);

        var result = await client.RunAsync("RETURN 1 AS ok");

        Assert.AreEqual(1L, result.Single("ok"));
        Assert.HasCount(2, server.Requests);
        Assert.AreEqual(server.Requests[0].Body, server.Requests[1].Body, "the retry sends the same request");
    }

    [TestMethod]
    public async Task RunAsync_TransientForever_GivesUpAfterMaxAttempts()
    {
        await using var server = new FakeNeo4jServer();
        server.Intercept = _ => FakeReply.Error(503, "Neo.TransientError.General.DatabaseUnavailable", "The database is not currently available to serve your request");
        using var client = Client(server, options: Fast with { MaxAttempts = 3 });

        var e = await FailsAsync(() => client.RunAsync("RETURN 1 AS ok"));

        Assert.AreEqual(Neo4jErrorKind.Transient, e.Kind);
        Assert.AreEqual(3, e.Attempts);
        Assert.IsTrue(e.IsTransient);
        Assert.HasCount(3, server.Requests);
        Assert.Contains("gave up after 3 attempts", e.Message);
        Assert.Contains("Neo.TransientError.General.DatabaseUnavailable", e.Message);
    }

    [TestMethod]
    public async Task RunAsync_TransientForever_BoundedInTime()
    {
        await using var server = new FakeNeo4jServer();
        server.Intercept = _ => FakeReply.Plain(503);
        using var client = Client(server, options: Fast with
        {
            MaxAttempts = 1000, InitialBackoff = TimeSpan.FromMilliseconds(50), MaxBackoff = TimeSpan.FromMilliseconds(50), MaxRetryTime = TimeSpan.FromMilliseconds(400),
        });
        var clock = Stopwatch.StartNew();

        var e = await FailsAsync(() => client.RunAsync("RETURN 1 AS ok"));

        Assert.IsLessThan(TimeSpan.FromSeconds(3), clock.Elapsed);
        Assert.IsLessThan(20, server.Requests.Length);
        Assert.AreEqual(server.Requests.Length, e.Attempts);
        Assert.AreEqual(503, e.HttpStatus);
    }

    [TestMethod]
    public async Task RunAsync_TerminatedTransaction_NotRetried()
    {
        await using var server = new FakeNeo4jServer();
        server.Intercept = _ => FakeReply.Error(202, "Neo.TransientError.Transaction.Terminated", "The transaction has been terminated.");
        using var client = Client(server);

        var e = await FailsAsync(() => client.RunAsync("RETURN 1 AS ok"));

        Assert.AreEqual(Neo4jErrorKind.Statement, e.Kind);
        Assert.HasCount(1, server.Requests);
    }

    [TestMethod]
    public async Task RunAsync_SlowServer_TimesOutWithoutRetry()
    {
        await using var server = new FakeNeo4jServer();
        server.Intercept = _ => FakeReply.Slow(TimeSpan.FromSeconds(10));
        using var client = Client(server, options: Fast with { RequestTimeout = TimeSpan.FromMilliseconds(300) });
        var clock = Stopwatch.StartNew();

        var e = await FailsAsync(() => client.RunAsync("RETURN 1 AS ok"));

        Assert.AreEqual(Neo4jErrorKind.Timeout, e.Kind);
        Assert.IsNull(e.HttpStatus);
        Assert.Contains("within 0.3 s", e.Message);
        Assert.IsLessThan(TimeSpan.FromSeconds(3), clock.Elapsed);
        Assert.HasCount(1, server.Requests);
    }

    [TestMethod]
    public async Task RunAsync_Cancelled_ThrowsOperationCanceled()
    {
        await using var server = new FakeNeo4jServer();
        server.Intercept = _ => FakeReply.Slow(TimeSpan.FromSeconds(10));
        using var client = Client(server);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAsync<OperationCanceledException>(() => client.RunAsync("RETURN 1 AS ok", null, cancel.Token));
    }

    [TestMethod]
    public async Task VerifyConnectivity_NothingListening_ClearMessageQuickly()
    {
        var address = FakeNeo4jServer.ClosedAddress();
        using var client = new QueryApiClient(new Neo4jConnection(address, "neo4j", "s3cret-Pa55"), null, Fast);
        var clock = Stopwatch.StartNew();

        var e = await FailsAsync(() => client.VerifyConnectivityAsync());

        Assert.AreEqual(Neo4jErrorKind.Unreachable, e.Kind);
        Assert.AreEqual(1, e.Attempts);
        Assert.IsNull(e.HttpStatus);
        Assert.Contains("connection refused", e.Message);
        Assert.Contains(address.ToString(), e.Message);
        Assert.IsLessThan(TimeSpan.FromSeconds(5), clock.Elapsed);
    }

    [TestMethod]
    public async Task VerifyConnectivity_HttpsToAPlainHttpPort_TlsFailure()
    {
        await using var server = new FakeNeo4jServer();
        var https = new UriBuilder(server.Address) { Scheme = "https" }.Uri;
        using var client = new QueryApiClient(new Neo4jConnection(https, "neo4j", "s3cret-Pa55"), null, Fast);

        var e = await FailsAsync(() => client.VerifyConnectivityAsync());

        Assert.AreEqual(Neo4jErrorKind.Tls, e.Kind, e.Message);
        Assert.Contains("TLS", e.Message);
    }

    [TestMethod]
    public async Task VerifyConnectivity_NoQueryApi_SaysWhichVersionIsNeeded()
    {
        await using var server = new FakeNeo4jServer { Version = "5.12.0" };
        server.Intercept = r => r.Method == "POST" ? FakeReply.Plain(404) : null;
        using var client = Client(server);

        var e = await FailsAsync(() => client.VerifyConnectivityAsync());

        Assert.AreEqual(Neo4jErrorKind.Protocol, e.Kind);
        Assert.AreEqual(404, e.HttpStatus);
        Assert.Contains("5.19", e.Message);
        Assert.Contains("Neo4j 5.12.0", e.Message);
    }

    [TestMethod]
    public async Task VerifyConnectivity_NoDiscoveryBehindAProxy_StillChecksTheDatabase()
    {
        await using var server = new FakeNeo4jServer();
        server.Intercept = r => r.Method == "GET" ? FakeReply.Plain(404, "<html>not found</html>") : null;
        using var client = Client(server);

        var info = await client.VerifyConnectivityAsync();

        Assert.IsNull(info.Version);
        Assert.HasCount(2, server.Requests);
    }

    [TestMethod]
    public async Task RunAsync_SuccessStatusWithoutJson_ProtocolError()
    {
        await using var server = new FakeNeo4jServer();
        server.Intercept = _ => FakeReply.Plain(200, "<html>login</html>");
        using var client = Client(server);

        var e = await FailsAsync(() => client.RunAsync("RETURN 1 AS ok"));

        Assert.AreEqual(Neo4jErrorKind.Protocol, e.Kind);
    }

    [TestMethod]
    public async Task RunAsync_BearerToken_SentAsBearer()
    {
        await using var server = new FakeNeo4jServer();
        using var client = new QueryApiClient(Neo4jConnection.WithBearerToken(server.Address, "eyJ.token.sig"), null, Fast);

        var e = await FailsAsync(() => client.RunAsync("RETURN 1 AS ok"));

        Assert.AreEqual("Bearer eyJ.token.sig", server.Requests.Single().Header("Authorization"));
        Assert.AreEqual(Neo4jErrorKind.Authentication, e.Kind, "the fake server knows only the basic credentials");
        Assert.Contains("bearer token", e.Message);
        Assert.DoesNotContain("eyJ.token.sig", e.Message);
    }

    [TestMethod]
    public async Task WriteValue_NoJsonForm_Refused()
    {
        using var text = new StringWriter();
        using var writer = new Newtonsoft.Json.JsonTextWriter(text);

        await Assert.ThrowsExactlyAsync<ArgumentException>(() => QueryApiClient.WriteValueAsync(writer, double.NaN, default));
        await Assert.ThrowsExactlyAsync<ArgumentException>(() => QueryApiClient.WriteValueAsync(writer, new object(), default));
    }

    [TestMethod]
    public void QueryResult_TypedValues_BecomePlainValues()
    {
        var result = QueryResult.From(JObject.Parse("""{"data":{"fields":["a","b"],"values":[[1,[true,"x"]]]},"counters":{"nodesCreated":2}}"""));

        Assert.AreEqual(1L, result.Single("a"));
        Assert.IsNull(result.Single("c"));
        Assert.AreEqual(2, result.Counters.NodesCreated);
    }
}
