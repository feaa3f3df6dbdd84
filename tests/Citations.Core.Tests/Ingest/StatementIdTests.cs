using System.Text.RegularExpressions;
using Citations.Core.Ingest;
using FsCheck;
using FsCheck.Fluent;
using static Citations.Core.Tests.Ingest.IngestFixtures;

namespace Citations.Core.Tests.Ingest;

[TestClass]
public sealed partial class StatementIdTests
{
    [TestMethod]
    public void Derive_RealSentence_IsPrefixAndFirstSixteenHexDigitsOfSha256()
    {
        // sha256sum of the sentence as UTF-8, first 16 hex digits.
        Assert.AreEqual("s-ca7e4c88d177748d", StatementId.Derive(Poland));
    }

    [TestMethod]
    public void Derive_CrlfAndLfLineEndings_SameId()
    {
        var lf = Poland + "\n\n" + OptionalProtocol + "\n";
        var crlf = Poland + "\r\n\r\n" + OptionalProtocol + "\r\n";

        Assert.AreEqual(StatementId.Derive(lf), StatementId.Derive(crlf));
    }

    [TestMethod]
    public void Derive_WhitespaceRunsAndSurroundingSpace_SameIdAsSingleSpaces()
    {
        Assert.AreEqual(
            StatementId.Derive(Poland + " " + OptionalProtocol),
            StatementId.Derive("  \t" + Poland + "\n   \u00A0" + OptionalProtocol + " \n"));
    }

    [TestMethod]
    public void Derive_DecomposedAccents_SameIdAsComposed()
    {
        // As text copied from some PDFs and macOS file systems arrives: e + COMBINING ACUTE ACCENT.
        const string Composed = "À l’occasion de la Journée internationale pour le soutien aux victimes de la torture";
        const string Decomposed = "A\u0300 l’occasion de la Journe\u0301e internationale pour le soutien aux victimes de la torture";

        Assert.AreEqual(StatementId.Derive(Composed), StatementId.Derive(Decomposed));
        Assert.AreNotEqual(StatementId.Derive("Journee"), StatementId.Derive(Decomposed));
    }

    [TestMethod]
    public void Derive_DevCorpusTexts_SameIdsAsRecordedBeforeTheSwitchToStringNormalize()
    {
        var recorded = File.ReadLines(Path.Combine(RepositoryRoot, "tests", "Citations.Core.Tests", "TestData", "ingest", "dev-derived-ids.txt"))
            .Where(line => !line.StartsWith('#')).ToList();
        var derived = File.ReadLines(DevStatements)
            .Select(line => StatementId.Derive((string)Newtonsoft.Json.Linq.JObject.Parse(line)["text"]!)).ToList();

        Assert.AreEqual(148, derived.Count);
        CollectionAssert.AreEqual(recorded, derived);
    }

    [TestMethod]
    [DataRow("Vie\u0323\u0302t Nam", "Vie\u0302\u0323t Nam")]
    [DataRow("\u212B", "\u00C5")]
    [DataRow("\u1112\u1161\u11AB\u1100\u116E\u11A8", "한국")]
    public void Derive_CanonicallyEquivalentTexts_SameId(string first, string second)
    {
        Assert.AreEqual(StatementId.Derive(first), StatementId.Derive(second));
    }

    [TestMethod]
    public void Derive_DifferentTexts_DifferentIds()
    {
        Assert.AreNotEqual(StatementId.Derive(Poland), StatementId.Derive(Bosnia));
    }

    [TestMethod]
    public void Derive_UnpairedSurrogate_DoesNotThrow()
    {
        Assert.MatchesRegex(IdPattern(), StatementId.Derive("Komšić \uD800 said"));
    }

    [TestMethod]
    public void Derive_AnyText_IsWellFormedAndIndependentOfLineEndings()
    {
        Prop.ForAll<string>(text =>
        {
            text ??= string.Empty;
            var id = StatementId.Derive(text);
            return IdPattern().IsMatch(id)
                && id == StatementId.Derive(text.ReplaceLineEndings("\r\n"))
                && id == StatementId.Derive(" " + text + "\n");
        }).QuickCheckThrowOnFailure();
    }

    [GeneratedRegex("^s-[0-9a-f]{16}$")]
    private static partial Regex IdPattern();
}
