using System.Globalization;
using System.Text;
using Citations.Core;
using Newtonsoft.Json;

namespace Citations.CorpusGenerator;

/// <summary>Writes generated statements as JSON Lines or as a folder of .txt files with front matter.</summary>
public static class CorpusWriter
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes statements until about <paramref name="bytes"/> of text; returns the statement count and bytes written.</summary>
    public static (int Statements, long Bytes) WriteJsonLines(string path, IEnumerable<Statement> statements, long bytes)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var writer = new StreamWriter(stream, s_utf8, 1 << 16);
        var count = 0;
        foreach (var statement in statements)
        {
            using (var json = new JsonTextWriter(writer) { CloseOutput = false, Formatting = Formatting.None, Culture = CultureInfo.InvariantCulture })
            {
                json.WriteStartObject();
                Property(json, "id", statement.Id);
                Property(json, "title", statement.Metadata.Title);
                Property(json, "date", statement.Metadata.Date);
                Property(json, "issuer", statement.Metadata.Issuer);
                Property(json, "source", statement.Metadata.Source);
                Property(json, "url", statement.Metadata.Url);
                Property(json, "language", statement.Metadata.Language);
                Property(json, "text", statement.Text);
                json.WriteEndObject();
            }

            writer.Write('\n');
            count++;
            writer.Flush();
            if (stream.Position >= bytes) break;
        }

        return (count, stream.Position);
    }

    /// <summary>One .txt file per statement with YAML front matter, until about <paramref name="bytes"/>.</summary>
    public static (int Statements, long Bytes) WriteTextFolder(string folder, IEnumerable<Statement> statements, long bytes)
    {
        Directory.CreateDirectory(folder);
        var count = 0;
        long written = 0;
        foreach (var statement in statements)
        {
            var path = Path.Combine(folder, statement.Id + ".txt");
            var content = new StringBuilder();
            content.Append("---\n");
            FrontMatter(content, "id", statement.Id);
            FrontMatter(content, "title", statement.Metadata.Title);
            FrontMatter(content, "date", statement.Metadata.Date);
            FrontMatter(content, "issuer", statement.Metadata.Issuer);
            FrontMatter(content, "source", statement.Metadata.Source);
            FrontMatter(content, "url", statement.Metadata.Url);
            FrontMatter(content, "language", statement.Metadata.Language);
            content.Append("---\n").Append(statement.Text);
            var encoded = s_utf8.GetBytes(content.ToString());
            File.WriteAllBytes(path, encoded);
            written += encoded.Length;
            count++;
            if (written >= bytes) break;
        }

        return (count, written);
    }

    private static void Property(JsonTextWriter json, string name, string? value)
    {
        if (value is null) return;
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    private static void FrontMatter(StringBuilder content, string name, string? value)
    {
        if (value is null) return;
        content.Append(name).Append(": \"").Append(value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"\n");
    }
}
