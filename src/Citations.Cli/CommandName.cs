namespace Citations.Cli;

/// <summary>
/// How the user started this program, for messages that tell them what to type next: `citations` once
/// installed as a tool, `dotnet run --project src/Citations.Cli --` from a clone, `dotnet citations.dll`
/// from a folder of binaries.
/// </summary>
internal static class CommandName
{
    public const string Installed = "citations";

    public const string FromClone = "dotnet run --project src/Citations.Cli --";

    public static string Current { get; } = Detect(Environment.ProcessPath, Environment.GetCommandLineArgs().FirstOrDefault());

    /// <param name="processPath">The running executable: the apphost (citations), dotnet, or a test host.</param>
    /// <param name="entryPath">The first command-line argument .NET reports: the entry assembly's path.</param>
    internal static string Detect(string? processPath, string? entryPath)
    {
        var process = Path.GetFileNameWithoutExtension(processPath ?? "");
        var built = processPath is not null && InCloneBuild(process == "dotnet" ? entryPath : processPath);
        if (built) return FromClone;
        // A test host runs the command in-process: it stands for the installed command.
        if (process == "dotnet" && string.Equals(Path.GetFileName(entryPath), "citations.dll", StringComparison.OrdinalIgnoreCase))
        {
            return "dotnet citations.dll";
        }

        return Installed;
    }

    // `dotnet run` starts the build output under src/Citations.Cli/bin/.
    private static bool InCloneBuild(string? path) =>
        path is not null && path.Replace('\\', '/').Contains("/src/Citations.Cli/bin/", StringComparison.Ordinal);
}
