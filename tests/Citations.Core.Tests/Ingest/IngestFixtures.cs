using System.Text;
using Citations.Core.Ingest;
using Newtonsoft.Json;

namespace Citations.Core.Tests.Ingest;

/// <summary>Real sentences and files for the ingest tests.</summary>
internal static class IngestFixtures
{
    // Sentences from statements in the dev corpus (UN General Debate, CC0; U.S. Department of State, public domain).
    public const string Poland = "Poland attaches great importance to the protection of human rights as a factor in the preservation of peace and democracy.";
    public const string OptionalProtocol = "We shall soon adhere to the Optional Protocol to the International Covenant on Civil and Political Rights.";
    public const string Bosnia = "Unfortunately, that system of values based on the equality of every individual within a society does not exist in Bosnia and Herzegovina.";
    public const string Torture = "L’interdiction absolue de la torture est un droit humain inscrit dans le droit international.";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string SeedFile => Path.Combine(RepositoryRoot, "seeds", "000_61a26d28c61a68b3.txt");

    public static string DevStatements => Path.Combine(RepositoryRoot, "corpus", "dev", "statements.jsonl");

    public static string JsonLine(string? id, string text, string? date = null) =>
        JsonConvert.SerializeObject(new Dictionary<string, string?> { ["id"] = id, ["date"] = date, ["text"] = text }
            .Where(p => p.Value is not null).ToDictionary());

    public static List<IngestRecord> ReadAll(params string[] paths) => [.. StatementReader.Read(paths)];

    public static Statement StatementAt(this IngestRecord record)
    {
        Assert.IsInstanceOfType<IngestedStatement>(record, $"expected a statement, got {record}");
        return ((IngestedStatement)record).Statement;
    }

    public static RejectedInput RejectionAt(this IngestRecord record)
    {
        Assert.IsInstanceOfType<RejectedInput>(record, $"expected a rejection, got {record}");
        return (RejectedInput)record;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Citations.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Citations.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A temporary folder for files a test writes; deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "citations-ingest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relativePath, string content) => Write(relativePath, Encoding.UTF8.GetBytes(content));

    public string Write(string relativePath, byte[] content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
