using YamlDotNet.RepresentationModel;

namespace Citations.Neo4j.Tests;

[TestClass]
public sealed class DockerComposeTests
{
    private static string ComposeFile => Path.Combine(CypherLint.RepositoryRoot, "docker-compose.yml");

    private static YamlMappingNode Neo4jService(out YamlMappingNode root)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(ComposeFile))
        {
            stream.Load(reader);
        }

        root = (YamlMappingNode)stream.Documents.Single().RootNode;
        var services = (YamlMappingNode)root["services"];
        return (YamlMappingNode)services["neo4j"];
    }

    private static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value ?? "";

    [TestMethod]
    public void Neo4jService_ImagePortsAndAuth_AsDocumented()
    {
        var service = Neo4jService(out _);

        Assert.AreEqual("neo4j:5-community", Scalar(service["image"]));
        var ports = ((YamlSequenceNode)service["ports"]).Select(Scalar).ToList();
        CollectionAssert.Contains(ports, "7474:7474");
        CollectionAssert.Contains(ports, "7687:7687");
        var environment = (YamlMappingNode)service["environment"];
        Assert.AreEqual("neo4j/${NEO4J_PASSWORD:?set NEO4J_PASSWORD}", Scalar(environment["NEO4J_AUTH"]));
    }

    [TestMethod]
    public void Neo4jService_DataVolume_IsNamedAndDeclared()
    {
        var service = Neo4jService(out var root);

        var mounts = ((YamlSequenceNode)service["volumes"]).Select(Scalar).ToList();
        var data = mounts.Single(m => m.EndsWith(":/data", StringComparison.Ordinal));
        var name = data[..data.IndexOf(':', StringComparison.Ordinal)];
        Assert.IsFalse(name.StartsWith('.') || name.StartsWith('/'), "a named volume, not a bind mount");
        Assert.IsTrue(((YamlMappingNode)root["volumes"]).Children.ContainsKey(new YamlScalarNode(name)));
    }

    [TestMethod]
    public void Neo4jService_Healthcheck_UsesWgetWithBounds()
    {
        var service = Neo4jService(out _);

        var health = (YamlMappingNode)service["healthcheck"];
        var test = string.Join(" ", ((YamlSequenceNode)health["test"]).Select(Scalar));
        Assert.Contains("wget --spider -q http://localhost:7474 || exit 1", test);
        foreach (var key in new[] { "interval", "timeout", "retries" })
        {
            Assert.IsTrue(health.Children.ContainsKey(new YamlScalarNode(key)), key);
        }
    }

    [TestMethod]
    public void ComposeFile_NoLiteralPassword()
    {
        var text = File.ReadAllText(ComposeFile);
        var service = Neo4jService(out _);

        foreach (var (key, value) in (YamlMappingNode)service["environment"])
        {
            var v = Scalar(value);
            if (Scalar(key).Contains("AUTH", StringComparison.Ordinal) || Scalar(key).Contains("PASSWORD", StringComparison.Ordinal))
            {
                Assert.Contains("${NEO4J_PASSWORD", v, "passwords come from the environment");
            }
        }

        Assert.DoesNotMatchRegex(new System.Text.RegularExpressions.Regex(@"NEO4J_AUTH\s*[:=]\s*['""]?neo4j/[^$]"), text);
    }

    [TestMethod]
    public void Neo4jService_ApocFileImport_ReadsTheBuildOutputFolder()
    {
        var service = Neo4jService(out _);
        var environment = (YamlMappingNode)service["environment"];

        Assert.AreEqual("[\"apoc\"]", Scalar(environment["NEO4J_PLUGINS"]));
        Assert.AreEqual("true", Scalar(environment["NEO4J_apoc_import_file_enabled"]));
        Assert.AreEqual("true", Scalar(environment["NEO4J_apoc_import_file_use__neo4j__config"]), "file import stays inside the import folder");
        var mounts = ((YamlSequenceNode)service["volumes"]).Select(Scalar).ToList();
        Assert.AreEqual("${CITATIONS_OUT:-./out}:/import", mounts.Single(m => m.EndsWith(":/import", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Readme_DockerComposeCommands_UseTheServiceAndTheMountedFolder()
    {
        var readme = File.ReadAllText(Path.Combine(CypherLint.RepositoryRoot, "README.md"));

        Assert.Contains("docker compose run --rm neo4j sh /import/neo4j-import/import.sh", readme);
        Assert.Contains("CALL apoc.import.graphml('graph.graphml', {readLabels: true})", readme);
    }
}
