using Citations.Core.Graph;

namespace Citations.Core.Tests.Graph;

[TestClass]
public sealed class CitationGraphBuilderTests
{
    [TestMethod]
    public void Add_SeedStatement_InvokesTheSevenInstrumentsItNames()
    {
        var seed = GraphFixtures.Seed();
        foreach (var citation in seed.Citations)
        {
            Assert.AreEqual(citation.Surface, seed.Statement.Text.Substring(citation.Start, citation.Length));
        }

        var builder = new CitationGraphBuilder(GraphFixtures.Catalog);
        builder.Add(seed);
        var graph = builder.Graph;

        var statement = graph.FindStatement(GraphFixtures.SeedId);
        Assert.IsNotNull(statement);
        var invoked = graph.OutEdges(statement).OfType<InvokesEdge>().Select(e => e.Instrument.Id).Order(StringComparer.Ordinal).ToList();
        CollectionAssert.AreEqual(new[] { "CAT", "CRC", "GC-1949", "GENOCIDE", "ICCPR", "ICERD", "ICESCR" }, invoked);

        // ICCPR and ICESCR belong to the International Bill of Human Rights; GC-1949 is invoked as the collection itself.
        CollectionAssert.AreEquivalent(new[] { "CAT", "CRC", "GC-1949", "GENOCIDE", "IBHR", "ICCPR", "ICERD", "ICESCR" },
            graph.Instruments.Select(i => i.Id).ToList());
        Assert.IsNull(graph.FindInstrument("GC-I"), "members of an invoked collection are not added");

        var geneva = graph.FindInstrument("GC-1949")!;
        Assert.AreEqual(InstrumentKind.Collection, geneva.Kind);
        Assert.AreEqual("Geneva Conventions of 12 August 1949", geneva.Title);
        Assert.IsTrue(geneva.Catalogued);
        var iccpr = graph.FindInstrument("ICCPR")!;
        Assert.AreEqual("1966-12-16", iccpr.Adopted);
        Assert.AreEqual("1976-03-23", iccpr.EntryIntoForce);
        Assert.AreEqual("999 UNTS 171", iccpr.TreatySeries);
    }

    [TestMethod]
    public void Add_SeedStatement_KeepsMetadataAndHashNotText()
    {
        var builder = new CitationGraphBuilder(GraphFixtures.Catalog);
        builder.Add(GraphFixtures.Seed());
        var statement = builder.Graph.FindStatement(GraphFixtures.SeedId)!;

        Assert.AreEqual(GraphFixtures.SeedMetadata.Title, statement.Title);
        Assert.AreEqual("2026-02-23", statement.Date);
        Assert.AreEqual("en", statement.Language);
        Assert.IsNull(statement.Url);
        Assert.AreEqual(GraphFixtures.Sha256Hex(GraphFixtures.SeedText), statement.Sha256);
        Assert.AreEqual(64, statement.Sha256!.Length);
        Assert.IsFalse(builder.Graph.Nodes.SelectMany(n => n.Properties).Any(p => p.Value is string s && s.Contains("Thirty-four years", StringComparison.Ordinal)));

        var actor = builder.Graph.Actors.Single();
        Assert.AreEqual("commissioner-for-human-rights-ombudsperson-of-the-republic-of-azerbaijan", actor.Id);
        Assert.AreEqual(GraphFixtures.SeedMetadata.Issuer, actor.Name);
        Assert.AreEqual("menafn-trend-news-agency", builder.Graph.Sources.Single().Id);
        Assert.AreEqual(1, builder.Graph.Count(RelationshipType.IssuedBy));
        Assert.AreEqual(1, builder.Graph.Count(RelationshipType.PublishedBy));
    }

    [TestMethod]
    public void Add_TwoMentionsOfOneInstrument_OneInvokesWithBothSurfaces()
    {
        var builder = new CitationGraphBuilder(GraphFixtures.Catalog);
        builder.Add(GraphFixtures.Committee());
        var graph = builder.Graph;
        var statement = graph.FindStatement(GraphFixtures.CommitteeId)!;

        var invokes = graph.OutEdges(statement).OfType<InvokesEdge>().Single(e => e.Instrument.Id == "ICCPR");
        Assert.AreEqual(3, invokes.Mentions);
        CollectionAssert.AreEqual(new[]
        {
            "article 6 (1) of the International Covenant on Civil and Political Rights",
            "article 6 (1) and article 7 of the Covenant",
            "article 2 (3) (a)",
        }, invokes.Surfaces.ToArray());
        Assert.AreEqual(0.97, invokes.Confidence);

        var cites = graph.OutEdges(statement).OfType<CitesEdge>().ToDictionary(e => e.Provision.Id);
        CollectionAssert.AreEquivalent(new[] { "ICCPR/art/6(1)", "ICCPR/art/7", "ICCPR/art/2(3)(a)" }, cites.Keys.ToList());
        Assert.AreEqual(2, cites["ICCPR/art/6(1)"].Mentions);
        Assert.AreEqual(2, cites["ICCPR/art/6(1)"].Surfaces.Length);
        Assert.AreEqual(1, cites["ICCPR/art/7"].Mentions);
        Assert.AreEqual(3, graph.Count(RelationshipType.ProvisionOf));
    }

    [TestMethod]
    public void Add_ProtocolAndCollectionMember_AddsParentsAndCollectionsRecursively()
    {
        var builder = new CitationGraphBuilder(GraphFixtures.Catalog);
        builder.Add(GraphFixtures.Committee());
        var graph = builder.Graph;

        var protocolTo = graph.EdgesOf(RelationshipType.ProtocolTo).Select(e => $"{e.Source.Id}>{e.Target.Id}").ToList();
        var partOf = graph.EdgesOf(RelationshipType.PartOf).Select(e => $"{e.Source.Id}>{e.Target.Id}").ToList();
        CollectionAssert.AreEqual(new[] { "ICCPR-OP2>ICCPR" }, protocolTo);
        CollectionAssert.AreEqual(new[] { "GC-III>GC-1949", "ICCPR>IBHR" }, partOf);
        Assert.AreEqual(InstrumentKind.Collection, graph.FindInstrument("GC-1949")!.Kind);
        Assert.AreEqual(0, graph.InEdges(graph.FindInstrument("IBHR")!).OfType<InvokesEdge>().Count(), "IBHR is present only as a collection");
    }

    [TestMethod]
    public void Add_ResolutionNotInCatalog_IsUncataloguedWithTheCitationsTitle()
    {
        var builder = new CitationGraphBuilder(GraphFixtures.Catalog);
        builder.Add(GraphFixtures.Committee());
        var resolution = builder.Graph.FindInstrument("S/RES/822(1993)")!;

        Assert.IsFalse(resolution.Catalogued);
        Assert.AreEqual(InstrumentKind.Resolution, resolution.Kind);
        Assert.AreEqual("Security Council resolution 822 (1993)", resolution.Title);
        Assert.IsNull(resolution.Adopted);
    }

    [TestMethod]
    public void Add_SameStatementTwice_MergesIntoOneNode()
    {
        var builder = new CitationGraphBuilder(GraphFixtures.Catalog);
        builder.Add(GraphFixtures.Seed());
        builder.Add(GraphFixtures.Committee());
        var once = GraphFixtures.Dump(builder.Graph);

        builder.Add(GraphFixtures.Seed());
        builder.Add(GraphFixtures.Committee());

        Assert.AreEqual(2, builder.StatementCount);
        CollectionAssert.AreEqual(once, GraphFixtures.Dump(builder.Graph));
    }

    [TestMethod]
    public void Add_NewVersionOfStatement_ReplacesWhatTheOldOneContributed()
    {
        var builder = new CitationGraphBuilder(GraphFixtures.Catalog);
        builder.Add(GraphFixtures.Committee());
        var seed = GraphFixtures.Seed();
        builder.Add(seed);
        builder.Add(seed with { Citations = [seed.Citations[0]] });

        var expected = new CitationGraphBuilder(GraphFixtures.Catalog);
        expected.Add(GraphFixtures.Committee());
        expected.Add(seed with { Citations = [seed.Citations[0]] });
        CollectionAssert.AreEqual(GraphFixtures.Dump(expected.Graph), GraphFixtures.Dump(builder.Graph));
        Assert.IsNull(builder.Graph.FindInstrument("GENOCIDE"));
    }

    [TestMethod]
    public void Graph_IsTheSameWhateverTheOrderOfStatements()
    {
        var first = new CitationGraphBuilder(GraphFixtures.Catalog);
        first.AddRange([GraphFixtures.Seed(), GraphFixtures.Committee(), GraphFixtures.HostileStatement()]);
        var second = new CitationGraphBuilder(GraphFixtures.Catalog);
        second.AddRange([GraphFixtures.HostileStatement(), GraphFixtures.Committee(), GraphFixtures.Seed()]);

        CollectionAssert.AreEqual(GraphFixtures.Dump(first.Graph), GraphFixtures.Dump(second.Graph));
    }

    [TestMethod]
    public void Add_StatementWithoutCitationsOrMetadata_AddsOnlyTheStatement()
    {
        var builder = new CitationGraphBuilder(GraphFixtures.Catalog);
        builder.Add(new ExtractionResult(new Statement("s1", "No instrument is named here.", StatementMetadata.Empty), []));

        Assert.AreEqual(1, builder.Graph.NodeCount);
        Assert.AreEqual(0, builder.Graph.EdgeCount);
        Assert.IsNull(builder.Graph.FindStatement("s1")!.Title);
    }

    [TestMethod]
    public void Graph_NewBuilder_IsEmpty()
    {
        var graph = new CitationGraphBuilder(GraphFixtures.Catalog).Graph;
        Assert.IsTrue(graph.IsEmpty);
        Assert.AreEqual(0, graph.Nodes.Length);
        Assert.AreEqual(0, graph.Edges.Length);
    }

    [TestMethod]
    public void Add_HostileValues_AreKeptAsGiven()
    {
        var builder = new CitationGraphBuilder(GraphFixtures.Catalog);
        builder.Add(GraphFixtures.HostileStatement());
        var graph = builder.Graph;

        var statement = graph.FindStatement(GraphFixtures.HostileId)!;
        Assert.AreEqual("Title " + GraphFixtures.Hostile, statement.Title);
        var uncatalogued = graph.FindInstrument("UNCAT/" + GraphFixtures.Hostile)!;
        Assert.IsFalse(uncatalogued.Catalogued);
        Assert.AreEqual("The " + GraphFixtures.Hostile + " Convention", uncatalogued.Title);
        var provision = graph.Provisions.Single();
        Assert.AreEqual("UNCAT/" + GraphFixtures.Hostile + "/art/6(1)'" + GraphFixtures.Hostile, provision.Id);
        Assert.AreEqual("6", provision.Article);
    }

    [TestMethod]
    [DataRow("6", "6", null, "Article 6")]
    [DataRow("6(1)", "6", "1", "Article 6(1)")]
    [DataRow("2(4)(a)", "2", "4(a)", "Article 2(4)(a)")]
    [DataRow("3", "3", null, "Article 3")]
    [DataRow("VI", "VI", null, "Article VI")]
    public void Provision_Pinpoint_SplitsArticleAndParagraph(string pinpoint, string article, string? paragraph, string label)
    {
        var provision = CitationGraphBuilder.Provision("ICCPR", pinpoint)!;
        Assert.AreEqual("ICCPR/art/" + pinpoint, provision.Id);
        Assert.AreEqual("ICCPR", provision.Instrument);
        Assert.AreEqual(article, provision.Article);
        Assert.AreEqual(paragraph, provision.Paragraph);
        Assert.AreEqual(label, provision.DisplayLabel);
    }

    [TestMethod]
    [DataRow("UN Human Rights Council", "un-human-rights-council")]
    [DataRow("Commissioner for Human Rights (Ombudsperson) of the Republic of Azerbaijan", "commissioner-for-human-rights-ombudsperson-of-the-republic-of-azerbaijan")]
    [DataRow("  Défenseur des droits  ", "défenseur-des-droits")]
    [DataRow("MENAFN - Trend News Agency", "menafn-trend-news-agency")]
    [DataRow("Amnesty International", "amnesty-international")]
    public void Slug_Name_IsLowerCaseWithDashes(string name, string slug)
    {
        Assert.AreEqual(slug, CitationGraphBuilder.Slug(name));
    }

    [TestMethod]
    public void Slug_NameWithoutLettersOrDigits_IsStableAndNotEmpty()
    {
        var slug = CitationGraphBuilder.Slug("— ! —");
        Assert.AreEqual(slug, CitationGraphBuilder.Slug("— ! —"));
        Assert.AreNotEqual(slug, CitationGraphBuilder.Slug("?"));
        Assert.StartsWith("x-", slug);
    }

    [TestMethod]
    public void FromParts_DuplicateNode_Throws()
    {
        var a = new ActorNode("ohchr", "OHCHR");
        var b = new ActorNode("ohchr", "Office of the High Commissioner");
        Assert.ThrowsExactly<ArgumentException>(() => CitationGraph.FromParts([a, b], []));
    }

    [TestMethod]
    public void FromParts_SameIdDifferentLabels_AreTwoNodes()
    {
        var graph = CitationGraph.FromParts([new ActorNode("ohchr", "OHCHR"), new SourceNode("ohchr", "OHCHR")], []);
        Assert.AreEqual(2, graph.NodeCount);
    }

    [TestMethod]
    public void GraphEdge_WrongEnds_Throws()
    {
        var actor = new ActorNode("ohchr", "OHCHR");
        var source = new SourceNode("ohchr", "OHCHR");
        Assert.ThrowsExactly<ArgumentException>(() => new GraphEdge(RelationshipType.IssuedBy, actor, source));
    }
}
