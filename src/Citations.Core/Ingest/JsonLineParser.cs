using System.Globalization;
using System.Text.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using JsonException = Newtonsoft.Json.JsonException;

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

        return FromFields(fields["id"], fields["title"], fields["date"], fields["issuer"], fields["source"], fields["url"], fields["language"], fields["text"], location);
    }

    private static IngestRecord FromFields(
        string? id, string? title, string? date, string? issuer, string? source, string? url, string? language, string? text, SourceLocation location)
    {
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
            Title = Clean(title),
            Date = Clean(date),
            Issuer = Clean(issuer),
            Source = Clean(source),
            Url = Clean(url),
            Language = Clean(language),
        };
        return new IngestedStatement(new Statement(Clean(id) ?? StatementId.Derive(text), text, metadata) { Location = location });
    }

    /// <summary>
    /// The statement of a line that is plain, standard JSON with every known field a string or null, read
    /// straight from its UTF-8 bytes; null for anything else (blank lines, bad bytes, other types, numbers,
    /// escaped or repeated field names, deep nesting, no text), which <see cref="Parse"/> then reads and,
    /// where it must, rejects with its reason. What this gives is exactly what <see cref="Parse"/> gives.
    /// </summary>
    public static IngestedStatement? ParseWellFormed(ReadOnlySpan<byte> line, SourceLocation location)
    {
        if (line.Contains((byte)0) || !System.Text.Unicode.Utf8.IsValid(line))
        {
            return null;
        }

        // Most lines are an object of strings alone, read in one pass; the others go through Utf8JsonReader.
        var values = new string?[KnownFields.Length];
        if (!FlatJsonObject.TryRead(line, FieldIndex, values))
        {
            Array.Clear(values);
            if (!TryReadFields(line, values)) return null;
        }

        if (values[7] is not { } text || string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return (IngestedStatement)FromFields(values[0], values[1], values[2], values[3], values[4], values[5], values[6], text, location);
    }

    /// <summary>The known fields of a line through Utf8JsonReader; false for anything <see cref="Parse"/> might read otherwise.</summary>
    private static bool TryReadFields(ReadOnlySpan<byte> line, string?[] values)
    {
        // Shallower than Newtonsoft's 64, and without its leniencies (comments, single quotes, NaN): whatever
        // this reader accepts, that one reads the same way.
        var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = 32 });
        var seen = 0;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var field = reader.ValueIsEscaped ? -2 : FieldIndex(reader.ValueSpan);
                if (field == -2 || !reader.Read())
                {
                    return false;
                }

                if (field < 0)
                {
                    if (!SkipValue(ref reader)) return false;
                    continue;
                }

                if ((seen & (1 << field)) != 0)
                {
                    return false;
                }

                seen |= 1 << field;
                switch (reader.TokenType)
                {
                    case JsonTokenType.String:
                        values[field] = reader.GetString();
                        break;
                    case JsonTokenType.Null:
                        break;
                    default:
                        return false;
                }
            }

            // The object's end, then nothing but white space.
            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                return false;
            }
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            return false;
        }

        return true;
    }

    private static readonly string[] KnownFields = ["id", "title", "date", "issuer", "source", "url", "language", "text"];

    private static int FieldIndex(ReadOnlySpan<byte> name) => name switch
    {
        [(byte)'i', (byte)'d'] => 0,
        _ when name.SequenceEqual("title"u8) => 1,
        _ when name.SequenceEqual("date"u8) => 2,
        _ when name.SequenceEqual("issuer"u8) => 3,
        _ when name.SequenceEqual("source"u8) => 4,
        _ when name.SequenceEqual("url"u8) => 5,
        _ when name.SequenceEqual("language"u8) => 6,
        _ when name.SequenceEqual("text"u8) => 7,
        _ => -1,
    };

    /// <summary>
    /// Steps over the value of a field nobody reads; false when it holds a number other than a short
    /// integer (Newtonsoft reads other numbers as decimals and refuses those out of range).
    /// </summary>
    private static bool SkipValue(ref Utf8JsonReader reader)
    {
        var depth = reader.CurrentDepth;
        while (true)
        {
            if (reader.TokenType == JsonTokenType.Number && !IsShortInteger(reader.ValueSpan))
            {
                return false;
            }

            if (reader.CurrentDepth == depth && reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
            {
                return true;
            }

            if (!reader.Read())
            {
                return false;
            }
        }
    }

    private static bool IsShortInteger(ReadOnlySpan<byte> number)
    {
        var digits = number is [(byte)'-', ..] ? number[1..] : number;
        return digits.Length is > 0 and <= 18 && !digits.ContainsAnyExceptInRange((byte)'0', (byte)'9');
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
