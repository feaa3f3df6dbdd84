using Newtonsoft.Json.Linq;
using static Citations.Cli.Tests.CliRunner;

namespace Citations.Cli.Tests;

/// <summary>The README opens with the two commands a new user needs; the first does what it says.</summary>
[TestClass]
public sealed class ReadmeOpeningTests
{
    private const string RunPrefix = "dotnet run --project src/Citations.Cli -- ";

    [TestMethod]
    public void Readme_OpeningCommands_RunTheMainJobOnSeedsAndTheTests()
    {
        var lines = File.ReadAllLines(Repo("README.md"));
        var open = Array.IndexOf(lines, "```");
        Assert.IsGreaterThanOrEqualTo(0, open, "the README opens with a code block");
        var commands = lines.Skip(open + 1).TakeWhile(l => l != "```").Select(l => l.Split('#')[0].Trim()).ToList();
        Assert.HasCount(2, commands);
        Assert.AreEqual("dotnet test", commands[1]);
        StringAssert.StartsWith(commands[0], RunPrefix);

        using var temp = new TempFolder();
        string[] args = [.. commands[0][RunPrefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(a => a == "seeds" ? Repo("seeds") : a), "--out", temp.Path];
        var run = Run(args);
        Assert.AreEqual(0, run.ExitCode, run.Error);
        var graph = JObject.Parse(File.ReadAllText(Path.Combine(temp.Path, "graph.json")));
        var invoked = graph["edges"]!.Where(e => (string?)e["type"] == "INVOKES").Select(e => (string)e["to"]!).Distinct().Count();
        Assert.AreEqual(7, invoked, "the seed statement invokes seven instruments");
        Assert.IsTrue(File.Exists(Path.Combine(temp.Path, "report.html")));
        Assert.IsTrue(File.Exists(Path.Combine(temp.Path, "mentions.csv")));
    }
}
