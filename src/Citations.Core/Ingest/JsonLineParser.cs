using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Citations.Core.Ingest;

/// <summary>
/// One JSON Lines record → a statement. The field names are the ones DESIGN.md promises
/// (id, title, date, issuer, source, url, language, text); other fields are ignored.
/// </summary>
internal static class JsonLineParser
{
    /// <summary>The record for one line, or null for a blank line.</summary>
    public static IngestRecord? Parse(string line, SourceLocation location)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return null;
        }

        if (!TryLoad(line, out var token, out var error))
        {
            return new RejectedInput(location, error);
        }

        if (token is not JObject record)
        {
            return new RejectedInput(location, $"not a JSON object (found {Describe(token)})");
        }

        return FromObject(record, location);
    }

    /// <summary>Whether a line holds one complete JSON object (used to tell JSON Lines from a JSON document).</summary>
    public static bool IsObjectLine(string line) => TryLoad(line, out var token, out _) && token is JObject;

    private static bool TryLoad(string line, out JToken token, out string error)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(line))
            {
                // Dates stay as written: "1990-05" must not become a DateTime.
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Decimal,
                MaxDepth = 64,
            };
            token = JToken.ReadFrom(reader);
            while (reader.Read())
            {
                if (reader.TokenType != JsonToken.Comment)
                {
                    token = JValue.CreateNull();
                    error = "malformed JSON: more than one value on the line";
                    return false;
                }
            }

            error = string.Empty;
            return true;
        }
        catch (JsonException e)
        {
            token = JValue.CreateNull();
            error = "malformed JSON: " + Brief(e);
            return false;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A number too large for any type, and whatever else the reader throws: this line's rejection, not the run's end.
            token = JValue.CreateNull();
            error = "malformed JSON: " + e.Message.ReplaceLineEndings(" ").Trim().TrimEnd('.');
            return false;
        }
    }

    private static IngestRecord FromObject(JObject record, SourceLocation location)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in (string[])["id", "title", "date", "issuer", "source", "url", "language", "text"])
        {
            var value = record[name];
            switch (value?.Type)
            {
                case null or JTokenType.Null or JTokenType.Undefined:
                    fields[name] = null;
                    break;
                case JTokenType.String:
                    fields[name] = (string?)value;
                    break;
                // A year is often written as a number: "date": 1990.
                case JTokenType.Integer when name == "date":
                    fields[name] = Convert.ToString(((JValue)value).Value, CultureInfo.InvariantCulture);
                    break;
                default:
                    var expected = name == "date" ? "a string or a year" : "a string";
                    return new RejectedInput(location, $"field \"{name}\" must be {expected} (found {Describe(value)})");
            }
        }

        var text = fields["text"];
        if (text is null)
        {
            return new RejectedInput(location, "no \"text\" field");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return new RejectedInput(location, "empty text");
        }

        var metadata = new StatementMetadata
        {
            Title = Clean(fields["title"]),
            Date = Clean(fields["date"]),
            Issuer = Clean(fields["issuer"]),
            Source = Clean(fields["source"]),
            Url = Clean(fields["url"]),
            Language = Clean(fields["language"]),
        };
        var id = Clean(fields["id"]) ?? StatementId.Derive(text);
        return new IngestedStatement(new Statement(id, text, metadata) { Location = location });
    }

    /// <summary>Trimmed, or null when nothing is left.</summary>
    internal static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Describe(JToken token) => token.Type switch
    {
        JTokenType.Object => "an object",
        JTokenType.Array => "an array",
        JTokenType.Integer => "an integer",
        JTokenType.Float => "a number",
        JTokenType.Boolean => "a boolean",
        JTokenType.String => "a string",
        JTokenType.Null => "null",
        _ => token.Type.ToString().ToLowerInvariant(),
    };

    // Newtonsoft appends "Path 'x', line 1, position 9."; the line is ours to report, the column is useful.
    private static string Brief(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path '", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(", line ", StringComparison.Ordinal);
        }

        if (cut >= 0)
        {
            message = message[..cut];
        }

        message = message.ReplaceLineEndings(" ").Trim().TrimEnd('.');
        // Newtonsoft's position counts the characters consumed before the error, so the culprit is one further.
        return e is JsonReaderException { LinePosition: >= 0 } reader
            ? string.Create(CultureInfo.InvariantCulture, $"{message} (near column {reader.LinePosition + 1})")
            : message;
    }
}
