namespace Citations.Cli;

/// <summary>The `citations` command, runnable in-process with its own streams.</summary>
public static class CitationsApp
{
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        stdout.WriteLine("citations");
        return 0;
    }
}
