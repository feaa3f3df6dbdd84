namespace Citations.Cli.Tests;

[TestClass]
public sealed class CommandNameTests
{
    [TestMethod]
    [DataRow("/root/.dotnet/tools/citations", "/root/.dotnet/tools/.store/citations.tool/0.1.0/citations.tool/0.1.0/tools/net10.0/any/citations.dll", "citations")]
    [DataRow("/home/me/citations/src/Citations.Cli/bin/Debug/net10.0/citations", "/home/me/citations/src/Citations.Cli/bin/Debug/net10.0/citations.dll", "dotnet run --project src/Citations.Cli --")]
    [DataRow("/usr/share/dotnet/dotnet", "/home/me/citations/src/Citations.Cli/bin/Release/net10.0/citations.dll", "dotnet run --project src/Citations.Cli --")]
    [DataRow("/usr/share/dotnet/dotnet", "/opt/citations/citations.dll", "dotnet citations.dll")]
    [DataRow(@"C:\Users\me\.dotnet\tools\citations.exe", @"C:\Users\me\.dotnet\tools\.store\citations.tool\citations.dll", "citations")]
    [DataRow("/opt/citations/citations", "/opt/citations/citations.dll", "citations")]
    [DataRow("/usr/share/dotnet/dotnet", "/repo/tests/bin/Debug/net10.0/testhost.dll", "citations")]
    [DataRow(null, null, "citations")]
    public void Detect_HowTheProgramWasStarted_IsTheCommandToType(string? process, string? entry, string expected) =>
        Assert.AreEqual(expected, CommandName.Detect(process, entry));
}
