using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Citations.Core;

/// <summary>
/// The JSON Schema of catalog files (Catalog/catalog.schema.json, embedded), and a validator for the
/// part of JSON Schema 2020-12 that file uses. The schema file itself is what is enforced: a keyword
/// the validator does not know makes the schema fail to load, so no constraint is written and then
/// silently ignored.
/// </summary>
internal sealed class CatalogSchema
{
    internal const string ResourceName = "Citations.Schema.catalog.schema.json";

    /// <summary>Keywords that only describe; everything else must be enforced below.</summary>
    private static readonly FrozenSet<string> s_annotations =
        FrozenSet.ToFrozenSet(["$schema", "$id", "$comment", "title", "description"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_assertions = FrozenSet.ToFrozenSet(
        ["$defs", "$ref", "type", "required", "properties", "additionalProperties", "propertyNames", "enum", "pattern", "format",
         "items", "minItems", "minimum", "maximum", "oneOf"],
        StringComparer.Ordinal);

    private static readonly Lazy<CatalogSchema> s_builtIn = new(LoadBuiltIn);

    private readonly JObject _root;
    private readonly Dictionary<string, Regex> _patterns = new(StringComparer.Ordinal);

    private CatalogSchema(JObject root)
    {
        _root = root;
        CheckKeywords(root, "#");
    }

    public static CatalogSchema BuiltIn => s_builtIn.Value;

    /// <summary>The schema file's text, as embedded.</summary>
    public static string Text
    {
        get
        {
            using var stream = typeof(CatalogSchema).Assembly.GetManifestResourceStream(ResourceName)
                               ?? throw new InvalidOperationException($"resource {ResourceName} is missing from the assembly");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    /// <exception cref="InvalidOperationException">The schema uses a keyword this validator does not enforce.</exception>
    internal static CatalogSchema Parse(string json) => new(JObject.Parse(json));

    private static CatalogSchema LoadBuiltIn() => Parse(Text);

    /// <summary>The first place <paramref name="document"/> breaks the schema, or null when it conforms.</summary>
    public SchemaViolation? Check(JToken document) => Check(document, _root);

    private SchemaViolation? Check(JToken value, JObject schema)
    {
        if (schema["$ref"] is JValue reference)
        {
            var error = Check(value, Resolve((string)reference!));
            if (error is not null) return error;
        }

        if (schema["type"] is { } type && !HasType(value, type))
        {
            return new SchemaViolation(value, null, $"must be {DescribeTypes(type)}, not {Show(value)}", IsTypeError: true);
        }

        if (schema["enum"] is JArray allowed && !allowed.Any(a => JToken.DeepEquals(a, value)))
        {
            var choices = string.Join(", ", allowed.Select(a => a.Type == JTokenType.String ? (string)a! : a.ToString(Formatting.None)));
            return new SchemaViolation(value, null, $"{Show(value)} is not one of {choices}");
        }

        if (value.Type == JTokenType.String)
        {
            var text = (string)value!;
            if (schema["format"] is JValue { Value: "date" }
                && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return new SchemaViolation(value, null, $"must be a date as yyyy-MM-dd, not {Show(value)}");
            }

            if (schema["pattern"] is JValue pattern && !Pattern((string)pattern!).IsMatch(text))
            {
                return new SchemaViolation(value, null, $"{Show(value)} does not match {(string)pattern!}{Described(schema)}");
            }
        }

        if (schema["minimum"] is JValue minimum && value.Type is JTokenType.Integer or JTokenType.Float
            && (double)value < (double)minimum)
        {
            return new SchemaViolation(value, null, $"must be at least {minimum.ToString(Formatting.None)}, not {Show(value)}");
        }

        if (schema["maximum"] is JValue maximum && value.Type is JTokenType.Integer or JTokenType.Float
            && (double)value > (double)maximum)
        {
            return new SchemaViolation(value, null, $"must be at most {maximum.ToString(Formatting.None)}, not {Show(value)}");
        }

        if (value is JArray array)
        {
            if (schema["minItems"] is JValue minItems && array.Count < (int)minItems)
            {
                return new SchemaViolation(value, null, $"must hold at least {(int)minItems} items");
            }

            if (schema["items"] is JObject items)
            {
                foreach (var item in array)
                {
                    if (Check(item, items) is { } error) return error;
                }
            }
        }

        if (value is JObject record)
        {
            if (Properties(record, schema) is { } error) return error;
        }

        if (schema["oneOf"] is JArray choicesOf)
        {
            return OneOf(value, choicesOf);
        }

        return null;
    }

    private SchemaViolation? Properties(JObject record, JObject schema)
    {
        if (schema["required"] is JArray required)
        {
            foreach (var name in required.Select(r => (string)r!))
            {
                if (record[name] is null) return new SchemaViolation(record, name, $"field \"{name}\" is required");
            }
        }

        var properties = schema["properties"] as JObject;
        foreach (var property in record.Properties())
        {
            if (schema["propertyNames"] is JObject names && Check(new JValue(property.Name), names) is { } badName)
            {
                return new SchemaViolation(property.Value, property.Name, $"the key {badName.Message}");
            }

            if (properties?[property.Name] is JObject known)
            {
                if (Check(property.Value, known) is { } error) return error;
                continue;
            }

            switch (schema["additionalProperties"])
            {
                case JValue { Type: JTokenType.Boolean } allowed when !(bool)allowed:
                    return new SchemaViolation(property.Value, property.Name,
                        "not a field of the catalog format (see docs/catalog-format.md)");
                case JObject additional when Check(property.Value, additional) is { } error:
                    return error;
            }
        }

        return null;
    }

    private SchemaViolation? OneOf(JToken value, JArray choices)
    {
        var errors = new List<SchemaViolation>();
        foreach (var choice in choices.OfType<JObject>())
        {
            if (Check(value, choice) is { } error) errors.Add(error);
        }

        var matched = choices.Count - errors.Count;
        if (matched == 1) return null;
        if (matched > 1) return new SchemaViolation(value, null, $"{Show(value)} fits more than one of the allowed shapes");

        // The branch whose type fitted says what is wrong; when none fitted, list the types allowed.
        var closest = errors.FirstOrDefault(e => !(e.IsTypeError && ReferenceEquals(e.At, value)));
        if (closest is not null) return closest;
        var types = choices.OfType<JObject>().Select(c => c["type"] ?? Resolve((string?)c["$ref"] ?? "#")["type"]).OfType<JToken>();
        return new SchemaViolation(value, null, $"must be {string.Join(" or ", types.Select(DescribeTypes))}, not {Show(value)}", IsTypeError: true);
    }

    private JObject Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal) && reference != "#")
        {
            throw new InvalidOperationException($"catalog schema: only local references are supported, not {reference}");
        }

        JToken node = _root;
        foreach (var part in reference.Split('/').Skip(1))
        {
            node = node[part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)]
                   ?? throw new InvalidOperationException($"catalog schema: reference {reference} leads nowhere");
        }

        return node as JObject ?? throw new InvalidOperationException($"catalog schema: reference {reference} is not a schema");
    }

    private Regex Pattern(string pattern)
    {
        if (!_patterns.TryGetValue(pattern, out var regex))
        {
            // JSON Schema patterns are unanchored regular expressions with Unicode classes (\p{L}), as .NET reads them.
            regex = new Regex(pattern, RegexOptions.CultureInvariant);
            _patterns[pattern] = regex;
        }

        return regex;
    }

    private static bool HasType(JToken value, JToken type) => type is JArray types
        ? types.Any(t => HasType(value, (string)t!))
        : HasType(value, (string)type!);

    private static bool HasType(JToken value, string type) => type switch
    {
        "object" => value.Type == JTokenType.Object,
        "array" => value.Type == JTokenType.Array,
        "string" => value.Type == JTokenType.String,
        "integer" => value.Type == JTokenType.Integer || (value.Type == JTokenType.Float && Math.Floor((double)value) == (double)value),
        "number" => value.Type is JTokenType.Integer or JTokenType.Float,
        "boolean" => value.Type == JTokenType.Boolean,
        "null" => value.Type == JTokenType.Null,
        _ => throw new InvalidOperationException($"catalog schema: unknown type {type}"),
    };

    private static string DescribeTypes(JToken type) => type is JArray types
        ? string.Join(" or ", types.Select(t => DescribeType((string)t!)))
        : DescribeType((string)type!);

    private static string DescribeType(string type) => type switch
    {
        "object" => "an object",
        "array" => "an array",
        "integer" => "an integer",
        "null" => "null",
        _ => "a " + type,
    };

    private static string Described(JObject schema) =>
        schema["description"] is JValue description ? $" ({(string)description!})" : "";

    private static string Show(JToken value)
    {
        var text = value.ToString(Formatting.None);
        return text.Length > 60 ? text[..59] + "…" : text;
    }

    /// <summary>Every keyword of every subschema must be one the validator enforces or an annotation.</summary>
    private static void CheckKeywords(JObject schema, string path)
    {
        foreach (var property in schema.Properties())
        {
            if (!s_annotations.Contains(property.Name) && !s_assertions.Contains(property.Name))
            {
                throw new InvalidOperationException($"catalog schema: keyword \"{property.Name}\" at {path} is not enforced by the loader");
            }

            switch (property.Name)
            {
                case "$defs" or "properties":
                    foreach (var child in ((JObject)property.Value).Properties())
                    {
                        CheckKeywords((JObject)child.Value, $"{path}/{property.Name}/{child.Name}");
                    }

                    break;
                case "items" or "propertyNames":
                    CheckKeywords((JObject)property.Value, $"{path}/{property.Name}");
                    break;
                case "additionalProperties" when property.Value is JObject additional:
                    CheckKeywords(additional, $"{path}/additionalProperties");
                    break;
                case "oneOf":
                    var k = 0;
                    foreach (var choice in (JArray)property.Value) CheckKeywords((JObject)choice, $"{path}/oneOf/{k++}");
                    break;
                case "format" when (string?)property.Value != "date":
                    throw new InvalidOperationException($"catalog schema: format \"{property.Value}\" at {path} is not enforced by the loader");
            }
        }
    }
}

/// <summary>Where a document breaks the schema: the value at fault, the field when the value is absent, and why.</summary>
internal sealed record SchemaViolation(JToken At, string? Field, string Message, bool IsTypeError = false);
