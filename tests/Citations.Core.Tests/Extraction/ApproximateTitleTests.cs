using Citations.Core.Extraction;
using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>Titles written not quite as the catalog has them, through the matcher on its own.</summary>
[TestClass]
public sealed class ApproximateTitleMatcherTests
{
    private static readonly Lazy<ApproximateTitleMatcher> s_matcher = new(() => new ApproximateTitleMatcher(InstrumentCatalog.BuiltIn));

    private static ApproximateTitleMatcher.Closest? Match(string text) => s_matcher.Value.Match(text, 0, text.Length);

    [TestMethod]
    [DataRow("Convention on the Rights of Persons with Disabilites", "CRPD")]
    [DataRow("Treaty on the Non-Proliferation of Nuclear Weapon", "NPT")]
    [DataRow("Optional Protocol to the International Covenant on Civil and Political Bights", "ICCPR-OP1")]
    [DataRow("International Covenant on Economic, Social & Cultural Rights", "ICESCR")]
    [DataRow("Hague Convention on the Civil Aspects of International Child Ab-\nduction", "HAGUE-1980")]
    [DataRow("European Convention for the Protection of Human Rights and Fundamental Free- doms", "ECHR")]
    [DataRow("Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons", "CWC")]
    [DataRow("Treaty for the Prohibition of Nuclear Weapons in Latin", "TLATELOLCO")]
    // OCR's "H" for "ll"; one content word dropped from a long name; a title cut short before the sentence goes on.
    [DataRow("Convention on the Elimination of AH Forms of Discrimination against Women", "CEDAW")]
    [DataRow("Convention on the Prohibition of the Development, Stockpiling and Use of Chemical Weapons and on Their Destruction", "CWC")]
    [DataRow("Convention against Torture and Other Cruel, Inhuman Treatment or Punishment", "CAT")]
    [DataRow("Treaty for the Prohibition of Nuclear Weapons in Latin will be matched by others", "TLATELOLCO")]
    public void Match_Variant_GivesTheInstrument(string text, string expected)
    {
        var found = Match(text);
        Assert.IsNotNull(found, text);
        Assert.AreEqual(expected, found.Value.Id, $"cost {found.Value.Cost}");
        Assert.IsLessThanOrEqualTo(ApproximateTitleMatcher.MaxCost, found.Value.Cost);
    }

    [TestMethod]
    // Other instruments, one content word apart from a catalogued name: never read as that name
    // (whether or not the catalog holds them under their own id).
    [DataRow("Declaration on the Right of Peoples to Peace", "DRIP")]
    [DataRow("Convention on the Rights of Older Persons", "CRPD")]
    [DataRow("Convention on the Prevention and Punishment of Crimes against Internationally Protected Persons", "GENOCIDE")]
    [DataRow("Optional Protocol to the Convention on the Safety of United Nations and Associated Personnel", "OPCAT")]
    [DataRow("Inter-American Convention on the Prevention and Punishment of Torture", "GENOCIDE")]
    [DataRow("Treaty on the Prohibition of the Emplacement of Nuclear Weapons on the Sea-Bed", "TPNW")]
    // A long name with two content words dropped is not the name.
    [DataRow("Convention on the Prohibition of the Development, Stockpiling of Chemical Weapons and on Their Destruction", "CWC")]
    public void Match_AnotherInstrument_IsNotReadAsTheLookAlike(string text, string lookAlike)
    {
        var found = Match(text);
        Assert.IsFalse(found is { } f && f.Id == lookAlike && f.Cost <= ApproximateTitleMatcher.MaxCost, $"{found?.Id} at {found?.Cost}");
    }

    [TestMethod]
    public void Match_TitleCutShortAtTheEndOfTheSpan_NamesItsInstrument()
    {
        var found = Match("Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological");
        Assert.AreEqual("BWC", found?.Id);
    }

    [TestMethod]
    [DataRow("all", "ah", true)]
    [DataRow("collective", "cohective", true)]
    [DataRow("all", "all", false)]
    [DataRow("all", "al", false)]
    [DataRow("all", "ahh", false)]
    [DataRow("ball", "bah", true)]
    [DataRow("bell", "bah", false)]
    public void HForLl_Pairs(string word, string read, bool expected) =>
        Assert.AreEqual(expected, ApproximateTitleMatcher.HForLl(word, read));

    [TestMethod]
    public void Tokens_WordBrokenOverALine_IsJoined()
    {
        var words = ApproximateTitleMatcher.Tokens("Fundamental Free-\ndoms and Anti- Personnel").Select(t => t.Word).ToArray();
        CollectionAssert.AreEqual(new[] { "fundamental", "freedom", "and", "anti", "personnel" }, words);
    }

    [TestMethod]
    public void Match_TenTimesTheCatalogInCommonWords_SameNameInAboutTheSameSteps()
    {
        // Nine made-up conventions per real instrument, each holding words real titles share ("convention",
        // "rights", "persons") beside words of its own, as real titles do.
        var random = new Random(7);
        string Word() => string.Concat(Enumerable.Range(0, 3).Select(_ => "bdfklmnprstvz"[random.Next(13)].ToString() + "aeiou"[random.Next(5)]));
        var json = new System.Text.StringBuilder("{ \"instruments\": [");
        for (var k = 0; k < 9 * InstrumentCatalog.BuiltIn.Count; k++)
        {
            var title = $"Convention on the Rights of {Word()} Persons and {Word()} {Word()} {k}";
            json.Append(k == 0 ? "" : ",").Append(System.Globalization.CultureInfo.InvariantCulture,
                $$"""{ "id": "SYN-{{k}}", "title": "{{title}}", "kind": "treaty", "adopted": "2000-01-01", "names": ["{{title}}"] }""");
        }

        var file = Path.Combine(Path.GetTempPath(), $"citations-approximate-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(file, json.Append("] }").ToString());
            var large = new ApproximateTitleMatcher(InstrumentCatalog.Load([file]));
            const string text = "the Convention on the Rights of Persons with Disabilites and its Optional Protocol";
            var smallSteps = new StepCounter();
            var largeSteps = new StepCounter();
            var inSmall = s_matcher.Value.Match(text, 0, text.Length, smallSteps);
            var inLarge = large.Match(text, 0, text.Length, largeSteps);
            Assert.AreEqual("CRPD", inSmall?.Id);
            Assert.AreEqual(inSmall, inLarge);
            Assert.IsTrue(smallSteps.Count > 0);
            Assert.IsTrue(largeSteps.Count <= smallSteps.Count * 1.5, $"{smallSteps.Count} names looked at with the built-in catalog, {largeSteps.Count} with ten times as many instruments");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [TestMethod]
    public void Match_LongTitlesCutShort_NeverThrowAndTheWholeTitleIsItsInstrument()
    {
        // A span much shorter than the name it is weighed against leaves rows of the alignment table without cells.
        var longest = InstrumentCatalog.BuiltIn.Instruments
            .Select(i => (i.Id, Words: i.Title.Split(' ')))
            .OrderByDescending(t => t.Words.Length).ThenBy(t => t.Id, StringComparer.Ordinal)
            .Take(40).ToList();
        var matched = 0;
        foreach (var (id, words) in longest)
        {
            for (var k = 3; k < words.Length; k++)
            {
                var prefix = string.Join(' ', words[..k]);
                _ = s_matcher.Value.Match(prefix, 0, prefix.Length);
            }

            var title = string.Join(' ', words);
            if (Match(title) is { Id: { } found } && found == id) matched++;
        }

        Assert.IsTrue(matched >= 30, $"{matched} of {longest.Count} long titles matched as themselves");
    }

    [TestMethod]
    [DataRow("rights", "bights", 1, true)]
    [DataRow("disabilities", "disabilites", 1, true)]
    [DataRow("prohibition", "proliferation", 2, false)]
    [DataRow("", "ab", 2, true)]
    public void EditDistanceAtMost_Pairs(string a, string b, int limit, bool expected) =>
        Assert.AreEqual(expected, ApproximateTitleMatcher.EditDistanceAtMost(a, b, limit));
}

/// <summary>The same through the whole extractor: the instrument with lower confidence, never an uncatalogued variant.</summary>
[TestClass]
public sealed class ApproximateTitleExtractionTests
{
    [TestMethod]
    [DataRow("We shall accede to the Optional Protocol to the International Covenant on Civil and Political Bights next year.", "ICCPR-OP1")]
    [DataRow("Our Parliament ratified the Convention on the Rights of Persons with Disabilites in 2009.", "CRPD")]
    [DataRow("The Hague Convention on the Civil Aspects of International Child Ab-\nduction requires the return of the child.", "HAGUE-1980")]
    [DataRow("We reaffirm the Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and the Biological Weapons Convention.", "BWC,CWC")]
    public void Extract_Variant_GivesTheCataloguedInstrument(string text, string expected)
    {
        var citations = Extract(text);
        CollectionAssert.AreEquivalent(expected.Split(','), citations.Select(c => c.InstrumentId).Distinct().ToArray(),
            string.Join("; ", citations.Select(c => $"{c.InstrumentId} '{c.Surface}'")));
        Assert.IsTrue(citations.All(c => c.Catalogued));
        foreach (var citation in citations) Assert.AreEqual(citation.Surface, text.Substring(citation.Start, citation.Length));
    }

    [TestMethod]
    public void Extract_Variant_HasLowerConfidenceThanTheExactTitle()
    {
        var variant = Extract("We signed the Convention on the Rights of Persons with Disabilites.").Single();
        var exact = Extract("We signed the Convention on the Rights of Persons with Disabilities.").Single();
        Assert.IsLessThan(exact.Confidence, variant.Confidence);
    }

    [TestMethod]
    public void Extract_AnotherInstrumentCloseToACataloguedName_IsNotThatName()
    {
        var citations = Extract("Mongolia welcomed the Declaration on the Right of Peoples to Peace adopted in 1984.");
        Assert.IsFalse(citations.Any(c => c.InstrumentId == "DRIP"), string.Join("; ", citations.Select(c => c.InstrumentId)));
        Assert.AreEqual("Declaration on the Right of Peoples to Peace", citations.Single().Surface);
    }
}
