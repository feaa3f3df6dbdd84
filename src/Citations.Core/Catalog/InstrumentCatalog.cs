using System.Collections.Frozen;
using System.Collections.Immutable;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Citations.Core;

/// <summary>
/// The instruments the extractor knows: the built-in data plus any files a user adds.
/// Loading validates every record and reports the first problem with file, line and field.
/// </summary>
public sealed class InstrumentCatalog
{
    private readonly FrozenDictionary<string, Instrument> _byId;
    private readonly FrozenDictionary<string, Instrument> _bySymbol;

    private InstrumentCatalog(ImmutableArray<Instrument> instruments, ImmutableArray<AmbiguousName> ambiguous)
    {
        Instruments = instruments;
        Ambiguous = ambiguous;
        _byId = instruments.ToFrozenDictionary(i => i.Id, StringComparer.Ordinal);
        _bySymbol = instruments.Where(i => i.Symbol is not null).ToFrozenDictionary(i => i.Symbol!, StringComparer.Ordinal);
    }

    /// <summary>All instruments, sorted by id.</summary>
    public ImmutableArray<Instrument> Instruments { get; }

    public ImmutableArray<AmbiguousName> Ambiguous { get; }

    public int Count => Instruments.Length;

    public Instrument? Find(string id) => _byId.GetValueOrDefault(id);

    public bool Contains(string id) => _byId.ContainsKey(id);

    /// <summary>
    /// The instrument a UN document symbol stands for: the one keyed by it (resolutions.json), or the
    /// one that names it as its <see cref="Instrument.Symbol"/> ("A/RES/217(III)" → UDHR).
    /// </summary>
    public Instrument? FindBySymbol(string symbol) => _byId.GetValueOrDefault(symbol) ?? _bySymbol.GetValueOrDefault(symbol);

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
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            var origin = "built-in:" + resource["Citations.Catalog.".Length..];
            // The built-in files are checked against the schema by the tests (CatalogSchemaTests), not at every
            // start: the check cost a tenth of the start-up time. A user's file is always checked.
            ReadFile(Decode(bytes.ToArray(), origin), origin, instruments, ambiguous, checkSchema: false);
        }

        foreach (var file in userFiles)
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                throw new CitationsException($"cannot read catalog file: {e.Message}", file);
            }

            ReadFile(Decode(bytes, file), file, instruments, ambiguous);
        }

        return Validate(instruments, ambiguous);
    }

    /// <summary>A catalog from JSON text, without the built-in data (for tests and tools).</summary>
    internal static InstrumentCatalog FromJson(string json, string origin = "<json>")
    {
        var instruments = new List<Instrument>();
        var ambiguous = new List<AmbiguousName>();
        ReadFile(json, origin, instruments, ambiguous);
        return Validate(instruments, ambiguous);
    }

    /// <summary>A catalog file's text; bytes that are not UTF-8 are refused, never replaced.</summary>
    private static string Decode(byte[] bytes, string origin) =>
        Ingest.Utf8Input.TryDecodeDocument(bytes, out var text, out var line, out var error)
            ? text
            : throw new CitationsException($"not UTF-8: {error}", origin, line);

    /// <summary>Parses one file, checks it against the schema (unless it is known to conform), and adds its records.</summary>
    internal static void ReadFile(string text, string origin, List<Instrument> instruments, List<AmbiguousName> ambiguous, bool checkSchema = true)
    {
        JObject root;
        try
        {
            using var json = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
            root = JObject.Load(json, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
            // Nothing but whitespace and comments may follow the object.
            while (json.Read())
            {
                if (json.TokenType != JsonToken.Comment)
                {
                    throw new CitationsException("invalid JSON: text after the end of the catalog object", origin, json.LineNumber);
                }
            }
        }
        catch (JsonReaderException e)
        {
            throw new CitationsException($"invalid JSON: {StripPosition(e.Message)}", origin, e.LineNumber);
        }

        if (checkSchema && CatalogSchema.BuiltIn.Check(root) is { } violation)
        {
            throw Error(violation.At, origin, violation.Field, violation.Message);
        }

        foreach (var record in ((JArray)root["instruments"]!).Cast<JObject>())
        {
            instruments.Add(ReadInstrument(record, origin));
        }

        foreach (var entry in (root["ambiguous"] as JArray ?? []).Cast<JObject>())
        {
            ambiguous.Add(new AmbiguousName((string)entry["name"]!, StringArray(entry, "instruments"))
            {
                ByDate = (bool?)entry["byDate"] ?? false,
                Origin = origin,
            });
        }
    }

    /// <summary>One record, already known to fit the schema; checks what the schema cannot say.</summary>
    private static Instrument ReadInstrument(JObject record, string origin)
    {
        var id = (string)record["id"]!;
        var kind = Enum.Parse<InstrumentKind>((string)record["kind"]!, ignoreCase: true);
        var numbering = record["articleNumbering"] is JValue { Value: string numberingText }
            ? Enum.Parse<ArticleNumbering>(numberingText, ignoreCase: true)
            : ArticleNumbering.Arabic;

        var translations = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        if (record["translations"] is JObject byLanguage)
        {
            foreach (var property in byLanguage.Properties())
            {
                translations[property.Name] = StringArray(byLanguage, property.Name);
            }
        }

        var treatySeries = record["treatySeries"] switch
        {
            JArray references => StringArray(record, "treatySeries"),
            JValue { Value: string reference } => [reference],
            _ => ImmutableArray<string>.Empty,
        };
        var earlierTitles = StringArray(record, "earlierTitles");
        var parent = OptionalString(record, "parent");
        var ordinal = record["ordinal"] is JValue { Type: JTokenType.Integer or JTokenType.Float } number ? (int?)(long)number : null;
        var articleCount = record["articleCount"] is JValue { Type: JTokenType.Integer or JTokenType.Float } count ? (int?)(long)count : null;

        var instrument = new Instrument
        {
            Id = id,
            Title = (string)record["title"]!,
            Kind = kind,
            Adopted = (string)record["adopted"]!,
            EntryIntoForce = OptionalString(record, "entryIntoForce"),
            TreatySeries = treatySeries.IsEmpty ? null : treatySeries[0],
            TreatySeriesReferences = treatySeries,
            Symbol = OptionalString(record, "symbol"),
            Parent = parent,
            Ordinal = ordinal,
            Members = StringArray(record, "members"),
            CommonArticles = StringArray(record, "commonArticles"),
            // Earlier titles are matched like names: folded in here, so every reader of names sees them.
            Names = [.. StringArray(record, "names").Concat(earlierTitles).Distinct(StringComparer.Ordinal)],
            EarlierTitles = earlierTitles,
            Abbreviations = StringArray(record, "abbreviations"),
            InformalNames = StringArray(record, "informalNames"),
            ShortForms = StringArray(record, "shortForms"),
            DefaultShortForms = StringArray(record, "defaultShortForms"),
            Translations = translations.ToImmutable(),
            AdoptedAt = record["adoptedAt"] is JObject occasion ? ReadOccasion(occasion) : null,
            ArticleNumbering = numbering,
            ArticleNumberingStated = record["articleNumbering"] is JValue { Value: string },
            ArticleCount = articleCount,
            Depositary = OptionalString(record, "depositary"),
            Checked = OptionalString(record, "checked"),
            Unverified = OptionalString(record, "unverified"),
            NotAnInstrument = OptionalString(record, "notAnInstrument"),
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

        if (instrument.Ordinal is not null && instrument.Parent is null)
        {
            throw Error(record["ordinal"]!, origin, "ordinal", $"only a protocol or amendment with a \"parent\" has an ordinal");
        }

        if (instrument.AdoptedAt is { Names.IsEmpty: true, SpecialSession: null, Places.IsEmpty: true })
        {
            throw Error(record["adoptedAt"]!, origin, "adoptedAt", "an occasion needs names, a special session or places");
        }

        if (instrument.EntryIntoForce is { } inForce && string.CompareOrdinal(inForce, instrument.Adopted) < 0)
        {
            throw Error(record["entryIntoForce"]!, origin, "entryIntoForce", $"entry into force {inForce} is before adoption {instrument.Adopted}");
        }

        return instrument;
    }

    private static AdoptionOccasion ReadOccasion(JObject occasion) => new()
    {
        Names = StringArray(occasion, "names"),
        SpecialSession = occasion["specialSession"] is JValue { Type: JTokenType.Integer } number ? (int)(long)number : null,
        Places = StringArray(occasion, "places"),
    };

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

        RejectCycles(instruments, byId);

        // A symbol leads to one instrument: its own entry in resolutions.json, or the one instrument naming it.
        var symbols = new Dictionary<string, Instrument>(StringComparer.Ordinal);
        foreach (var instrument in instruments.Where(i => i.Symbol is not null))
        {
            var symbol = instrument.Symbol!;
            if (byId.TryGetValue(symbol, out var keyed) && keyed != instrument)
            {
                throw new CitationsException(
                    $"field \"symbol\": {symbol} of instrument {instrument.Id} is the id of instrument {keyed.Id} (in {keyed.Origin}); keep one entry",
                    instrument.Origin);
            }

            if (!symbols.TryAdd(symbol, instrument))
            {
                throw new CitationsException(
                    $"field \"symbol\": {symbol} is given by both {symbols[symbol].Id} and {instrument.Id}", instrument.Origin);
            }
        }

        var ambiguousKeys = new HashSet<string>(StringComparer.Ordinal);
        var seriesOf = new Dictionary<string, AmbiguousName>(StringComparer.Ordinal);
        foreach (var name in ambiguous)
        {
            foreach (var id in name.Instruments.Where(i => !byId.ContainsKey(i)))
            {
                throw new CitationsException($"field \"ambiguous\": \"{name.Name}\" names unknown instrument {id}", name.Origin);
            }

            // A date tells successive instruments apart by year only: two of one year would be a guess.
            if (name.ByDate && name.Instruments.GroupBy(i => byId[i].Adopted[..4], StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } sameYear)
            {
                throw new CitationsException(
                    $"field \"byDate\": \"{name.Name}\" lists {string.Join(" and ", sameYear)}, all adopted in {sameYear.Key}, which a statement's date cannot tell apart",
                    name.Origin);
            }

            // The extractor knows a series by its candidates, so one list of candidates is a series or not, whatever its name.
            var candidates = string.Join(' ', name.Instruments);
            if (seriesOf.TryGetValue(candidates, out var other) && other.ByDate != name.ByDate)
            {
                throw new CitationsException(
                    $"field \"byDate\": \"{name.Name}\" and \"{other.Name}\" list the same instruments, so both or neither must be \"byDate\"",
                    name.Origin);
            }

            seriesOf.TryAdd(candidates, name);
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

    /// <summary>
    /// A protocol cannot be its own ancestor, nor a collection its own member: either would send the
    /// graph builder, which adds parents and collections recursively, round in a circle.
    /// </summary>
    private static void RejectCycles(List<Instrument> instruments, Dictionary<string, Instrument> byId)
    {
        foreach (var instrument in instruments)
        {
            var chain = new List<string> { instrument.Id };
            for (var parent = instrument.Parent; parent is not null; parent = byId[parent].Parent)
            {
                var seen = chain.Contains(parent);
                chain.Add(parent);
                if (seen)
                {
                    throw new CitationsException(
                        $"field \"parent\": instrument {instrument.Id} is its own ancestor: {string.Join(" → ", chain[chain.IndexOf(parent)..])} (parents may not form a cycle)",
                        instrument.Origin);
                }
            }
        }

        foreach (var collection in instruments.Where(i => !i.Members.IsEmpty))
        {
            if (MemberPathBack(collection.Id, collection, byId, [collection.Id]) is { } path)
            {
                throw new CitationsException(
                    $"field \"members\": collection {collection.Id} contains itself: {string.Join(" → ", path)} (memberships may not form a cycle)",
                    collection.Origin);
            }
        }
    }

    /// <summary>The path from a collection through members back to <paramref name="start"/>, if there is one.</summary>
    private static List<string>? MemberPathBack(string start, Instrument collection, Dictionary<string, Instrument> byId, List<string> path)
    {
        foreach (var member in collection.Members)
        {
            if (member == start) return [.. path, member];
            if (path.Contains(member) || byId[member].Members.IsEmpty) continue;
            if (MemberPathBack(start, byId[member], byId, [.. path, member]) is { } found) return found;
        }

        return null;
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

    private static string? OptionalString(JObject record, string field) =>
        record[field] is JValue { Value: string text } ? text : null;

    private static ImmutableArray<string> StringArray(JObject record, string field) =>
        record[field] is JArray array ? [.. array.Select(item => (string)item!)] : [];

    /// <summary>An error naming the file, the line, the instrument and the field (its path inside the record).</summary>
    private static CitationsException Error(JToken token, string origin, string? field, string message)
    {
        var line = token is IJsonLineInfo info && info.HasLineInfo() ? info.LineNumber : (int?)null;
        var record = token.AncestorsAndSelf().OfType<JObject>()
            .FirstOrDefault(o => o.Parent is JArray { Parent: JProperty { Name: "instruments" or "ambiguous" } });
        var where = record?["id"] is JValue { Value: string id } ? $" (instrument {id})"
            : record?["name"] is JValue { Value: string name } ? $" (ambiguous name \"{name}\")"
            : "";
        var path = record is null ? token.Path : token == record ? "" : token.Path[(record.Path.Length + 1)..];
        if (field is not null && !path.EndsWith(field, StringComparison.Ordinal)) path = path.Length == 0 ? field : $"{path}.{field}";
        if (path.Length == 0) return new CitationsException(message + where, origin, line);
        return new CitationsException(
            message.StartsWith($"field \"{path}\"", StringComparison.Ordinal) ? message + where : $"field \"{path}\": {message}{where}", origin, line);
    }

    private static string StripPosition(string message)
    {
        var index = message.IndexOf(" Path '", StringComparison.Ordinal);
        return index < 0 ? message : message[..index];
    }

}
