using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Citations.Core.Graph;
using Newtonsoft.Json;

namespace Citations.Core.Tests.Graph;

/// <summary>
/// Hand-built extraction results modelled on real statements, and a small catalog, shared by the graph
/// tests and (linked) by the export tests. Nothing here depends on the built-in catalog.
/// </summary>
internal static class GraphFixtures
{
    public const string SeedId = "000_61a26d28c61a68b3";

    /// <summary>Facts from the UN Treaty Collection; IBHR (the International Bill of Human Rights) is a
    /// collection made up for these tests to give ICCPR a collection and ICCPR-OP2 a chain of two.</summary>
    public const string CatalogJson = """
        {
          "instruments": [
            { "id": "ICCPR", "title": "International Covenant on Civil and Political Rights", "kind": "treaty",
              "adopted": "1966-12-16", "entryIntoForce": "1976-03-23", "treatySeries": "999 UNTS 171",
              "names": ["International Covenant on Civil and Political Rights"], "abbreviations": ["ICCPR"], "shortForms": ["Covenant"] },
            { "id": "ICCPR-OP2", "title": "Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty",
              "kind": "protocol", "adopted": "1989-12-15", "entryIntoForce": "1991-07-11", "treatySeries": "1642 UNTS 414", "parent": "ICCPR",
              "names": ["Second Optional Protocol to the International Covenant on Civil and Political Rights"] },
            { "id": "ICESCR", "title": "International Covenant on Economic, Social and Cultural Rights", "kind": "treaty",
              "adopted": "1966-12-16", "entryIntoForce": "1976-01-03", "treatySeries": "993 UNTS 3",
              "names": ["International Covenant on Economic, Social and Cultural Rights"], "abbreviations": ["ICESCR"] },
            { "id": "UDHR", "title": "Universal Declaration of Human Rights", "kind": "declaration", "adopted": "1948-12-10",
              "names": ["Universal Declaration of Human Rights"], "abbreviations": ["UDHR"] },
            { "id": "IBHR", "title": "International Bill of Human Rights", "kind": "collection", "adopted": "1966-12-16",
              "members": ["UDHR", "ICCPR", "ICESCR"], "names": ["International Bill of Human Rights"] },
            { "id": "ICERD", "title": "International Convention on the Elimination of All Forms of Racial Discrimination", "kind": "treaty",
              "adopted": "1965-12-21", "entryIntoForce": "1969-01-04", "treatySeries": "660 UNTS 195",
              "names": ["International Convention on the Elimination of All Forms of Racial Discrimination"], "abbreviations": ["ICERD"] },
            { "id": "CAT", "title": "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", "kind": "treaty",
              "adopted": "1984-12-10", "entryIntoForce": "1987-06-26", "treatySeries": "1465 UNTS 85",
              "names": ["Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"], "abbreviations": ["CAT"] },
            { "id": "CRC", "title": "Convention on the Rights of the Child", "kind": "treaty",
              "adopted": "1989-11-20", "entryIntoForce": "1990-09-02", "treatySeries": "1577 UNTS 3",
              "names": ["Convention on the Rights of the Child"], "abbreviations": ["CRC"] },
            { "id": "GENOCIDE", "title": "Convention on the Prevention and Punishment of the Crime of Genocide", "kind": "treaty",
              "adopted": "1948-12-09", "entryIntoForce": "1951-01-12", "treatySeries": "78 UNTS 277",
              "names": ["Convention on the Prevention and Punishment of the Crime of Genocide"], "informalNames": ["Genocide Convention"] },
            { "id": "GC-I", "title": "Geneva Convention for the Amelioration of the Condition of the Wounded and Sick in Armed Forces in the Field",
              "kind": "treaty", "adopted": "1949-08-12", "entryIntoForce": "1950-10-21", "treatySeries": "75 UNTS 31",
              "names": ["Geneva Convention for the Amelioration of the Condition of the Wounded and Sick in Armed Forces in the Field"], "abbreviations": ["GCI"] },
            { "id": "GC-II", "title": "Geneva Convention for the Amelioration of the Condition of Wounded, Sick and Shipwrecked Members of Armed Forces at Sea",
              "kind": "treaty", "adopted": "1949-08-12", "entryIntoForce": "1950-10-21", "treatySeries": "75 UNTS 85",
              "names": ["Geneva Convention for the Amelioration of the Condition of Wounded, Sick and Shipwrecked Members of Armed Forces at Sea"], "abbreviations": ["GCII"] },
            { "id": "GC-III", "title": "Geneva Convention relative to the Treatment of Prisoners of War",
              "kind": "treaty", "adopted": "1949-08-12", "entryIntoForce": "1950-10-21", "treatySeries": "75 UNTS 135",
              "names": ["Geneva Convention relative to the Treatment of Prisoners of War"], "abbreviations": ["GCIII"] },
            { "id": "GC-IV", "title": "Geneva Convention relative to the Protection of Civilian Persons in Time of War",
              "kind": "treaty", "adopted": "1949-08-12", "entryIntoForce": "1950-10-21", "treatySeries": "75 UNTS 287",
              "names": ["Geneva Convention relative to the Protection of Civilian Persons in Time of War"], "abbreviations": ["GCIV"] },
            { "id": "GC-1949", "title": "Geneva Conventions of 12 August 1949", "kind": "collection", "adopted": "1949-08-12",
              "members": ["GC-I", "GC-II", "GC-III", "GC-IV"],
              "names": ["Geneva Conventions of 12 August 1949", "Geneva Conventions for the Protection of War Victims"] }
          ]
        }
        """;

    private static InstrumentCatalog? s_catalog;

    public static InstrumentCatalog Catalog => s_catalog ??= InstrumentCatalog.FromJson(CatalogJson, "<graph tests>");

    /// <summary>The seed statement's text (front matter removed).</summary>
    public static string SeedText
    {
        get
        {
            var text = File.ReadAllText(Path.Combine(RepositoryRoot, "seeds", SeedId + ".txt")).ReplaceLineEndings("\n");
            var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
            return text[(end + 5)..];
        }
    }

    public static readonly StatementMetadata SeedMetadata = new()
    {
        Title = "Statement of the Commissioner for Human Rights (Ombudsperson) of Azerbaijan on the 34th anniversary of the Khojaly events",
        Date = "2026-02-23",
        Issuer = "Commissioner for Human Rights (Ombudsperson) of the Republic of Azerbaijan",
        Source = "MENAFN - Trend News Agency",
        Language = "en",
    };

    /// <summary>The seed: seven instruments named by title in one sentence.</summary>
    public static ExtractionResult Seed()
    {
        var text = SeedText;
        return new ExtractionResult(new Statement(SeedId, text, SeedMetadata),
        [
            At(text, "International Covenant on Civil and Political Rights", "ICCPR", 0.98),
            At(text, "International Covenant on Economic, Social and Cultural Rights", "ICESCR", 0.98),
            At(text, "International Convention on the Elimination of All Forms of Racial Discrimination", "ICERD", 0.98),
            At(text, "Convention against torture and other cruel, inhuman or degrading treatment or punishment", "CAT", 0.95),
            At(text, "Convention on the Rights of the Child", "CRC", 0.98),
            At(text, "Convention on the Prevention and Punishment of the Crime of Genocide", "GENOCIDE", 0.98),
            At(text, "Geneva Conventions for the Protection of War Victims", "GC-1949", 0.9),
        ]);
    }

    public const string CommitteeId = "ccpr-views-2019-example";

    /// <summary>Phrasing of the Human Rights Committee's views: the Covenant named, then pinpointed twice.</summary>
    public const string CommitteeText =
        "The Committee recalls that article 6 (1) of the International Covenant on Civil and Political Rights protects the right to life. "
        + "It considers that the State party has violated article 6 (1) and article 7 of the Covenant, read alone and in conjunction with article 2 (3) (a). "
        + "The State party is invited to become a party to the Second Optional Protocol to the International Covenant on Civil and Political Rights "
        + "and to respect the Geneva Convention relative to the Treatment of Prisoners of War and Security Council resolution 822 (1993).";

    public static ExtractionResult Committee(string id = CommitteeId, StatementMetadata? metadata = null)
    {
        var text = CommitteeText;
        return new ExtractionResult(new Statement(id, text, metadata ?? new StatementMetadata
        {
            Title = "Views adopted by the Committee under article 5 (4) of the Optional Protocol",
            Date = "2019-07",
            Issuer = "UN Human Rights Committee",
            Source = "OHCHR",
            Url = "https://www.ohchr.org/en/treaty-bodies/ccpr",
            Language = "en",
        }),
        [
            At(text, "article 6 (1) of the International Covenant on Civil and Political Rights", "ICCPR", 0.97, ["6(1)"]),
            At(text, "article 6 (1) and article 7 of the Covenant", "ICCPR", 0.85, ["6(1)", "7"], MentionKind.ShortForm),
            At(text, "article 2 (3) (a)", "ICCPR", 0.7, ["2(3)(a)"], MentionKind.Pinpoint),
            At(text, "Second Optional Protocol to the International Covenant on Civil and Political Rights", "ICCPR-OP2", 0.96),
            At(text, "Geneva Convention relative to the Treatment of Prisoners of War", "GC-III", 0.96),
            At(text, "Security Council resolution 822 (1993)", "S/RES/822(1993)", 0.99, [], MentionKind.Resolution,
                "Security Council resolution 822 (1993)", InstrumentKind.Resolution),
        ]);
    }

    /// <summary>Every character that has broken an exporter somewhere: quotes, backslashes, Cypher comment and
    /// parameter syntax, XML markup, line breaks, NUL and other controls, the unit separator, non-BMP characters.</summary>
    public const string Hostile =
        "O'Brien said \"no\" \\ back\\slash\\ `tick` */ /* // ; -- $param {a: 1} [x] <b>&amp;</b> ]]> \n line\r\n crlf\r cr\t tab "
        + "\u0000 nul \u0001\u0008\u000B\u000C\u001B\u001F\u007F\u0085 ctrl \u2028\u2029 é ü 日本語 العربية 🙂 \uFEFF end\\";

    public const string HostileId = "hostile/'1'\\ ;\"`*/";

    /// <summary>A statement with hostile text in every field, an uncatalogued instrument with a hostile id and title,
    /// and a hostile pinpoint.</summary>
    public static ExtractionResult HostileStatement()
    {
        var text = "Before " + Hostile + " the " + Hostile + " Convention " + Hostile + ", article 6 (1), after.";
        var start = text.IndexOf(Hostile + " Convention", StringComparison.Ordinal);
        var surface = Hostile + " Convention";
        var metadata = new StatementMetadata
        {
            Title = "Title " + Hostile,
            Date = "1990",
            Issuer = "Issuer " + Hostile,
            Source = "Source " + Hostile,
            Url = "https://example.org/?q='\"<>&" + Hostile,
            Language = "x-" + Hostile,
        };
        return new ExtractionResult(new Statement(HostileId, text, metadata),
        [
            new Citation("UNCAT/" + Hostile, "The " + Hostile + " Convention", InstrumentKind.Treaty, false, surface,
                start, surface.Length, ["6(1)'" + Hostile], 0.55, MentionKind.UncataloguedTitle),
            new Citation("ICCPR", "International Covenant on Civil and Political Rights", InstrumentKind.Treaty, true, surface,
                start, surface.Length, [], 0.25, MentionKind.ShortForm),
        ]);
    }

    public static CitationGraph SeedGraph()
    {
        var builder = new CitationGraphBuilder(Catalog);
        builder.Add(Seed());
        builder.Add(Committee());
        return builder.Graph;
    }

    public static CitationGraph HostileGraph()
    {
        var builder = new CitationGraphBuilder(Catalog);
        builder.Add(Seed());
        builder.Add(Committee());
        builder.Add(HostileStatement());
        return builder.Graph;
    }

    /// <summary>Instruments with no statements: what a graph holds when the statements are exported apart.</summary>
    public static CitationGraph GraphWithoutStatements()
    {
        var iccpr = new InstrumentNode("ICCPR", "International Covenant on Civil and Political Rights", InstrumentKind.Treaty)
        {
            Adopted = "1966-12-16", EntryIntoForce = "1976-03-23", TreatySeries = "999 UNTS 171", Catalogued = true,
        };
        var op2 = new InstrumentNode("ICCPR-OP2", "Second Optional Protocol", InstrumentKind.Protocol) { Adopted = "1989-12-15", Catalogued = true };
        var provision = new ProvisionNode("ICCPR/art/6(1)", "ICCPR", "6", "1", "Article 6(1)");
        return CitationGraph.FromParts(
            [iccpr, op2, provision],
            [new GraphEdge(RelationshipType.ProtocolTo, op2, iccpr), new GraphEdge(RelationshipType.ProvisionOf, provision, iccpr)]);
    }

    /// <summary>A citation for the first occurrence of <paramref name="surface"/> in <paramref name="text"/>.</summary>
    public static Citation At(string text, string surface, string instrument, double confidence,
        ImmutableArray<string> provisions = default, MentionKind mention = MentionKind.Title, string? title = null,
        InstrumentKind kind = InstrumentKind.Treaty)
    {
        var start = text.IndexOf(surface, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"\"{surface}\" is not in the text");
        }

        var catalogued = Catalog.Find(instrument);
        return new Citation(instrument, title ?? catalogued?.Title ?? instrument, catalogued?.Kind ?? kind, catalogued is not null,
            surface, start, surface.Length, provisions.IsDefault ? [] : provisions, confidence, mention);
    }

    /// <summary>The graph as lines of text, one a node or edge with every property, for comparing two graphs.</summary>
    public static ImmutableArray<string> Dump(CitationGraph graph) =>
    [
        .. graph.Nodes.Select(n => $"{GraphSchema.Name(n.Label)} {Describe(n.Properties)}"),
        .. graph.Edges.Select(e => $"{GraphSchema.Name(e.Type)} {Quote(e.Source.Id)}->{Quote(e.Target.Id)} {Describe(e.Properties)}"),
    ];

    public static string Describe(ImmutableArray<GraphProperty> properties) =>
        string.Join(" ", properties.Select(p => $"{p.Name}={Format(p.Value)}"));

    public static string Format(object? value) => value switch
    {
        null => "null",
        string s => Quote(s),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        ImmutableArray<string> list => "[" + string.Join(",", list.Select(Quote)) + "]",
        _ => throw new ArgumentException(value.GetType().Name),
    };

    private static string Quote(string s) => JsonConvert.ToString(s);

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Citations.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Citations.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Sha256Hex(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(new UTF8Encoding(false).GetBytes(text)));
}
