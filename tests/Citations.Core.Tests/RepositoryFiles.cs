namespace Citations.Core.Tests;

/// <summary>Finds files of the repository (the seed, the dev corpus) from the test's output folder.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> s_root = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Citations.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Citations.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => s_root.Value;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);
}
