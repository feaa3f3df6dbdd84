using System.Collections.Immutable;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Citations.Core.Evaluation;

/// <summary>One instrument a careful reader found in a statement, with the articles cited.</summary>
public sealed record GoldInstrument(string Key, ImmutableArray<string> Articles, ImmutableArray<string> Surfaces);

/// <summary>
/// Annotations in the gold format (one JSON object per line:
/// {"id", "instruments": [{"key", "articles", "surfaces"}]}), read with file and line on every error.
/// </summary>
public static class GoldStandard
{
    /// <exception cref="CitationsException">The file is unreadable or a line is malformed.</exception>
    public static IReadOnlyDictionary<string, ImmutableArray<GoldInstrument>> Read(string path)
    {
        var result = new Dictionary<string, ImmutableArray<GoldInstrument>>(StringComparer.Ordinal);
        IEnumerable<string> lines;
        try
        {
            lines = File.ReadLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new CitationsException($"cannot read gold file: {e.Message}", path);
        }

        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            JObject record;
            try
            {
                record = JObject.Parse(line);
            }
            catch (JsonReaderException e)
            {
                throw new CitationsException($"invalid JSON: {e.Message.Split(" Path", 2)[0]}", path, number);
            }

            var id = record["id"]?.Type == JTokenType.String ? (string)record["id"]! : null;
            if (string.IsNullOrWhiteSpace(id)) throw new CitationsException("field \"id\" is required", path, number);
            if (record["instruments"] is not JArray instruments) throw new CitationsException("field \"instruments\" must be an array", path, number);
            if (result.ContainsKey(id)) throw new CitationsException($"statement {id} appears twice", path, number);

            var entries = ImmutableArray.CreateBuilder<GoldInstrument>();
            foreach (var item in instruments)
            {
                if (item is not JObject entry || entry["key"]?.Type != JTokenType.String)
                {
                    throw new CitationsException("each instrument needs a string \"key\"", path, number);
                }

                entries.Add(new GoldInstrument((string)entry["key"]!, Strings(entry["articles"], path, number), Strings(entry["surfaces"], path, number)));
            }

            result[id] = entries.ToImmutable();
        }

        return result;
    }

    private static ImmutableArray<string> Strings(JToken? token, string path, int line)
    {
        if (token is null || token.Type == JTokenType.Null) return [];
        if (token is not JArray array || array.Any(a => a.Type != JTokenType.String))
        {
            throw new CitationsException("\"articles\" and \"surfaces\" must be arrays of strings", path, line);
        }

        return [.. array.Select(a => (string)a!)];
    }
}
