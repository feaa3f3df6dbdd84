using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Citations.Core;

/// <summary>
/// The instruments the extractor knows: the built-in data plus any files a user adds.
/// Loading validates every record and reports the first problem with file, line and field.
/// </summary>
public sealed partial class InstrumentCatalog
{
    private readonly FrozenDictionary<string, Instrument> _byId;

    private InstrumentCatalog(ImmutableArray<Instrument> instruments, ImmutableArray<AmbiguousName> ambiguous)
    {
        Instruments = instruments;
        Ambiguous = ambiguous;
        _byId = instruments.ToFrozenDictionary(i => i.Id, StringComparer.Ordinal);
    }

    /// <summary>All instruments, sorted by id.</summary>
    public ImmutableArray<Instrument> Instruments { get; }

    public ImmutableArray<AmbiguousName> Ambiguous { get; }

    public int Count => Instruments.Length;

    public Instrument? Find(string id) => _byId.GetValueOrDefault(id);

    public bool Contains(string id) => _byId.ContainsKey(id);

    private static InstrumentCatalog? s_builtIn;

    /// <summary>The catalog embedded in this assembly.</summary>
    public static InstrumentCatalog BuiltIn => s_builtIn ??= Load([]);

    /// <summary>The built-in catalog plus the user's files, validated together.</summary>
    /// <exception cref="CitationsException">A file is unreadable or a record is invalid.</exception>
    public static InstrumentCatalog Load(IEnumerable<string> userFiles)
    {
        var instruments = new List<Instrument>();
        var ambiguous = new List<AmbiguousName>();
        var assembly = typeof(InstrumentCatalog).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith("Citations.Catalog.", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            ReadFile(reader, "built-in:" + resource["Citations.Catalog.".Length..], instruments, ambiguous);
        }

        foreach (var file in userFiles)
        {
            StreamReader reader;
            try
            {
                reader = new StreamReader(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                throw new CitationsException($"cannot read catalog file: {e.Message}", file);
            }

            using (reader)
            {
                ReadFile(reader, file, instruments, ambiguous);
            }
        }

        return Validate(instruments, ambiguous);
    }

    /// <summary>A catalog from JSON text, without the built-in data (for tests and tools).</summary>
    internal static InstrumentCatalog FromJson(string json, string origin = "<json>")
    {
        var instruments = new List<Instrument>();
        var ambiguous = new List<AmbiguousName>();
        ReadFile(new StringReader(json), origin, instruments, ambiguous);
        return Validate(instruments, ambiguous);
    }

    private static void ReadFile(TextReader text, string origin, List<Instrument> instruments, List<AmbiguousName> ambiguous)
    {
        JObject root;
        try
        {
            using var json = new JsonTextReader(text);
            root = JObject.Load(json, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
        }
        catch (JsonReaderException e)
        {
            throw new CitationsException($"invalid JSON: {StripPosition(e.Message)}", origin, e.LineNumber);
        }

        if (root["instruments"] is not JArray array)
        {
            throw Error(root, origin, "instruments", "an \"instruments\" array is required");
        }

        foreach (var token in array)
        {
            if (token is not JObject record)
            {
                throw Error(token, origin, "instruments", "each instrument must be a JSON object");
            }

            instruments.Add(ReadInstrument(record, origin));
        }

        if (root["ambiguous"] is JArray names)
        {
            foreach (var token in names)
            {
                if (token is not JObject entry)
                {
                    throw Error(token, origin, "ambiguous", "each entry must be an object with \"name\" and \"instruments\"");
                }

                var name = RequiredString(entry, origin, "name");
                var ids = StringArray(entry, origin, "instruments");
                if (ids.Length < 2)
                {
                    throw Error(entry, origin, "instruments", $"ambiguous name \"{name}\" must list at least two instruments");
                }

                ambiguous.Add(new AmbiguousName(name, ids) );
            }
        }
        else if (root["ambiguous"] is { Type: not JTokenType.Null } other)
        {
            throw Error(other, origin, "ambiguous", "must be an array");
        }
    }

    private static Instrument ReadInstrument(JObject record, string origin)
    {
        var id = RequiredString(record, origin, "id");
        if (!IdPattern().IsMatch(id))
        {
            throw Error(record["id"]!, origin, "id", $"\"{id}\" is not a valid id (upper-case letters, digits, '-', '/', '(', ')')");
        }

        var kindText = RequiredString(record, origin, "kind");
        if (!Enum.TryParse<InstrumentKind>(kindText, ignoreCase: true, out var kind) || !char.IsLetter(kindText[0]))
        {
            throw Error(record["kind"]!, origin, "kind",
                $"\"{kindText}\" is not one of treaty, protocol, declaration, resolution, statute, charter, collection");
        }

        var numbering = ArticleNumbering.Arabic;
        if (OptionalString(record, origin, "articleNumbering") is { } numberingText
            && !Enum.TryParse(numberingText, ignoreCase: true, out numbering))
        {
            throw Error(record["articleNumbering"]!, origin, "articleNumbering", $"\"{numberingText}\" is not arabic or roman");
        }

        var translations = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        if (record["translations"] is JObject byLanguage)
        {
            foreach (var property in byLanguage.Properties())
            {
                translations[property.Name] = StringArray(byLanguage, origin, property.Name);
            }
        }
        else if (record["translations"] is { Type: not JTokenType.Null } bad)
        {
            throw Error(bad, origin, "translations", "must be an object of language code to names");
        }

        var instrument = new Instrument
        {
            Id = id,
            Title = RequiredString(record, origin, "title"),
            Kind = kind,
            Adopted = RequiredDate(record, origin, "adopted"),
            EntryIntoForce = OptionalDate(record, origin, "entryIntoForce"),
            TreatySeries = OptionalString(record, origin, "treatySeries"),
            Symbol = OptionalString(record, origin, "symbol"),
            Parent = OptionalString(record, origin, "parent"),
            Members = StringArray(record, origin, "members"),
            CommonArticles = StringArray(record, origin, "commonArticles"),
            Names = StringArray(record, origin, "names"),
            Abbreviations = StringArray(record, origin, "abbreviations"),
            InformalNames = StringArray(record, origin, "informalNames"),
            ShortForms = StringArray(record, origin, "shortForms"),
            DefaultShortForms = StringArray(record, origin, "defaultShortForms"),
            Translations = translations.ToImmutable(),
            ArticleNumbering = numbering,
            Checked = OptionalString(record, origin, "checked"),
            Origin = origin,
        };

        if (instrument.Names.IsEmpty && instrument.Abbreviations.IsEmpty && instrument.InformalNames.IsEmpty)
        {
            throw Error(record, origin, "names", $"instrument {id} has no names, abbreviations or informal names");
        }

        if (instrument.Kind == InstrumentKind.Collection && instrument.Members.IsEmpty)
        {
            throw Error(record, origin, "members", $"collection {id} must list its members");
        }

        return instrument;
    }

    private static InstrumentCatalog Validate(List<Instrument> instruments, List<AmbiguousName> ambiguous)
    {
        var byId = new Dictionary<string, Instrument>(StringComparer.Ordinal);
        foreach (var instrument in instruments)
        {
            if (byId.TryGetValue(instrument.Id, out var first))
            {
                throw new CitationsException(
                    $"field \"id\": instrument {instrument.Id} is defined twice (first in {first.Origin})", instrument.Origin);
            }

            byId[instrument.Id] = instrument;
        }

        foreach (var instrument in instruments)
        {
            if (instrument.Parent is { } parent && !byId.ContainsKey(parent))
            {
                throw new CitationsException($"field \"parent\": instrument {instrument.Id} names unknown parent {parent}", instrument.Origin);
            }

            foreach (var member in instrument.Members.Where(m => !byId.ContainsKey(m)))
            {
                throw new CitationsException($"field \"members\": collection {instrument.Id} names unknown member {member}", instrument.Origin);
            }
        }

        var ambiguousKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in ambiguous)
        {
            foreach (var id in name.Instruments.Where(i => !byId.ContainsKey(i)))
            {
                throw new CitationsException($"field \"ambiguous\": \"{name.Name}\" names unknown instrument {id}");
            }

            ambiguousKeys.Add(NameKey(name.Name, caseSensitive: false));
        }

        // Every name must lead to one instrument; a name shared by two is a data error unless declared ambiguous.
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var instrument in instruments)
        {
            foreach (var (name, caseSensitive) in AllNames(instrument))
            {
                var key = NameKey(name, caseSensitive);
                if (key.Length == 0)
                {
                    throw new CitationsException($"instrument {instrument.Id} has an empty name", instrument.Origin);
                }

                if (ambiguousKeys.Contains(key))
                {
                    continue;
                }

                if (owners.TryGetValue(key, out var owner) && owner != instrument.Id)
                {
                    throw new CitationsException(
                        $"name \"{name}\" belongs to both {owner} and {instrument.Id}; list it under \"ambiguous\" or remove one",
                        instrument.Origin);
                }

                owners[key] = instrument.Id;
            }
        }

        var sorted = instruments.OrderBy(i => i.Id, StringComparer.Ordinal).ToImmutableArray();
        return new InstrumentCatalog(sorted, [.. ambiguous]);
    }

    /// <summary>Every name an instrument answers to, with whether it is matched case-sensitively.</summary>
    internal static IEnumerable<(string Name, bool CaseSensitive)> AllNames(Instrument instrument)
    {
        foreach (var name in instrument.Names) yield return (name, false);
        foreach (var name in instrument.InformalNames) yield return (name, false);
        foreach (var name in instrument.Abbreviations) yield return (name, true);
        foreach (var names in instrument.Translations.Values)
        {
            foreach (var name in names) yield return (name, false);
        }
    }

    private static string NameKey(string name, bool caseSensitive)
    {
        var words = Extraction.TextNormalizer.Words(name);
        return (caseSensitive ? "A:" : "N:") + string.Join(' ', caseSensitive ? words : words.Select(w => w.ToLowerInvariant()));
    }

    private static string RequiredString(JObject record, string origin, string field)
    {
        var value = OptionalString(record, origin, field);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Error(record, origin, field, $"field \"{field}\" is required");
        }

        return value;
    }

    private static string? OptionalString(JObject record, string origin, string field)
    {
        var token = record[field];
        if (token is null || token.Type == JTokenType.Null) return null;
        if (token.Type != JTokenType.String)
        {
            throw Error(token, origin, field, $"field \"{field}\" must be a string");
        }

        return (string)token!;
    }

    private static string RequiredDate(JObject record, string origin, string field) =>
        OptionalDate(record, origin, field) ?? throw Error(record, origin, field, $"field \"{field}\" is required");

    private static string? OptionalDate(JObject record, string origin, string field)
    {
        var token = record[field];
        if (token is null || token.Type == JTokenType.Null) return null;
        var text = token.Type == JTokenType.Date
            ? ((DateTime)token).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : token.Type == JTokenType.String ? (string)token! : null;
        if (text is null || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            throw Error(token, origin, field, $"field \"{field}\" must be a date as yyyy-MM-dd, not {token.ToString(Formatting.None)}");
        }

        return text;
    }

    private static ImmutableArray<string> StringArray(JObject record, string origin, string field)
    {
        var token = record[field];
        if (token is null || token.Type == JTokenType.Null) return [];
        if (token is not JArray array)
        {
            throw Error(token, origin, field, $"field \"{field}\" must be an array of strings");
        }

        var builder = ImmutableArray.CreateBuilder<string>(array.Count);
        foreach (var item in array)
        {
            if (item.Type != JTokenType.String || string.IsNullOrWhiteSpace((string?)item))
            {
                throw Error(item, origin, field, $"field \"{field}\" must hold non-empty strings");
            }

            builder.Add((string)item!);
        }

        return builder.MoveToImmutable();
    }

    private static CitationsException Error(JToken token, string origin, string field, string message)
    {
        var line = token is IJsonLineInfo info && info.HasLineInfo() ? info.LineNumber : (int?)null;
        var id = (token as JObject ?? token.Parent?.Parent as JObject ?? token.Parent?.Parent?.Parent as JObject)?["id"]?.ToString();
        var where = id is null ? "" : $" (instrument {id})";
        return new CitationsException(message.Contains($"\"{field}\"", StringComparison.Ordinal) ? message + where : $"field \"{field}\": {message}{where}", origin, line);
    }

    private static string StripPosition(string message)
    {
        var index = message.IndexOf(" Path '", StringComparison.Ordinal);
        return index < 0 ? message : message[..index];
    }

    [GeneratedRegex(@"^[A-Z0-9][A-Z0-9\-/().]*$")]
    private static partial Regex IdPattern();
}
