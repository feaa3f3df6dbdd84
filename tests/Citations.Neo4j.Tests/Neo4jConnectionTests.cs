namespace Citations.Neo4j.Tests;

[TestClass]
public sealed class Neo4jConnectionTests
{
    [TestMethod]
    [DataRow("http://localhost:7474", "http://localhost:7474/")]
    [DataRow("https://neo4j.example.org:7473/", "https://neo4j.example.org:7473/")]
    [DataRow("https://proxy.example.org/neo4j", "https://proxy.example.org/neo4j/")]
    [DataRow("neo4j://localhost", "http://localhost:7474/")]
    [DataRow("bolt://db.example.org:7687", "http://db.example.org:7474/")]
    [DataRow("neo4j+s://abcd1234.databases.neo4j.io", "https://abcd1234.databases.neo4j.io/")]
    [DataRow("neo4j+s://abcd1234.databases.neo4j.io:7687", "https://abcd1234.databases.neo4j.io/")]
    [DataRow("bolt+s://neo4j.example.org", "https://neo4j.example.org:7473/")]
    [DataRow("neo4j+ssc://neo4j.example.org:7687", "https://neo4j.example.org:7473/")]
    public void BaseAddress_Uri_MappedToHttp(string uri, string expected)
    {
        var connection = new Neo4jConnection(uri, "neo4j", "s3cret-Pa55");

        Assert.AreEqual(expected, connection.BaseAddress.ToString());
    }

    [TestMethod]
    public void QueryEndpoint_Database_IsEscapedIntoThePath()
    {
        Assert.AreEqual("http://localhost:7474/db/neo4j/query/v2", new Neo4jConnection("http://localhost:7474", "neo4j", "pw12345678").QueryEndpoint.ToString());
        Assert.AreEqual("https://x.databases.neo4j.io/db/my-db.v2/query/v2",
            new Neo4jConnection("neo4j+s://x.databases.neo4j.io", "neo4j", "pw12345678", "my-db.v2").QueryEndpoint.ToString());
        Assert.AreEqual("http://localhost:7474/db/a%2Fb/query/v2", new Neo4jConnection("http://localhost:7474", "neo4j", "pw12345678", "a/b").QueryEndpoint.AbsoluteUri);
    }

    [TestMethod]
    [DataRow("ftp://localhost")]
    [DataRow("bolt://localhost:9999")]
    [DataRow("not a uri")]
    [DataRow("localhost:7474")]
    public void Constructor_UnusableAddress_ConfigurationError(string uri)
    {
        var e = Assert.ThrowsExactly<Neo4jLoadException>(() => new Neo4jConnection(uri, "neo4j", "s3cret-Pa55"));

        Assert.AreEqual(Neo4jErrorKind.Configuration, e.Kind);
    }

    [TestMethod]
    [DataRow("http://neo4j:PASSWORD@localhost:7474")]
    [DataRow("neo4j+s://neo4j:PASSWORD@x.databases.neo4j.io")]
    [DataRow("https://PASSWORD@localhost")]
    public void Constructor_CredentialsInTheAddress_RefusedWithoutPrintingThem(string uri)
    {
        var e = Assert.ThrowsExactly<Neo4jLoadException>(() => new Neo4jConnection(uri, "neo4j", "s3cret-Pa55"));

        Assert.AreEqual(Neo4jErrorKind.Configuration, e.Kind);
        Assert.Contains("NEO4J_PASSWORD", e.Message);
        Assert.DoesNotContain("PASSWORD@", e.Message);
        Assert.DoesNotContain(":PASSWORD", e.Message);
    }

    [TestMethod]
    [DataRow("http://neo4j:PASSWORD@localhost:7474/db", "http://…@localhost:7474/db")]
    [DataRow("http://neo4j:PASS@WORD@host:bad port", "http://…@host:bad port")]
    [DataRow("http://localhost:7474", "http://localhost:7474")]
    [DataRow("neo4j:PASSWORD@host", "…@host")]
    public void WithoutUserInfo_AnyAddress_DropsWhatComesBeforeTheAt(string uri, string printed)
    {
        Assert.AreEqual(printed, Neo4jConnection.WithoutUserInfo(uri));
    }

    [TestMethod]
    public void Constructor_UnparsableAddressWithPassword_MessageLeavesItOut()
    {
        var e = Assert.ThrowsExactly<Neo4jLoadException>(() => new Neo4jConnection("http://neo4j:PASSWORD@host:port", "neo4j", "s3cret-Pa55"));

        Assert.DoesNotContain("PASSWORD", e.Message);
    }

    [TestMethod]
    public void ToString_NeverShowsThePassword()
    {
        var connection = new Neo4jConnection("neo4j+s://x.databases.neo4j.io", "neo4j", "s3cret-Pa55", "citations");

        Assert.AreEqual("https://x.databases.neo4j.io/ database citations as neo4j", connection.ToString());
        Assert.DoesNotContain("s3cret", connection.ToString());
        Assert.DoesNotContain("token-123", Neo4jConnection.WithBearerToken(new Uri("http://localhost:7474"), "token-123").ToString());
    }

    [TestMethod]
    public void Authorization_Basic_IsBase64OfUserColonPassword()
    {
        var header = new Neo4jConnection("http://localhost:7474", "neo4j", "pässword:1").Authorization();

        Assert.AreEqual("Basic", header.Scheme);
        Assert.AreEqual("neo4j:pässword:1", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter!)));
    }
}
