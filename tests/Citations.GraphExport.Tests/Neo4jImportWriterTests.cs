using System.Collections.Immutable;
using System.Globalization;
using Citations.Core.Graph;
using Citations.Core.Tests.Graph;

namespace Citations.GraphExport.Tests;

[TestClass]
public sealed class Neo4jImportWriterTests
{
    private static string WriteFolder(CitationGraph graph)
    {
        var directory = ExternalTool.TempFile("-import");
        Neo4jImportWriter.Write(graph, directory);
        return directory;
    }

    [TestMethod]
    [DynamicData(nameof(TestGraphs.All), typeof(TestGraphs))]
    public void Write_Graph_CsvReadsBackToEveryNodeAndValue(string name)
    {
        var graph = TestGraphs.Get(name);
        var directory = WriteFolder(graph);

        foreach (var label in GraphSchema.Labels)
        {
            var records = Rfc4180Reader.Read(File.ReadAllText(Path.Combine(directory, Neo4jImportWriter.FileName(label)), Text.Utf8));
            CollectionAssert.AreEqual(Neo4jImportWriter.NodeHeader(label).Split(','), records[0].ToArray());
            var nodes = graph.NodesWith(label).ToList();
            Assert.AreEqual(nodes.Count, records.Count - 1, GraphSchema.Name(label));
            for (var i = 0; i < nodes.Count; i++)
            {
                var row = records[i + 1];
                var properties = nodes[i].Properties;
                Assert.AreEqual(properties.Length + 1, row.Count);
                for (var p = 0; p < properties.Length; p++)
                {
                    AssertField(properties[p], row[p]);
                }

                Assert.AreEqual(GraphSchema.Name(label), row[^1]);
            }
        }

        foreach (var type in GraphSchema.RelationshipTypes)
        {
            var records = Rfc4180Reader.Read(File.ReadAllText(Path.Combine(directory, Neo4jImportWriter.FileName(type)), Text.Utf8));
            CollectionAssert.AreEqual(Neo4jImportWriter.RelationshipHeader(type).Split(','), records[0].ToArray());
            var edges = graph.EdgesOf(type).ToList();
            Assert.AreEqual(edges.Count, records.Count - 1, GraphSchema.Name(type));
            for (var i = 0; i < edges.Count; i++)
            {
                var row = records[i + 1];
                Assert.AreEqual(edges[i].Source.Id, row[0]);
                Assert.AreEqual(edges[i].Target.Id, row[1]);
                var properties = edges[i].Properties;
                for (var p = 0; p < properties.Length; p++)
                {
                    AssertField(properties[p], row[p + 2]);
                }

                Assert.AreEqual(GraphSchema.Name(type), row[^1]);
            }
        }
    }

    private static void AssertField(GraphProperty property, string? field)
    {
        switch (property.Value)
        {
            case null:
                Assert.IsNull(field, property.Name);
                break;
            case string s:
                Assert.AreEqual(s, field, property.Name);
                break;
            case int i:
                Assert.AreEqual(i, int.Parse(field!, CultureInfo.InvariantCulture), property.Name);
                break;
            case double d:
                Assert.AreEqual(d, double.Parse(field!, CultureInfo.InvariantCulture), property.Name);
                break;
            case bool b:
                Assert.AreEqual(b ? "true" : "false", field, property.Name);
                break;
            case ImmutableArray<string> list:
                var expected = list.Select(item => item.Replace("\u001F", "", StringComparison.Ordinal)).ToArray();
                CollectionAssert.AreEqual(expected, field!.Split(Neo4jImportWriter.ArrayDelimiter), property.Name);
                break;
            default:
                Assert.Fail(property.Name);
                break;
        }
    }

    [TestMethod]
    public void NodeHeader_Statement_TypedColumns()
    {
        Assert.AreEqual("id:ID(Statement),title:string,date:string,issuer:string,source:string,url:string,language:string,sha256:string,:LABEL",
            Neo4jImportWriter.NodeHeader(NodeLabel.Statement));
        Assert.AreEqual("id:ID(Instrument),title:string,kind:string,adopted:string,entryIntoForce:string,treatySeries:string,catalogued:boolean,:LABEL",
            Neo4jImportWriter.NodeHeader(NodeLabel.Instrument));
        Assert.AreEqual(":START_ID(Statement),:END_ID(Instrument),mentions:int,surfaces:string[],confidence:double,:TYPE",
            Neo4jImportWriter.RelationshipHeader(RelationshipType.Invokes));
        Assert.AreEqual(":START_ID(Instrument),:END_ID(Instrument),:TYPE", Neo4jImportWriter.RelationshipHeader(RelationshipType.PartOf));
    }

    [TestMethod]
    public void Write_SeedGraph_ImportScriptNamesEveryFile()
    {
        var directory = WriteFolder(GraphFixtures.SeedGraph());
        var script = File.ReadAllText(Path.Combine(directory, Neo4jImportWriter.ScriptFileName));

        StringAssert.StartsWith(script, "#!/bin/sh\n");
        StringAssert.Contains(script, "database import full \"$DATABASE\" \\\n");
        StringAssert.Contains(script, "DATABASE=\"${1:-neo4j}\"");
        foreach (var label in GraphSchema.Labels)
        {
            StringAssert.Contains(script, $"--nodes={GraphSchema.Name(label)}={GraphSchema.Name(label)}.csv");
            Assert.IsTrue(File.Exists(Path.Combine(directory, Neo4jImportWriter.FileName(label))));
        }

        foreach (var type in GraphSchema.RelationshipTypes)
        {
            StringAssert.Contains(script, $"--relationships={GraphSchema.Name(type)}={GraphSchema.Name(type)}.csv");
        }

        StringAssert.Contains(script, "--delimiter=, --array-delimiter=U+001F --quote='\"'");
        StringAssert.Contains(script, "--multiline-fields=true");
        StringAssert.Contains(script, "--overwrite-destination=true");
        StringAssert.Contains(File.ReadAllText(Path.Combine(directory, Neo4jImportWriter.ConstraintsFileName)),
            "CREATE CONSTRAINT provision_id IF NOT EXISTS FOR (n:Provision) REQUIRE n.id IS UNIQUE;");

        var sh = ExternalTool.Require("sh", "a POSIX shell");
        var syntax = ExternalTool.Run(sh, ["-n", Path.Combine(directory, Neo4jImportWriter.ScriptFileName)]);
        Assert.AreEqual(0, syntax.ExitCode, syntax.Error);
    }

    [TestMethod]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // import.sh is a POSIX shell script
    public void Write_ImportScript_RunsTheCommandWithItsArguments()
    {
        // A stand-in neo4j-admin that prints its arguments, one a line, shows what the shell passes.
        var sh = ExternalTool.Require("sh", "a POSIX shell");
        var directory = WriteFolder(GraphFixtures.SeedGraph());
        var fake = Path.Combine(directory, "fake-neo4j-admin");
        File.WriteAllText(fake, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var result = ExternalTool.Run("/usr/bin/env", [$"NEO4J_ADMIN={fake}", sh, Path.Combine(directory, Neo4jImportWriter.ScriptFileName), "citations"]);

        Assert.AreEqual(0, result.ExitCode, result.Error);
        var arguments = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        CollectionAssert.AreEqual(new[] { "database", "import", "full", "citations" }, arguments[..4]);
        CollectionAssert.Contains(arguments, "--nodes=Statement=Statement.csv");
        CollectionAssert.Contains(arguments, "--quote=\"");
        CollectionAssert.Contains(arguments, "--array-delimiter=U+001F");
    }
}
