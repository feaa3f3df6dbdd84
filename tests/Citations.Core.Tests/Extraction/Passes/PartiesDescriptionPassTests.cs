using Citations.Core.Extraction;
using Citations.Core.Extraction.Passes;
using static Citations.Core.Tests.Extraction.Passes.PassHarness;

namespace Citations.Core.Tests.Extraction.Passes;

[TestClass]
public sealed class PartiesDescriptionPassTests
{
    private static readonly Lazy<ExtractionContext> s_context = new(() => With(CatalogOf(
        Entry("ARMISTICE-1949", "Armistice Agreement between Ruritania and Freedonia", adopted: "1949-04-03"),
        Entry("PEACE-1994", "Treaty of Peace between the Kingdom of Ruritania and the Republic of Freedonia", adopted: "1994-10-26"),
        Entry("FRONTIER-1975", "Treaty concerning the Frontier between Iran and Iraq", adopted: "1975-06-13"),
        Entry("RELATIONS-1973", "Treaty on Mutual Relations between the Federal Republic of Germany and Czechoslovakia", adopted: "1973-12-11"),
        Entry("SECURITY-JP", "Mutual Security Treaty between the United States and Japan", adopted: "1951-09-08"),
        Entry("DEFENSE-PH", "Mutual Defense Treaty between the United States and the Philippines", adopted: "1951-08-30"),
        Entry("TRADE-1990", "Declaration on Trade between Iran and Iraq", kind: "declaration", adopted: "1990-01-01"))));

    private static readonly Countries s_countries = new([
        ("RUR", ["Ruritania", "Kingdom of Ruritania"]), ("FRE", ["Freedonia", "Republic of Freedonia", "Freedonian"]),
        ("RURA", ["Ruritanian"]), ("IRN", ["Iran"]), ("IRQ", ["Iraq"]), ("DEU", ["Germany", "Federal Republic of Germany"]),
        ("CSK", ["Czechoslovakia"]), ("USA", ["United States"]), ("JPN", ["Japan"]), ("PHL", ["Philippines"]),
    ]);

    private static IExtractionPass Parties(ExtractionContext context) => new PartiesDescriptionPass(context, s_countries);

    private static string[] Found(string text, string? issuer = null, string date = "2000") =>
        [.. new PartiesDescriptionPassRun(text, issuer, date).Ids];

    private sealed class PartiesDescriptionPassRun(string text, string? issuer, string date)
    {
        public IEnumerable<string> Ids
        {
            get
            {
                var state = new ExtractionState(text) { Metadata = new StatementMetadata { Issuer = issuer, Date = date } };
                Parties(s_context.Value).Run(state);
                return state.Mentions.Select(m => m.InstrumentId!).Order(StringComparer.Ordinal);
            }
        }
    }

    [TestMethod]
    // The two States after the head or before it; the words before the head pick one of several between them.
    [DataRow("We welcome the peace agreement between Ruritania and Freedonia.", "PEACE-1994")]
    [DataRow("The armistice agreements between Freedonia and Ruritania held for decades.", "ARMISTICE-1949")]
    [DataRow("The Freedonian-Ruritania peace treaty endures.", "PEACE-1994")]
    [DataRow("Iraq ignored the 1975 treaty signed by Iran and Iraq.", "FRONTIER-1975")]
    [DataRow("They abrogated the Iran-Iraq frontier treaty.", "FRONTIER-1975")]
    public void Run_TreatyDescribedByItsTwoStates_IsThatTreaty(string text, string expected) =>
        CollectionAssert.AreEqual(new[] { expected }, Found(text));

    [TestMethod]
    public void Run_TreatyWithAState_HasTheSpeakersStateForTheOtherParty()
    {
        CollectionAssert.AreEqual(new[] { "RELATIONS-1973" }, Found("The relations treaty with Czechoslovakia completed our treaties.", "Federal Republic of Germany", "1987"));
        CollectionAssert.AreEqual(new[] { "RELATIONS-1973" }, Found("The 1973 treaty with Czechoslovakia completed our treaties.", "Germany", "1987"));
        CollectionAssert.AreEqual(Array.Empty<string>(), Found("The relations treaty with Czechoslovakia completed our treaties.", "Japan", "1987"));
        CollectionAssert.AreEqual(Array.Empty<string>(), Found("The relations treaty with Czechoslovakia completed our treaties.", null, "1987"));
    }

    [TestMethod]
    public void Run_PactsWithSeveralStates_AreOneTreatyForEach() =>
        CollectionAssert.AreEqual(new[] { "DEFENSE-PH", "SECURITY-JP" }, Found("the mutual security pacts concluded by the United States with Japan and the Philippines", date: "1952"));

    [TestMethod]
    // Several fit and nothing picks one; an indefinite article; a year that fits none; a treaty adopted after the
    // statement; one State only; a declaration is no agreement; punctuation between head and parties.
    [DataRow("the agreement between Ruritania and Freedonia", "2000")]
    [DataRow("the treaty between Iran and Iraq", "2000")]
    [DataRow("the recent Iran-Iraq agreement", "2000")]
    [DataRow("an agreement between Ruritania and Freedonia was signed", "2000")]
    [DataRow("the 1980 treaty between Iran and Iraq", "2000")]
    [DataRow("the peace treaty between Ruritania and Freedonia", "1960")]
    [DataRow("the treaty signed by Iran", "2000")]
    [DataRow("the treaty between Iran and Iran", "2000")]
    [DataRow("the declaration between Iran and Iraq", "2000")]
    [DataRow("the treaty, between Iran and Iraq, we think", "2000")]
    public void Run_DescriptionThatPinsDownNoOneTreaty_GivesNothing(string text, string date) =>
        CollectionAssert.AreEqual(Array.Empty<string>(), Found(text, date: date));

    [TestMethod]
    public void Run_UncataloguedTitleOverTheDescription_GivesWay()
    {
        var state = Run("the peace Agreement between Ruritania and Freedonia", s_context.Value, c => new UncataloguedTitlePass(c), Parties);
        Assert.AreEqual("PEACE-1994", state.Mentions.Single().InstrumentId);
    }

    [TestMethod]
    public void Countries_BuiltIn_ReadNamesAdjectivesAndFormerNames()
    {
        Assert.AreEqual("JOR", Countries.BuiltIn.Of("the Hashemite Kingdom of Jordan"));
        Assert.AreEqual("ISR", Countries.BuiltIn.Of("Israeli"));
        CollectionAssert.AreEqual(new[] { "IRN", "IRQ" }, Countries.BuiltIn.In("Treaty concerning the State Frontier and Neighbourly Relations between Iran and Iraq"));
        CollectionAssert.AreEqual(new[] { "SUN", "VNM" }, Countries.BuiltIn.In("Treaty of Friendship between the Union of Soviet Socialist Republics and the Socialist Republic of Viet Nam"));
        Assert.IsNull(Countries.BuiltIn.Of("America"));
    }

    [TestMethod]
    public void Countries_DataFile_GivesEveryNameToOneStateOnly()
    {
        var file = Path.Combine(RepositoryFiles.Root, "src", "Citations.Core", "Extraction", "Data", "countries.json");
        var root = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(file));
        var states = ((Newtonsoft.Json.Linq.JArray)root["countries"]!).Count;
        Assert.IsTrue(states >= 195, $"{states} States");
        foreach (var country in (Newtonsoft.Json.Linq.JArray)root["countries"]!)
        {
            foreach (var name in country["names"]!.Values<string>().Concat(country["adjectives"]!.Values<string>()))
            {
                Assert.AreEqual((string?)country["id"], Countries.BuiltIn.Of(name!), name);
            }
        }
    }
}
