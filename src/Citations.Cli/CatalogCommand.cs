using System.CommandLine;
using Citations.Core;
using Newtonsoft.Json;

namespace Citations.Cli;

/// <summary>`citations catalog`: the instruments the extractor knows.</summary>
internal static class CatalogCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string?>("id")
        {
            Description = "Show one instrument in full: its id in any case (ICCPR, iccpr), an abbreviation or a name (\"genocide convention\").",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = new Option<string>("--format")
        {
            Description = "table (readable) or json (the whole catalog in the catalog file format).",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json");
        var catalogFiles = CommonOptions.Catalog();

        var command = new Command("catalog", "List the instruments in the catalog, or show one.") { id, format, catalogFiles };
        command.SetAction(result =>
        {
            var catalog = CommonOptions.LoadCatalog(result.GetValue(catalogFiles));
            var wanted = result.GetValue(id);
            IReadOnlyList<Instrument> instruments = catalog.Instruments;
            if (wanted is not null)
            {
                var match = InstrumentLookup.For(catalog).Find(wanted);
                var found = match.Id is null ? null : catalog.Find(match.Id);
                if (found is null)
                {
                    console.Error.WriteLine($"citations: no instrument \"{wanted}\" in the catalog{InstrumentLookup.DidYouMean(match.Suggestions)}; '{CommandName.Current} catalog' lists them.");
                    return ExitCodes.Usage;
                }

                instruments = [found];
            }

            if (result.GetValue(format) == "json") WriteJson(console.Out, instruments, wanted is null ? catalog.Ambiguous : []);
            else if (wanted is not null) WriteDetail(console.Out, instruments[0]);
            else WriteTable(console.Out, instruments);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteTable(TextWriter output, IReadOnlyList<Instrument> instruments)
    {
        var idWidth = instruments.Max(i => i.Id.Length);
        output.WriteLine($"{"ID".PadRight(idWidth)}  {"KIND",-11}  {"ADOPTED",-10}  TITLE");
        foreach (var i in instruments)
        {
            var title = i.Title.Length > 90 ? i.Title[..89] + "…" : i.Title;
            output.WriteLine($"{i.Id.PadRight(idWidth)}  {i.Kind.ToString().ToLowerInvariant(),-11}  {i.Adopted,-10}  {title}");
        }

        output.WriteLine($"{instruments.Count} instruments. '{CommandName.Current} catalog ID' shows one in full.");
    }

    private static void WriteDetail(TextWriter output, Instrument i)
    {
        void Line(string label, string? value)
        {
            if (!string.IsNullOrEmpty(value)) output.WriteLine($"{label,-16}{value}");
        }

        Line("id", i.Id);
        Line("title", i.Title);
        Line("kind", i.Kind.ToString().ToLowerInvariant());
        Line("adopted", i.Adopted);
        Line("in force", i.EntryIntoForce);
        Line("treaty series", string.Join("; ", i.TreatySeriesReferences));
        Line("depositary", i.Depositary);
        Line("symbol", i.Symbol);
        Line("parent", i.Parent);
        Line("ordinal", i.Ordinal?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Line("members", string.Join(", ", i.Members));
        Line("names", string.Join("; ", i.Names));
        Line("earlier titles", string.Join("; ", i.EarlierTitles));
        Line("abbreviations", string.Join(", ", i.Abbreviations));
        Line("informal names", string.Join("; ", i.InformalNames));
        Line("short forms", string.Join(", ", i.ShortForms));
        foreach (var (language, names) in i.Translations.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            Line($"names ({language})", string.Join("; ", names));
        }

        if (i.AdoptedAt is { } occasion)
        {
            var session = occasion.SpecialSession is { } number ? [$"special session {number.ToString(System.Globalization.CultureInfo.InvariantCulture)}"] : System.Array.Empty<string>();
            Line("adopted at", string.Join("; ", occasion.Names.Concat(session).Concat(occasion.Places)));
        }

        Line("articles", i.ArticleNumbering == ArticleNumbering.Roman ? "numbered in Roman numerals" : null);
        Line("checked", i.Checked);
        Line("unverified", i.Unverified);
        Line("not reported", i.NotAnInstrument);
        Line("from", i.Origin);
    }

    private static void WriteJson(TextWriter output, IReadOnlyList<Instrument> instruments, IReadOnlyList<AmbiguousName> ambiguous)
    {
        using var json = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false };
        json.WriteStartObject();
        json.WritePropertyName("instruments");
        json.WriteStartArray();
        foreach (var i in instruments)
        {
            json.WriteStartObject();
            Property(json, "id", i.Id);
            Property(json, "title", i.Title);
            Property(json, "kind", i.Kind.ToString().ToLowerInvariant());
            Property(json, "adopted", i.Adopted);
            Property(json, "entryIntoForce", i.EntryIntoForce);
            if (i.TreatySeriesReferences.Length > 1) Array(json, "treatySeries", i.TreatySeriesReferences);
            else Property(json, "treatySeries", i.TreatySeries);
            Property(json, "depositary", i.Depositary);
            Property(json, "symbol", i.Symbol);
            Property(json, "parent", i.Parent);
            if (i.Ordinal is { } ordinal)
            {
                json.WritePropertyName("ordinal");
                json.WriteValue(ordinal);
            }

            Array(json, "members", i.Members);
            // Earlier titles are folded into the names at load; written once, under their own field.
            Array(json, "names", i.Names.Except(i.EarlierTitles, StringComparer.Ordinal));
            Array(json, "earlierTitles", i.EarlierTitles);
            Array(json, "abbreviations", i.Abbreviations);
            Array(json, "informalNames", i.InformalNames);
            Array(json, "shortForms", i.ShortForms);
            if (!i.Translations.IsEmpty)
            {
                json.WritePropertyName("translations");
                json.WriteStartObject();
                foreach (var (language, names) in i.Translations.OrderBy(t => t.Key, StringComparer.Ordinal)) Array(json, language, names);
                json.WriteEndObject();
            }

            if (i.AdoptedAt is { } occasion)
            {
                json.WritePropertyName("adoptedAt");
                json.WriteStartObject();
                Array(json, "names", occasion.Names);
                if (occasion.SpecialSession is { } number)
                {
                    json.WritePropertyName("specialSession");
                    json.WriteValue(number);
                }

                Array(json, "places", occasion.Places);
                json.WriteEndObject();
            }

            Property(json, "articleNumbering", i.ArticleNumbering == ArticleNumbering.Roman ? "roman" : null);
            Property(json, "checked", i.Checked);
            Property(json, "unverified", i.Unverified);
            Property(json, "notAnInstrument", i.NotAnInstrument);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (ambiguous.Count > 0)
        {
            json.WritePropertyName("ambiguous");
            json.WriteStartArray();
            foreach (var name in ambiguous)
            {
                json.WriteStartObject();
                Property(json, "name", name.Name);
                Array(json, "instruments", name.Instruments);
                if (name.ByDate)
                {
                    json.WritePropertyName("byDate");
                    json.WriteValue(true);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.Flush();
        output.WriteLine();
    }

    private static void Property(JsonWriter json, string name, string? value)
    {
        if (value is null) return;
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    private static void Array(JsonWriter json, string name, IEnumerable<string> values)
    {
        var list = values.ToList();
        if (list.Count == 0) return;
        json.WritePropertyName(name);
        json.WriteStartArray();
        foreach (var value in list) json.WriteValue(value);
        json.WriteEndArray();
    }
}
