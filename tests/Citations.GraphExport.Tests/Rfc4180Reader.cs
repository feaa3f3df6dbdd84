using System.Text;

namespace Citations.GraphExport.Tests;

/// <summary>
/// A reader of RFC 4180 CSV written for the tests, independent of the writer: records of fields, a quoted
/// field may hold commas, doubled quotes and line breaks; records end with LF or CRLF. An empty unquoted
/// field reads as null (what neo4j-admin treats as absent), a quoted one as a string.
/// </summary>
internal static class Rfc4180Reader
{
    public static List<List<string?>> Read(string text)
    {
        var records = new List<List<string?>>();
        var record = new List<string?>();
        var field = new StringBuilder();
        var quoted = false;
        var i = 0;
        var atFieldStart = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (atFieldStart && c == '"')
            {
                quoted = true;
                atFieldStart = false;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("unterminated quoted field");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                if (i < text.Length && text[i] is not (',' or '\n' or '\r'))
                {
                    throw new FormatException($"text after a closing quote at {i}");
                }

                continue;
            }

            atFieldStart = false;
            switch (c)
            {
                case ',':
                    record.Add(Take());
                    atFieldStart = true;
                    i++;
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    i++;
                    break;
                case '\n':
                    record.Add(Take());
                    records.Add(record);
                    record = [];
                    atFieldStart = true;
                    i++;
                    break;
                case '"':
                    throw new FormatException($"quote inside an unquoted field at {i}");
                default:
                    field.Append(c);
                    i++;
                    break;
            }
        }

        if (!atFieldStart || record.Count > 0)
        {
            record.Add(Take());
            records.Add(record);
        }

        return records;

        string? Take()
        {
            string? value = quoted || field.Length > 0 ? field.ToString() : null;
            field.Clear();
            quoted = false;
            return value;
        }
    }
}
