using Citations.Core.Extraction;
using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>The ways running text cites UN resolutions, one family of phrasings per test, with near misses.</summary>
[TestClass]
public sealed class ResolutionFamilyTests
{
    private static string Keys(string text) => string.Join(",", Instruments(text));

    [TestMethod]
    [DataRow("We recall Security Council resolution, 2334 (2016), on the settlements.", "S/RES/2334(2016)")]
    [DataRow("The Council acted under Security Council resolution No. 1244 on Kosovo.", "S/RES/1244(1999)")]
    [DataRow("Kuwait was liberated under Security Council resolution number 678.", "S/RES/678(1990)")]
    [DataRow("the UN Security Council resolution Nos. 242 and 338 remain the basis", "S/RES/242(1967),S/RES/338(1973)")]
    public void Extract_PhraseBetweenWordAndNumber_IsRead(string text, string expected) => Assert.AreEqual(expected, Keys(text));

    [TestMethod]
    [DataRow("See G.A. Res. 2625 (XXV), U.N. Doc. A/8082 (Oct. 24, 1970).", "A/RES/2625(XXV)")]
    [DataRow("S.C. Res. 1373, ¶ 2(a) (Sept. 28, 2001) obliges States to act.", "S/RES/1373(2001)")]
    [DataRow("G.A. Res. 217A (III), art. 14 (Dec. 10, 1948)", "UDHR")]
    [DataRow("UN Security Council Resolution (UNSCR) 1325 on women, peace and security", "S/RES/1325(2000)")]
    [DataRow("GA Res. 60/251 created the Council.", "A/RES/60/251")]
    public void Extract_LegalCitationAbbreviations_AreRead(string text, string expected) => Assert.AreEqual(expected, Keys(text));

    [TestMethod]
    [DataRow("See Res. 12 of the Board.")]
    [DataRow("Cal. Res. 1373 was passed by the state legislature.")]
    public void Extract_ResAbbreviationWithoutAnOrgan_IsLeftOut(string text) => Assert.AreEqual("", Keys(text));

    [TestMethod]
    [DataRow("In that resolution, 15 members voted in favour.")]
    [DataRow("Security Council resolution, 12 years later, is still ignored.")]
    public void Extract_CommaBeforeABareNumber_IsNotAResolution(string text) => Assert.AreEqual("", Keys(text));

    [TestMethod]
    [DataRow("The no-fly zone rests on S/RES/1973.", "S/RES/1973(2011)")]
    [DataRow("as S/RES/242 (1967) and S/RES/2334(2016) require", "S/RES/2334(2016),S/RES/242(1967)")]
    [DataRow("the Assembly, in A/RES/ES-10/19, rejected the change", "A/RES/ES-10/19")]
    [DataRow("the Political Declaration A/RES/S-26/2 on HIV/AIDS", "A/RES/S-26/2")]
    [DataRow("the Millennium review in A/RES/47/1", "A/RES/47/1")]
    [DataRow("Uniting for Peace, A/RES/377 (V), was invoked.", "A/RES/377(V)")]
    [DataRow("Uniting for Peace, A/RES/377(V) A, was invoked.", "A/RES/377(V)")]
    public void Extract_SymbolInAnyForm_IsKeyed(string text, string expected) => Assert.AreEqual(expected, Keys(text));

    [TestMethod]
    [DataRow("the document S/RES/9999 does not exist")]
    [DataRow("the record S/PV.2981 and the report A/46/1 were circulated")]
    public void Extract_SymbolOutsideTheNumbering_IsLeftOut(string text) => Assert.AreEqual("", Keys(text));

    [TestMethod]
    [DataRow("the Declaration of the sixth special session, resolution 3201 (S-VI), was adopted", "A/RES/3201(S-VI)")]
    [DataRow("at its third emergency special session [resolution 1237 (ES-III)] the Assembly acted", "A/RES/1237(ES-III)")]
    [DataRow("the Declaration of Commitment on HIV/AIDS (resolution S-26/2) set targets", "A/RES/S-26/2")]
    [DataRow("The General Assembly, in resolutions ES-10/19 and ES-10/20, declared the change void.", "A/RES/ES-10/19,A/RES/ES-10/20")]
    [DataRow("The General Assembly met in emergency session and adopted ES-10/19 by a large majority.", "A/RES/ES-10/19")]
    [DataRow("We welcome resolutions 3201 (S- VI) and 3202 (S–VI) of the sixth special session.", "A/RES/3201(S-VI),A/RES/3202(S-VI)")]
    public void Extract_SpecialSessions_KeepTheirSessionMark(string text, string expected) => Assert.AreEqual(expected, Keys(text));

    [TestMethod]
    [DataRow("The Human Rights Council held a special session and adopted S-29/1.")]
    [DataRow("The code ES-10/19 appears in the file.")]
    [DataRow("resolution 12 (S-XX) was never adopted")]
    public void Extract_SessionSymbolWithoutTheAssembly_IsLeftOut(string text) => Assert.AreEqual("", Keys(text));

    [TestMethod]
    [DataRow("Resolution 678 in 1990 authorised the use of force.", "S/RES/678(1990)")]
    [DataRow("the ceasefire terms of resolution 687 of 1991", "S/RES/687(1991)")]
    [DataRow("the principles of resolution 242 of 22 November 1967 are clear", "S/RES/242(1967)")]
    [DataRow("aid workers are protected by resolution 2175 of 2014", "S/RES/2175(2014)")]
    public void Extract_YearAsAPhrase_FitsTheCouncilsNumbering(string text, string expected) => Assert.AreEqual(expected, Keys(text));

    [TestMethod]
    [DataRow("the General Assembly's resolution 3379 of 1975 was revoked")]
    [DataRow("the partition plan of resolution 181 of 1947")]
    [DataRow("resolution 687 of 2005 is cited wrongly")]
    public void Extract_YearThatDoesNotFitTheCouncil_IsLeftOut(string text) => Assert.AreEqual("", Keys(text));

    [TestMethod]
    [DataRow("The Security Council has acted on Libya. Resolution 1973 authorised all necessary measures.", "S/RES/1973(2011)")]
    [DataRow("The Security Council adopted resolution 2231 (2015); resolution 2231 endorsed the plan.", "S/RES/2231(2015)")]
    [DataRow("in accordance with resolution 31/92 on international security", "A/RES/31/92")]
    [DataRow("the consensus of resolution 46/86 revoked it", "A/RES/46/86")]
    public void Extract_BareNumber_TakesTheOrganTheTextIsAbout(string text, string expected) => Assert.AreEqual(expected, Keys(text));

    [TestMethod]
    [DataRow("The Human Rights Council adopted resolution 31/36 on the occupied territories.")]
    [DataRow("Paragraph 4 of resolution 1514 deserves attention.")]
    [DataRow("The Security Council met often.\nThe Economic and Social Council then adopted resolution 1973 on trade.")]
    [DataRow("The General Assembly adopted resolution 1973 on disarmament.")]
    [DataRow("The Security Council met in 1990.\n\nIn another forum resolution 678 was tabled.")]
    public void Extract_BareNumberWhereNothingDecides_IsLeftOut(string text) => Assert.AreEqual("", Keys(text));

    [TestMethod]
    [DataRow("la résolution 2254 (2015) du Conseil de sécurité trace la voie", "S/RES/2254(2015)")]
    [DataRow("les résolutions 242 (1967) et 338 (1973) restent la base d'un règlement", "S/RES/242(1967),S/RES/338(1973)")]
    [DataRow("las resoluciones 3379 (XXX) y 46/86 de la Asamblea General", "A/RES/3379(XXX),A/RES/46/86")]
    [DataRow("conforme a la resolución 1325 (2000) sobre las mujeres", "S/RES/1325(2000)")]
    [DataRow("El Consejo de Seguridad aprobó la resolución 2334, que condena los asentamientos.", "S/RES/2334(2016)")]
    public void Extract_FrenchAndSpanish_AreRead(string text, string expected) => Assert.AreEqual(expected, Keys(text));

    [TestMethod]
    [DataRow("la résolution pacifique des différends reste notre objectif")]
    [DataRow("el proyecto de resolución 12 fue retirado")]
    [DataRow("la résolution 5/1 du Conseil des droits de l'homme")]
    public void Extract_FrenchAndSpanishNearMisses_FindNothing(string text) => Assert.AreEqual("", Keys(text));

    [TestMethod]
    [DataRow("the Protocol, adopted by resolution 2603 A (XXIV), bans these weapons", "A/RES/2603(XXIV)")]
    [DataRow("the Uniting for Peace procedure of resolution 377 A (V)", "A/RES/377(V)")]
    [DataRow("the Genocide Convention was adopted by resolution 260 A (III)", "A/RES/260(III),GENOCIDE")]
    [DataRow("the amendments of resolutions 1991 A and B (XVIII) enlarged the Councils", "A/RES/1991(XVIII)")]
    public void Extract_LetteredParts_DropThePartLetter(string text, string expected) => Assert.AreEqual(expected, Keys(text));

    [TestMethod]
    public void Extract_ThatResolutionAfterOne_RefersToIt()
    {
        var found = Extract("The Security Council adopted resolution 598 (1987). We call on both sides to comply with that resolution without delay.");
        var anaphor = found.Single(c => c.Surface == "that resolution");
        Assert.AreEqual("S/RES/598(1987)", anaphor.InstrumentId);
        Assert.IsTrue(anaphor.Confidence < 1.0);
    }

    [TestMethod]
    [DataRow("Security Council resolutions 242 (1967) and 338 (1973) are clear. That resolution must be implemented.")]
    [DataRow("the Assembly adopted resolution 3236 (XXIX). This came after the resolution I adopted by the Conference.")]
    [DataRow("Security Council resolution 242 (1967) is clear.\nWe hope for the resolution soon.")]
    [DataRow("Security Council resolution 242 (1967) is clear. We want the resolution of the conflict.")]
    [DataRow("Security Council resolution 242 (1967) is clear. It was ignored. Years passed. That resolution is forgotten.")]
    [DataRow("Security Council resolution 435 (1978) is clear. It is essential that the resolution adopted by the General Assembly be applied.")]
    public void Extract_AnaphorWithoutOneResolutionJustNamed_IsLeftOut(string text)
    {
        Assert.IsFalse(Extract(text).Any(c => c.Surface.EndsWith("resolution", StringComparison.Ordinal) && !c.Surface.Contains("Council", StringComparison.Ordinal)));
    }

    [TestMethod]
    [DataRow("the General Assembly, in resolution 2415 (XXHI), endorsed the decision", "A/RES/2415(XXIII)")]
    [DataRow("the Strategy adopted unanimously [resolution 2626 {XXV}] by rich and poor", "A/RES/2626(XXV)")]
    [DataRow("the Strategy that was adopted [resolution 2626 (XXV)J by the session", "A/RES/2626(XXV)")]
    [DataRow("endorsed by the General Assembly [resolution 2505 (XX1V)]", "A/RES/2505(XXIV)")]
    [DataRow("On the plan of partition [resolution 181 (11)], the claim falls.", "A/RES/181(II)")]
    public void Extract_OcrDamagedSession_IsReadWhenOneReadingFits(string text, string expected) => Assert.AreEqual(expected, Keys(text));

    [TestMethod]
    [DataRow("the Assembly in resolution 2415 (XXQI) endorsed it")]
    [DataRow("the Assembly in resolution 1514 (IV) proclaimed it")]
    [DataRow("the Assembly in resolution 2626 (LXX) proclaimed it")]
    public void Extract_SessionNoReadingFits_IsLeftOut(string text) => Assert.AreEqual("", Keys(text));

    [TestMethod]
    [DataRow("The Economic and Social Council requested [resolution 416 (XIV)] a study.", "E/RES/416(XIV)")]
    [DataRow("as determined by resolution 671 A (XXV) of the Economic and Social Council", "E/RES/671(XXV)")]
    [DataRow("we support Economic and Social Council resolution 1503 (XLVIII) on communications", "E/RES/1503(XLVIII)")]
    [DataRow("the Economic and Social Council asked, on 21 December 1952 [resolution 622 A (VII)], for a plan", "A/RES/622(VII)")]
    public void Extract_EconomicAndSocialCouncilSessionForm_IsKeyedAsTheCouncils(string text, string expected) => Assert.AreEqual(expected, Keys(text));

    [TestMethod]
    [DataRow("the Economic and Social Council in its resolution 1978/61 recommended it")]
    [DataRow("ECOSOC resolution 1503 on communications")]
    [DataRow("the fourth session of UNCTAD and particularly resolution 93 (IV) on commodities")]
    [DataRow("the Commission on Human Rights in its resolution 14 (XXIII) recommended it")]
    [DataRow("OAS resolution 242 (1967) is not the Council's")]
    [DataRow("the Council's resolution 2002/11 on human rights")]
    public void Extract_OtherBodiesResolutions_AreLeftOut(string text) => Assert.AreEqual("", Keys(text));

    [TestMethod]
    [DataRow("the Disarmament Commission, as established last year [resolution 1150 (XII)], has not met", "A/RES/1150(XII)")]
    [DataRow("the Council of UNCTAD discussed the Strategy for the Decade [resolution 2626 (XXV)]", "A/RES/2626(XXV)")]
    [DataRow("the Commission on Sustainable Development of ECOSOC, in accordance with resolution 47/191", "A/RES/47/191")]
    public void Extract_AssemblyResolutionNearAnotherBody_IsStillTheAssemblys(string text, string expected) => Assert.AreEqual(expected, Keys(text));

    [TestMethod]
    [DataRow("General Assembly resolution 217 (III) proclaimed it.", "UDHR")]
    [DataRow("the Universal Declaration [resolution 217 A (III)] is our standard", "UDHR")]
    [DataRow("the 2030 Sustainable Development Goals (resolution 70/1)", "SDG-2030")]
    public void Extract_ResolutionThatIsACataloguedInstrument_IsThatInstrument(string text, string expected) => Assert.AreEqual(expected, Keys(text));

    [TestMethod]
    public void Extract_CatalogInstrumentWithASymbolId_MeetsTheSymbol()
    {
        const string catalog = """
            {"instruments": [{"id": "A/RES/64/292", "title": "The human right to water and sanitation", "kind": "resolution",
              "adopted": "2010-07-28", "names": ["Resolution on the Human Right to Water and Sanitation"]}]}
            """;
        var file = Path.Combine(Path.GetTempPath(), $"citations-symbol-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, catalog);
        try
        {
            var extractor = new CitationExtractor(InstrumentCatalog.Load([file]));
            var found = extractor.Extract("the Resolution on the Human Right to Water and Sanitation (General Assembly resolution 64/292)");
            CollectionAssert.AreEqual(new[] { "A/RES/64/292" }, found.Select(c => c.InstrumentId).Distinct().ToArray());
            Assert.IsTrue(found.All(c => c.Catalogued));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [TestMethod]
    [DataRow("A/RES/217 A (III)", "A/RES/217(III)")]
    [DataRow("A/RES/217(III)", "A/RES/217(III)")]
    [DataRow("A/RES/70/1", "A/RES/70/1")]
    public void Key_CatalogSymbol_IsTheMatchersKey(string symbol, string expected) => Assert.AreEqual(expected, Citations.Core.Extraction.Passes.ResolutionPass.Key(symbol));

    [TestMethod]
    public void Find_StepsGrowLinearlyWithTheText()
    {
        const string paragraph = "The Security Council adopted resolution 1973 (2011). The Council, in that resolution, acted. "
            + "Resolution 678 in 1990 and resolutions 242 and 338, A/RES/ES-10/19, las resoluciones 3379 (XXX) y 46/86, the resolution of the conflict.\n";
        long StepsFor(int copies)
        {
            var steps = new StepCounter();
            ResolutionMatcher.Find(string.Concat(Enumerable.Repeat(paragraph, copies)), steps);
            return steps.Count;
        }

        var small = StepsFor(50);
        var large = StepsFor(400);
        Assert.IsTrue(large <= small * 8 * 1.1, $"{small} steps for 50 paragraphs, {large} for 400");
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("resolution")]
    [DataRow("resolution (")]
    [DataRow("S/RES/")]
    [DataRow("A/RES/ES-/")]
    [DataRow("resolutions 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 and")]
    [DataRow("that resolution")]
    [DataRow("résolution ( XX {")]
    public void Find_OddText_DoesNotThrow(string text) => Assert.IsNotNull(ResolutionMatcher.Find(text));
}

[TestClass]
public sealed class BoundariesTests
{
    [TestMethod]
    [DataRow("First sentence here. Second one with the U.N. Security Council and No. 5 in it. Third|", 2, "Second one")]
    [DataRow("First sentence here. Second one. Third|", 1, "Third")]
    [DataRow("Line one ends mid\nsentence and goes on. Then|", 2, "Line one")]
    [DataRow("A paragraph ends.\nA new one starts|", 2, "A new one")]
    [DataRow("A paragraph\n\nA new one starts|", 2, "A new one")]
    public void SentenceStart_CountsSentencesBackWithinTheParagraph(string marked, int sentences, string expectedStart)
    {
        var position = marked.IndexOf('|', StringComparison.Ordinal);
        var start = Citations.Core.Extraction.Boundaries.SentenceStart(marked, position, sentences, 1000, new StepCounter());
        StringAssert.StartsWith(marked[start..].TrimStart(), expectedStart);
    }

    [TestMethod]
    public void ParagraphStart_NeverGoesBackFurtherThanTheWindow()
    {
        var text = new string('a', 5000);
        Assert.AreEqual(4000, Citations.Core.Extraction.Boundaries.ParagraphStart(text, 5000, 1000, new StepCounter()));
    }
}
