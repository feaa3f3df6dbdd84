using System.Collections.Immutable;
using System.Globalization;
using Citations.Core;
using Citations.Core.Graph;

namespace Citations.Neo4j.Tests;

/// <summary>Graphs for the loader tests, built from parts so they do not depend on a catalog: real instruments and
/// statement metadata, every label and relationship type, and hostile strings in every field.</summary>
internal static class TestGraphs
{
    public static InstrumentNode Iccpr() => new("ICCPR", "International Covenant on Civil and Political Rights", InstrumentKind.Treaty)
    {
        Adopted = "1966-12-16", EntryIntoForce = "1976-03-23", TreatySeries = "999 UNTS 171", Catalogued = true,
    };

    public static InstrumentNode IccprOp2() => new("ICCPR-OP2",
        "Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty",
        InstrumentKind.Protocol)
    {
        Adopted = "1989-12-15", EntryIntoForce = "1991-07-11", TreatySeries = "1642 UNTS 414", Catalogued = true,
    };

    public static InstrumentNode Genocide() => new("GENOCIDE", "Convention on the Prevention and Punishment of the Crime of Genocide", InstrumentKind.Treaty)
    {
        Adopted = "1948-12-09", EntryIntoForce = "1951-01-12", TreatySeries = "78 UNTS 277", Catalogued = true,
    };

    public static InstrumentNode GcIii() => new("GC-III", "Geneva Convention relative to the Treatment of Prisoners of War", InstrumentKind.Treaty)
    {
        Adopted = "1949-08-12", EntryIntoForce = "1950-10-21", TreatySeries = "75 UNTS 135", Catalogued = true,
    };

    public static InstrumentNode Gc1949() => new("GC-1949", "Geneva Conventions of 12 August 1949", InstrumentKind.Collection)
    {
        Adopted = "1949-08-12", Catalogued = true,
    };

    public static InstrumentNode Resolution822() => new("S/RES/822(1993)", "Security Council resolution 822 (1993)", InstrumentKind.Resolution);

    /// <summary>Two statements (an ombudsperson's and a treaty body's) with every label and relationship type.</summary>
    public static CitationGraph Corpus()
    {
        var ombudsperson = new StatementNode("000_61a26d28c61a68b3")
        {
            Title = "Statement of the Commissioner for Human Rights (Ombudsperson) of Azerbaijan on the 34th anniversary of the Khojaly events",
            Date = "2026-02-23",
            Issuer = "Commissioner for Human Rights (Ombudsperson) of the Republic of Azerbaijan",
            Source = "MENAFN - Trend News Agency",
            Language = "en",
            Sha256 = new string('a', 64),
        };
        var committee = new StatementNode("ccpr-views-2019-example")
        {
            Title = "Views adopted by the Committee under article 5 (4) of the Optional Protocol",
            Date = "2019-07",
            Issuer = "UN Human Rights Committee",
            Source = "OHCHR",
            Url = "https://www.ohchr.org/en/treaty-bodies/ccpr",
            Language = "en",
            Sha256 = new string('b', 64),
        };
        var ombudspersonActor = new ActorNode("commissioner-for-human-rights-ombudsperson-of-the-republic-of-azerbaijan",
            "Commissioner for Human Rights (Ombudsperson) of the Republic of Azerbaijan");
        var hrc = new ActorNode("un-human-rights-committee", "UN Human Rights Committee");
        var trend = new SourceNode("menafn-trend-news-agency", "MENAFN - Trend News Agency");
        var ohchr = new SourceNode("ohchr", "OHCHR");
        InstrumentNode iccpr = Iccpr(), op2 = IccprOp2(), genocide = Genocide(), gc3 = GcIii(), gc = Gc1949(), res = Resolution822();
        var art6 = new ProvisionNode("ICCPR/art/6(1)", "ICCPR", "6", "1", "Article 6(1)");
        var art7 = new ProvisionNode("ICCPR/art/7", "ICCPR", "7", null, "Article 7");
        return CitationGraph.FromParts(
            [ombudsperson, committee, ombudspersonActor, hrc, trend, ohchr, iccpr, op2, genocide, gc3, gc, res, art6, art7],
            [
                new InvokesEdge(ombudsperson, iccpr, 1, ["International Covenant on Civil and Political Rights"], 0.98),
                new InvokesEdge(ombudsperson, genocide, 1, ["Convention on the Prevention and Punishment of the Crime of Genocide"], 0.98),
                new InvokesEdge(ombudsperson, gc, 1, ["Geneva Conventions for the Protection of War Victims"], 0.9),
                new InvokesEdge(committee, iccpr, 3, ["article 6 (1) of the International Covenant on Civil and Political Rights", "the Covenant"], 0.97),
                new InvokesEdge(committee, op2, 1, ["Second Optional Protocol to the International Covenant on Civil and Political Rights"], 0.96),
                new InvokesEdge(committee, gc3, 1, ["Geneva Convention relative to the Treatment of Prisoners of War"], 1.0),
                new InvokesEdge(committee, res, 1, ["Security Council resolution 822 (1993)"], 0.99),
                new CitesEdge(committee, art6, 2, ["article 6 (1) of the International Covenant on Civil and Political Rights", "article 6 (1)"]),
                new CitesEdge(committee, art7, 1, []),
                new GraphEdge(RelationshipType.ProvisionOf, art6, iccpr),
                new GraphEdge(RelationshipType.ProvisionOf, art7, iccpr),
                new GraphEdge(RelationshipType.ProtocolTo, op2, iccpr),
                new GraphEdge(RelationshipType.PartOf, gc3, gc),
                new GraphEdge(RelationshipType.IssuedBy, ombudsperson, ombudspersonActor),
                new GraphEdge(RelationshipType.IssuedBy, committee, hrc),
                new GraphEdge(RelationshipType.PublishedBy, ombudsperson, trend),
                new GraphEdge(RelationshipType.PublishedBy, committee, ohchr),
            ]);
    }

    /// <summary>A second corpus: new press releases invoking the Covenant again (shared nodes) and one new instrument.</summary>
    public static CitationGraph SecondCorpus(int statements = 3)
    {
        var iccpr = Iccpr();
        var cat = new InstrumentNode("CAT", "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", InstrumentKind.Treaty)
        {
            Adopted = "1984-12-10", EntryIntoForce = "1987-06-26", TreatySeries = "1465 UNTS 85", Catalogued = true,
        };
        var ohchr = new SourceNode("ohchr", "OHCHR");
        var art7 = new ProvisionNode("ICCPR/art/7", "ICCPR", "7", null, "Article 7");
        var nodes = new List<GraphNode> { iccpr, cat, ohchr, art7 };
        var edges = new List<GraphEdge> { new GraphEdge(RelationshipType.ProvisionOf, art7, iccpr) };
        for (var i = 0; i < statements; i++)
        {
            var s = new StatementNode(string.Create(CultureInfo.InvariantCulture, $"ohchr-press-2024-{i:000}"))
            {
                Title = "Torture must never be tolerated, UN experts say",
                Date = "2024-06-26",
                Source = "OHCHR",
                Language = "en",
            };
            nodes.Add(s);
            edges.Add(new InvokesEdge(s, iccpr, 1, ["article 7 of the International Covenant on Civil and Political Rights"], 0.97));
            edges.Add(new InvokesEdge(s, cat, 2, ["Convention against Torture", "the Convention"], 0.95));
            edges.Add(new CitesEdge(s, art7, 1, ["article 7 of the International Covenant on Civil and Political Rights"]));
            edges.Add(new GraphEdge(RelationshipType.PublishedBy, s, ohchr));
        }

        return CitationGraph.FromParts(nodes, edges);
    }

    /// <summary>Strings that would break a statement if spliced into it.</summary>
    public static readonly ImmutableArray<string> HostileValues =
    [
        "'}) DETACH DELETE n //",
        "O'Brien said \"no\"",
        "back\\slash\\ and end\\",
        "`tick` `Statement`",
        "*/ MATCH (n) DETACH DELETE n /*",
        "line one\nline two\r\nline three\u2028",
        "日本語 العربية 🙂 é",
        "$rows {id: 1} [x]; RETURN 1",
        "\u0000 nul \u001F unit separator",
    ];

    /// <summary>Hostile strings in ids, titles, names, surfaces and the url of a statement.</summary>
    public static CitationGraph Hostile()
    {
        var nodes = new List<GraphNode>();
        var edges = new List<GraphEdge>();
        for (var i = 0; i < HostileValues.Length; i++)
        {
            var value = HostileValues[i];
            var statement = new StatementNode("statement " + value)
            {
                Title = value, Date = "1990", Issuer = value, Source = value, Url = "https://example.org/?q=" + value, Language = value,
            };
            var instrument = new InstrumentNode("UNCAT/" + value, "The " + value + " Convention", InstrumentKind.Treaty) { Catalogued = false };
            var actor = new ActorNode(value, value);
            var provision = new ProvisionNode("UNCAT/" + value + "/art/6(1)", "UNCAT/" + value, "6", "1'" + value, "Article 6(1) " + value);
            nodes.AddRange([statement, instrument, actor, provision]);
            edges.Add(new InvokesEdge(statement, instrument, 1, [value, "the " + value], 0.55));
            edges.Add(new CitesEdge(statement, provision, 1, [value]));
            edges.Add(new GraphEdge(RelationshipType.ProvisionOf, provision, instrument));
            edges.Add(new GraphEdge(RelationshipType.IssuedBy, statement, actor));
        }

        return CitationGraph.FromParts(nodes, edges);
    }

    /// <summary>Many statements, for batching: each invokes ICCPR and is issued by one of a few actors.</summary>
    public static CitationGraph Many(int statements)
    {
        var iccpr = Iccpr();
        var actors = Enumerable.Range(0, 4).Select(i => new ActorNode($"actor-{i}", $"Ombudsperson {i}")).ToList();
        var nodes = new List<GraphNode> { iccpr };
        nodes.AddRange(actors);
        var edges = new List<GraphEdge>();
        for (var i = 0; i < statements; i++)
        {
            var s = new StatementNode(string.Create(CultureInfo.InvariantCulture, $"statement-{i:0000}")) { Title = $"Statement {i}", Language = "en" };
            nodes.Add(s);
            edges.Add(new InvokesEdge(s, iccpr, 1 + (i % 3), ["ICCPR"], 0.9));
            edges.Add(new GraphEdge(RelationshipType.IssuedBy, s, actors[i % actors.Count]));
        }

        return CitationGraph.FromParts(nodes, edges);
    }

    /// <summary>Every string value of the graph (ids, properties, list items).</summary>
    public static IEnumerable<string> Strings(CitationGraph graph) =>
        graph.Nodes.SelectMany(n => n.Properties.Select(p => p.Value))
            .Concat(graph.Edges.SelectMany(e => e.Properties.Select(p => p.Value)))
            .SelectMany(v => v switch
            {
                string s => [s],
                ImmutableArray<string> list => list.AsEnumerable(),
                _ => [],
            });
}
