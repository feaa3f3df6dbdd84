using System.Globalization;
using System.Text;
using Citations.Core;
using Citations.Core.Ingest;

namespace Citations.CorpusGenerator;

/// <summary>
/// Real statements (a JSON Lines file, <c>.gz</c> too, e.g. the 2,000 UN General Debate speeches) made
/// into the sizes and shapes a benchmark asks for: repeated with fresh ids to reach a size, or cut and
/// joined into texts of one length. The generator stays for what real text lacks.
/// </summary>
public static class RealCorpus
{
    /// <summary>Every statement the file holds, in file order; rejected records are counted, not thrown.</summary>
    public static (IReadOnlyList<Statement> Statements, int Rejected) Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"corpus file not found: {path}", path);
        var statements = new List<Statement>();
        var rejected = 0;
        foreach (var record in StatementReader.Read([path]))
        {
            if (record is IngestedStatement ingested) statements.Add(ingested.Statement);
            else rejected++;
        }

        return (statements, rejected);
    }

    /// <summary>
    /// The statements, then copies of them whose ids end "~2", "~3", …, until their texts add up to
    /// <paramref name="totalChars"/> (a size below the corpus's own takes its first statements);
    /// endless when <paramref name="totalChars"/> is negative.
    /// </summary>
    public static IEnumerable<Statement> Repeat(IReadOnlyList<Statement> statements, long totalChars)
    {
        if (statements.Count == 0) yield break;
        long chars = 0;
        for (var round = 1; ; round++)
        {
            foreach (var statement in statements)
            {
                if (totalChars >= 0 && chars >= totalChars) yield break;
                chars += statement.Text.Length;
                yield return round == 1 ? statement : statement with { Id = string.Create(CultureInfo.InvariantCulture, $"{statement.Id}~{round}") };
            }
        }
    }

    /// <summary>
    /// The texts read one after another (a blank line between two) and cut into pieces of about
    /// <paramref name="targetChars"/>, each ending at the first paragraph or sentence end after the
    /// target, until <paramref name="totalChars"/>; the texts repeat when they run out. Short pieces
    /// are press-release sized; long ones join several speeches into one judgment-sized text.
    /// </summary>
    public static IEnumerable<string> Reshape(IReadOnlyList<string> texts, int targetChars, long totalChars)
    {
        if (texts.Count == 0 || targetChars <= 0) yield break;
        var piece = new StringBuilder(targetChars + 4096);
        long produced = 0;
        var k = 0;
        var offset = 0;
        while (produced < totalChars)
        {
            var text = texts[k];
            if (offset == 0 && piece.Length > 0) piece.Append("\n\n");
            var wanted = targetChars - piece.Length;
            if (text.Length - offset <= wanted)
            {
                piece.Append(text, offset, text.Length - offset);
                k = (k + 1) % texts.Count;
                offset = 0;
                if (piece.Length < targetChars) continue;
            }
            else
            {
                var end = CutAfter(text, offset + Math.Max(0, wanted));
                piece.Append(text, offset, end - offset);
                offset = end;
                if (offset >= text.Length)
                {
                    k = (k + 1) % texts.Count;
                    offset = 0;
                }
            }

            produced += piece.Length;
            yield return piece.ToString();
            piece.Clear();
        }
    }

    /// <summary>The end of the paragraph or sentence that holds <paramref name="at"/> (after its newline or ". "), or the text's end.</summary>
    private static int CutAfter(string text, int at)
    {
        for (var i = at; i < text.Length; i++)
        {
            if (text[i] == '\n') return i + 1;
            if (text[i] == '.' && i + 1 < text.Length && text[i + 1] == ' ') return i + 2;
        }

        return text.Length;
    }

    /// <summary>UTF-8 bytes of the texts, in MB (2^20), as every MB/s figure of the benchmarks counts them.</summary>
    public static double Megabytes(IEnumerable<string> texts) => texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t)) / 1048576.0;
}
