using Citations.CorpusGenerator;

namespace Citations.Core.Tests.CorpusGenerator;

[TestClass]
public sealed class RealCorpusTests
{
    private static readonly Statement[] s_speeches =
    [
        new("ungd-A-1", "We reaffirm our commitment to the Charter of the United Nations. The Universal Declaration of Human Rights remains our guide.\nWe call on all States to ratify the Rome Statute.", StatementMetadata.Empty),
        new("ungd-B-1", "My delegation welcomes the Paris Agreement. It is a milestone for small island developing States.", StatementMetadata.Empty),
    ];

    [TestMethod]
    public void Repeat_BeyondTheCorpus_CopiesWithFreshIdsUntilTheSize()
    {
        var total = s_speeches.Sum(s => (long)s.Text.Length) * 3 - 10;

        var repeated = RealCorpus.Repeat(s_speeches, total).ToList();

        Assert.AreEqual(6, repeated.Count);
        CollectionAssert.AreEqual(new[] { "ungd-A-1", "ungd-B-1", "ungd-A-1~2", "ungd-B-1~2", "ungd-A-1~3", "ungd-B-1~3" }, repeated.Select(s => s.Id).ToArray());
        Assert.AreEqual(s_speeches[1].Text, repeated[5].Text);
    }

    [TestMethod]
    public void Repeat_BelowTheCorpus_TakesItsFirstStatements()
    {
        var repeated = RealCorpus.Repeat(s_speeches, 1).ToList();

        Assert.AreEqual(1, repeated.Count);
        Assert.AreSame(s_speeches[0], repeated[0]);
    }

    [TestMethod]
    public void Repeat_EmptyCorpus_Nothing()
    {
        Assert.AreEqual(0, RealCorpus.Repeat([], -1).Count());
    }

    [TestMethod]
    [DataRow(40)]
    [DataRow(100)]
    [DataRow(1000)]
    public void Reshape_AnyLength_PiecesEndAtSentencesAndAddUpToTheTotal(int target)
    {
        var texts = s_speeches.Select(s => s.Text).ToList();

        var pieces = RealCorpus.Reshape(texts, target, 2000).ToList();

        Assert.IsTrue(pieces.Sum(p => (long)p.Length) >= 2000, "short of the total");
        Assert.IsTrue(pieces.Sum(p => (long)p.Length) < 2000 + target + 200, "far beyond the total");
        foreach (var piece in pieces.SkipLast(1))
        {
            Assert.IsTrue(piece.Length >= target, $"piece of {piece.Length} below the target {target}");
            Assert.IsTrue(piece.TrimEnd().EndsWith('.'), $"piece not cut at a sentence end: …{piece[^20..]}");
        }
    }

    [TestMethod]
    public void Reshape_LongTarget_JoinsTextsWithABlankLine()
    {
        var pieces = RealCorpus.Reshape([.. s_speeches.Select(s => s.Text)], 10_000, 10_000).ToList();

        Assert.AreEqual(1, pieces.Count);
        StringAssert.Contains(pieces[0], "Rome Statute.\n\nMy delegation welcomes the Paris Agreement.");
    }

    [TestMethod]
    [DataRow(0)]
    [DataRow(-5)]
    public void Reshape_NoTargetOrNoTexts_Nothing(int target)
    {
        Assert.AreEqual(0, RealCorpus.Reshape([.. s_speeches.Select(s => s.Text)], target, 1000).Count());
        Assert.AreEqual(0, RealCorpus.Reshape([], 100, 1000).Count());
    }

    [TestMethod]
    public void Load_MissingFile_Throws()
    {
        Assert.ThrowsExactly<FileNotFoundException>(() => RealCorpus.Load(Path.Combine(Path.GetTempPath(), "no-such-corpus.jsonl.gz")));
    }

    [TestMethod]
    public void Load_BadLines_CountedAsRejected()
    {
        var file = Path.Combine(Path.GetTempPath(), $"real-corpus-{Guid.NewGuid():N}.jsonl");
        try
        {
            File.WriteAllLines(file,
            [
                """{"id": "ungd-A-1", "text": "We reaffirm the Charter of the United Nations."}""",
                """{"id": "ungd-B-1", "text": """,
                """{"id": "ungd-C-1", "text": "The Paris Agreement."}""",
            ]);

            var (statements, rejected) = RealCorpus.Load(file);

            CollectionAssert.AreEqual(new[] { "ungd-A-1", "ungd-C-1" }, statements.Select(s => s.Id).ToArray());
            Assert.AreEqual(1, rejected);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
