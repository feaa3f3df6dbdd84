using System.Net;
using System.Net.Sockets;
using System.Text;
using Newtonsoft.Json.Linq;
using static Citations.Cli.Tests.CliRunner;

namespace Citations.Cli.Tests;

[TestClass]
public sealed class LoadCommandTests
{
    [TestMethod]
    public void Load_DryRun_PrintsConstraintsAndBatchesAndSendsNothing()
    {
        var run = Run("load", Repo("seeds"), "--dry-run", "--quiet");
        Assert.AreEqual(0, run.ExitCode, run.Error);
        StringAssert.Contains(run.Out, "CREATE CONSTRAINT statement_id IF NOT EXISTS");
        StringAssert.Contains(run.Out, "UNWIND $rows AS row");
        StringAssert.Contains(run.Out, "nothing sent");
        Assert.IsTrue(run.Out.IndexOf("CREATE CONSTRAINT", StringComparison.Ordinal) < run.Out.IndexOf("MERGE (n:Statement", StringComparison.Ordinal));
    }

    [TestMethod]
    public void Load_WithoutPassword_IsAUsageErrorNamingTheVariable()
    {
        var run = Run("load", Repo("seeds"), "--quiet");
        Assert.AreEqual(2, run.ExitCode);
        StringAssert.Contains(run.Error, "NEO4J_PASSWORD");
    }

    [TestMethod]
    public void Load_UnreachableServer_FailsWithOneLineAndExitCodeThree()
    {
        var port = FreePort();
        var run = RunWithEnvironment("", Env("secret-pw"), "load", Repo("seeds"), "--uri", $"http://127.0.0.1:{port}", "--quiet", "--timeout", "5");
        Assert.AreEqual(3, run.ExitCode, run.Error);
        Assert.AreEqual(1, run.Error.Trim().Split('\n').Length, run.Error);
        Assert.IsFalse(run.Error.Contains("secret-pw", StringComparison.Ordinal));
    }

    [TestMethod]
    public void Load_WrongPassword_FailsFastWithTheNeo4jCode()
    {
        using var server = new CannedServer(unauthorized: true);
        var run = RunWithEnvironment("", Env("wrong-password"), "load", Repo("seeds"), "--uri", server.Address, "--quiet");
        Assert.AreEqual(3, run.ExitCode, run.Error);
        StringAssert.Contains(run.Error, "Neo.ClientError.Security.Unauthorized");
        Assert.AreEqual(1, run.Error.Trim().Split('\n').Length, run.Error);
        Assert.IsFalse(run.Error.Contains("wrong-password", StringComparison.Ordinal));
        Assert.AreEqual(1, server.Queries.Count, "no retry after an authentication error");
    }

    [TestMethod]
    public void Load_Seed_SendsConstraintsThenBatchesWithBasicAuthAndReportsCounts()
    {
        using var server = new CannedServer(unauthorized: false);
        var run = RunWithEnvironment("", Env("pw"), "load", Repo("seeds"), "--uri", server.Address, "--database", "citations", "--quiet");
        Assert.AreEqual(0, run.ExitCode, run.Error);
        StringAssert.Contains(run.Error, "Connected to Neo4j 5.26.0");
        StringAssert.Contains(run.Out, "Nodes: 10 rows");
        StringAssert.Contains(run.Out, "Relationships: 9 rows");
        Assert.IsTrue(server.Queries.All(q => q.Path == "/db/citations/query/v2"));
        Assert.IsTrue(server.Queries.All(q => q.Authorization == "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:pw"))));
        var statements = server.Queries.Select(q => (string)JObject.Parse(q.Body)["statement"]!).ToList();
        var firstMerge = statements.FindIndex(s => s.Contains("MERGE", StringComparison.Ordinal));
        Assert.IsTrue(statements.Take(firstMerge).Skip(1).All(s => s.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal)));
        Assert.IsFalse(statements.Any(s => s.Contains("Khojaly", StringComparison.Ordinal)), "values travel only as parameters");
    }

    private static Func<string, string?> Env(string password) => name => name == "NEO4J_PASSWORD" ? password : null;

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>A loopback server answering as Neo4j's Query API documentation shows: discovery, then 202 or 401.</summary>
    private sealed class CannedServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly bool _unauthorized;
        private readonly Task _loop;

        public CannedServer(bool unauthorized)
        {
            _unauthorized = unauthorized;
            var port = FreePort();
            Address = $"http://127.0.0.1:{port}";
            _listener.Prefixes.Add(Address + "/");
            _listener.Start();
            _loop = Task.Run(Serve);
        }

        public string Address { get; }

        public List<(string Path, string? Authorization, string Body)> Queries { get; } = [];

        private async Task Serve()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                using var reader = new StreamReader(context.Request.InputStream);
                var body = await reader.ReadToEndAsync();
                string reply;
                if (context.Request.HttpMethod == "GET")
                {
                    context.Response.StatusCode = 200;
                    reply = """{"neo4j_version": "5.26.0", "neo4j_edition": "community", "query": "http://127.0.0.1/db/{databaseName}/query/v2"}""";
                }
                else
                {
                    lock (Queries) Queries.Add((context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"], body));
                    if (_unauthorized)
                    {
                        context.Response.StatusCode = 401;
                        reply = """{"errors": [{"code": "Neo.ClientError.Security.Unauthorized", "message": "The client is unauthorized due to authentication failure."}]}""";
                    }
                    else
                    {
                        context.Response.StatusCode = 202;
                        reply = """{"data": {"fields": [], "values": []}, "bookmarks": ["FB:k"], "counters": {"containsUpdates": true, "nodesCreated": 0, "nodesDeleted": 0, "propertiesSet": 0, "relationshipsCreated": 0, "relationshipsDeleted": 0, "labelsAdded": 0, "labelsRemoved": 0, "indexesAdded": 0, "indexesRemoved": 0, "constraintsAdded": 0, "constraintsRemoved": 0, "containsSystemUpdates": false, "systemUpdates": 0}}""";
                    }
                }

                var bytes = Encoding.UTF8.GetBytes(reply);
                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
        }

        public void Dispose()
        {
            _listener.Stop();
            _listener.Close();
            try
            {
                _loop.Wait(TimeSpan.FromSeconds(5));
            }
            catch (AggregateException)
            {
            }
        }
    }
}
