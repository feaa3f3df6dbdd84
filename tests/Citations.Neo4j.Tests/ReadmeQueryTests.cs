using System.Text.RegularExpressions;

namespace Citations.Neo4j.Tests;

/// <summary>The Cypher queries the README offers users must parse with Neo4j's own parser.</summary>
[TestClass]
public sealed partial class ReadmeQueryTests
{
    [TestMethod]
    public void Readme_CypherQueries_ParseWithNeo4jsParser()
    {
        var readme = File.ReadAllText(Path.Combine(CypherLint.RepositoryRoot, "README.md"));
        var blocks = CypherBlock().Matches(readme).Select(m => m.Groups["body"].Value).ToList();
        Assert.IsTrue(blocks.Count >= 1, "the README has a cypher block");
        var script = string.Join("\n", blocks);
        var statements = script.Split(';', StringSplitOptions.RemoveEmptyEntries).Count(s => s.Contains("RETURN", StringComparison.Ordinal));
        Assert.IsTrue(statements >= 5, $"{statements} queries");

        var errors = CypherLint.Errors(CypherLint.Run(script));
        Assert.AreEqual(0, errors.Count, string.Join("\n", errors));
    }

    [GeneratedRegex(@"```cypher\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CypherBlock();
}
