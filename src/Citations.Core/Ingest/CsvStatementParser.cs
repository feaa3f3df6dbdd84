using System.Text;
using Newtonsoft.Json.Linq;

namespace Citations.Core.Ingest;

/// <summary>
/// Statements from CSV as spreadsheets export it: a header row naming the columns (<c>text</c> required;
/// <c>id</c>, <c>title</c>, <c>date</c>, <c>issuer</c>, <c>source</c>, <c>url</c>, <c>language</c> optional,
/// any case; other columns ignored), then one statement per row. RFC 4180 quoting (fields in double
/// quotes may hold commas, doubled quotes and line breaks); the separator is the one of comma, semicolon
/// or tab the header uses (spreadsheets in many locales write semicolons). Rows stream one at a time.
/// </summary>
internal static class CsvStatementParser
{
    private static readonly string[] Fields = ["id", "title", "date", "issuer", "source", "url", "language", "text"];

    /// <param name="input">Decoded text; invalid UTF-8 surfaces as a <see cref="DecoderFallbackException"/> from the reader.</param>
    public static IEnumerable<IngestRecord> Parse(TextReader input, string display)
    {
        var reader = new Reader(input);
        var header = reader.Next(separator: null);
        if (header is null)
        {
            yield return new RejectedInput(new SourceLocation(display, 1), "empty CSV file: a header row naming a 'text' column is needed");
            yield break;
        }

        var columns = header.Value.Fields.Select(f => f.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
        var text = columns.IndexOf("text");
        if (text < 0)
        {
            yield return new RejectedInput(new SourceLocation(display, 1),
                $"no 'text' column in the CSV header (found: {string.Join(", ", columns.Select(c => c.Length == 0 ? "(blank)" : c))})");
            yield break;
        }

        var wanted = Fields.Select(f => (Name: f, Index: columns.IndexOf(f))).Where(f => f.Index >= 0).ToList();
        while (reader.Next(header.Value.Separator) is { } row)
        {
            var location = new SourceLocation(display, row.Line);
            if (row.Fields.Count == 1 && row.Fields[0].Length == 0) continue;
            if (row.Error is not null)
            {
                yield return new RejectedInput(location, row.Error);
                continue;
            }

            if (row.Fields.Count != columns.Count)
            {
                yield return new RejectedInput(location, $"{row.Fields.Count} fields where the header has {columns.Count}");
                continue;
            }

            var record = new JObject();
            foreach (var (name, index) in wanted)
            {
                if (row.Fields[index].Length > 0 || name == "text") record[name] = row.Fields[index];
            }

            if (JsonLineParser.Parse(record.ToString(Newtonsoft.Json.Formatting.None), location) is { } parsed) yield return parsed;
        }
    }

    private readonly record struct Row(int Line, List<string> Fields, char Separator, string? Error);

    /// <summary>An RFC 4180 record reader that counts physical lines.</summary>
    private sealed class Reader(TextReader input)
    {
        private int _line = 1;

        /// <param name="separator">The header's separator; null to choose it from the header line itself.</param>
        public Row? Next(char? separator)
        {
            if (input.Peek() < 0) return null;
            var start = _line;
            var fields = new List<string>();
            var field = new StringBuilder();
            string? error = null;
            var raw = separator is null ? new StringBuilder() : null;
            var sep = separator ?? ',';
            List<(int Field, bool Quoted, string Text)>? pending = separator is null ? [] : null;

            var quoted = false;
            var atStart = true;
            while (true)
            {
                var c = input.Read();
                if (c < 0)
                {
                    if (quoted) error = "a quoted field is not closed before the end of the file";
                    break;
                }

                var ch = (char)c;
                if (quoted)
                {
                    if (ch == '"')
                    {
                        if (input.Peek() == '"') { input.Read(); field.Append('"'); }
                        else quoted = false;
                    }
                    else
                    {
                        if (ch == '\n') _line++;
                        field.Append(ch);
                    }

                    continue;
                }

                if (atStart && ch == '"') { quoted = true; atStart = false; continue; }
                if (ch == '\r' && input.Peek() == '\n') continue;
                if (ch is '\n' or '\r') { _line++; break; }
                if (separator is null ? ch is ',' or ';' or '\t' : ch == sep)
                {
                    if (separator is null) raw!.Append(ch);
                    fields.Add(field.ToString());
                    field.Clear();
                    atStart = true;
                    continue;
                }

                atStart = false;
                field.Append(ch);
            }

            fields.Add(field.ToString());
            if (separator is null)
            {
                // The header: the separator is the one it uses most; re-split its fields on that one only.
                var counts = raw!.ToString().GroupBy(x => x).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).ToList();
                sep = counts.Count == 0 ? ',' : counts[0].Key;
                if (counts.Count > 1) fields = Resplit(fields, raw.ToString(), sep);
            }

            return new Row(start, fields, sep, error);
        }

        // Header fields were split on every candidate separator; join those split on another one back.
        private static List<string> Resplit(List<string> parts, string separators, char chosen)
        {
            var result = new List<string> { parts[0] };
            for (var i = 1; i < parts.Count; i++)
            {
                if (separators[i - 1] == chosen) result.Add(parts[i]);
                else result[^1] += separators[i - 1] + parts[i];
            }

            return result;
        }
    }
}
