using Citations.Core.Extraction;

namespace Citations.Core.Tests.Catalog;

[TestClass]
public sealed class UnknownsReportTests
{
    private static readonly CitationExtractor s_extractor = new(InstrumentCatalog.BuiltIn);

    private static UnknownsReport Report(params (string Id, string Text)[] statements)
    {
        var report = new UnknownsReport();
        foreach (var (id, text) in statements)
        {
            var statement = new Statement(id, text, StatementMetadata.Empty);
            report.Add(statement, s_extractor.Extract(text));
        }

        return report;
    }

    [TestMethod]
    public void Add_TitlesDifferingInCaseHyphensAndSmallWords_AreOneEntry()
    {
        var report = Report(
            ("ungd-NPL-1970", "The Convention on Transit Traffic of Land-locked States must be ratified by every transit State."),
            ("ungd-LAO-1971", "We recall the Convention on Transit Traffic of Landlocked States, adopted in New York."),
            ("ungd-BOL-1972", "Bolivia invokes the Convention on Transit Traffic of Land-Locked States once again."));
        var entry = report.Entries().Single(e => e.Kind == UnknownKind.UncataloguedTitle);
        Assert.AreEqual(3, entry.Count);
        Assert.AreEqual(3, entry.StatementCount);
        CollectionAssert.AreEqual(new[] { "ungd-NPL-1970", "ungd-LAO-1971", "ungd-BOL-1972" }, entry.Statements.ToArray());
        Assert.AreEqual(2, entry.Variants.Length, string.Join(" | ", entry.Variants));
        StringAssert.Contains(entry.Context, "must be ratified");
    }

    [TestMethod]
    [DataRow("Co-operation among States", "cooperation among states")]
    [DataRow("Declaration on the Strengthening of Inter-national Security", "declaration strengthening international security")]
    [DataRow("Déclaration sur l'octroi de l'indépendance", "declaration sur l octroi l independance")]
    public void TitleKey_FoldsCaseHyphensAccentsAndSmallWords(string title, string key) =>
        Assert.AreEqual(key, UnknownsReport.TitleKey(title));

    [TestMethod]
    public void Add_UnresolvedAnaphora_AreCountedByDeterminerAndHead()
    {
        var report = Report(
            ("ungd-EGY-1954", "The command of the Suez Canal base, in respect of which the Convention lays down the provisions for its transfer to Egypt, will be ours."),
            ("ungd-SDN-1956", "We hold that the Convention binds both parties. That Treaty, however, was never ratified."));
        var entries = report.Entries();
        var convention = entries.Single(e => e.Text == "the Convention");
        Assert.AreEqual(UnknownKind.UnresolvedShortForm, convention.Kind);
        Assert.AreEqual(2, convention.Count);
        Assert.AreEqual(2, convention.StatementCount);
        Assert.AreEqual(1, entries.Single(e => e.Text == "That Treaty").Count);
    }

    [TestMethod]
    public void Add_ShortFormTheExtractorResolved_IsNotListed()
    {
        var report = Report(("ohchr-2021-07", "Article 6 of the International Covenant on Civil and Political Rights protects life; the Covenant also bars torture."));
        Assert.IsFalse(report.Entries().Any(e => e.Text.Contains("Covenant", StringComparison.Ordinal)),
            string.Join(" | ", report.Entries().Select(e => e.Text)));
    }

    [TestMethod]
    [DataRow("the Treaty of Versailles imposed heavy reparations.")]
    [DataRow("as the Declaration of Independence says, all men are created equal.")]
    [DataRow("the convention of the party met in Chicago.")]
    public void Add_NamesAndLowerCaseNouns_AreNotAnaphora(string text) =>
        Assert.IsFalse(Report(("press-1", text)).Entries().Any(e => e.Kind == UnknownKind.UnresolvedShortForm));

    [TestMethod]
    public void Add_OneStatementManyMentions_CountsMentionsAndOneStatement()
    {
        var report = Report(("ungd-GRC-1963", "the Treaty was signed; the Treaty was ratified; the Treaty holds."));
        var entry = report.Entries().Single();
        Assert.AreEqual(3, entry.Count);
        Assert.AreEqual(1, entry.StatementCount);
    }

    [TestMethod]
    public void Add_ManyStatements_KeepsABoundedListOfIds_AndCountsThemAll()
    {
        var report = Report([.. Enumerable.Range(1, 25).Select(k => ($"s{k}", "Delegations cited the Agreement on the Rann of Kutch again."))]);
        var entry = report.Entries().Single();
        Assert.AreEqual(25, entry.StatementCount);
        Assert.AreEqual(UnknownsReport.StatementsKept, entry.Statements.Length);
    }

    [TestMethod]
    public void Entries_MostFrequentFirst_AndTopCuts()
    {
        var report = Report(
            ("a", "the Protocol; the Protocol; the Treaty on Maritime Arrangements in the Timor Sea"),
            ("b", "the Protocol and the Treaty on Maritime Arrangements in the Timor Sea, and the Agreement on the Rann of Kutch"));
        var entries = report.Entries();
        CollectionAssert.AreEqual(new[] { "the Protocol", "Treaty on Maritime Arrangements in the Timor Sea", "Agreement on the Rann of Kutch" },
            entries.Select(e => e.Text).ToArray());
        Assert.AreEqual(1, report.Entries(top: 1).Length);
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => report.Entries(top: 0));
        Assert.AreEqual(3, report.UncataloguedCitations);
    }

    [TestMethod]
    public void Add_ResolutionsAreLeftOutOfTheInstrumentCitations()
    {
        var report = Report(("ungd-X", "Security Council resolution 242 (1967) and the Convention on Transit Traffic of Land-locked States."));
        Assert.AreEqual(1, report.InstrumentCitations);
        Assert.AreEqual(1, report.UncataloguedCitations);
    }

    [TestMethod]
    [DataRow("", 0, 0)]
    [DataRow("the Treaty", 0, 10)]
    public void Context_AtTheEdgesOfTheText_DoesNotThrow(string text, int start, int end) =>
        Assert.AreEqual(text, UnknownsReport.Context(text, start, end));
}
