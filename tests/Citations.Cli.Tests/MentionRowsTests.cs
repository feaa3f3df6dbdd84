namespace Citations.Cli.Tests;

[TestClass]
public sealed class MentionRowsTests
{
    [TestMethod]
    [DataRow("The Committee met in Geneva. It recalled article 6 of the Covenant, which protects life. Then it adjourned.",
        "the Covenant", "It recalled article 6 of the Covenant, which protects life.")]
    [DataRow("Under art. 14 of the ICCPR, Mr. Ali was entitled to a fair trial. Nothing else.",
        "ICCPR", "Under art. 14 of the ICCPR, Mr. Ali was entitled to a fair trial.")]
    [DataRow("Security Council resolution 2603 A. (XXIV) of the Assembly is cited here. Next one.",
        "2603", "Security Council resolution 2603 A. (XXIV) of the Assembly is cited here.")]
    [DataRow("Title line\n\nThe Genocide\nConvention binds all States.\n\nAnother paragraph.",
        "Genocide\nConvention", "The Genocide Convention binds all States.")]
    [DataRow("Is the Rome Statute binding? Yes!", "Rome Statute", "Is the Rome Statute binding?")]
    public void Sentence_Mention_IsTheSentenceAroundIt(string text, string surface, string expected)
    {
        var start = text.IndexOf(surface, StringComparison.Ordinal);

        Assert.AreEqual(expected, MentionRows.Sentence(text, start, surface.Length));
    }

    [TestMethod]
    public void Sentence_VeryLongSentence_IsCutOnBothSidesWithAnEllipsis()
    {
        var text = new string('a', 1000) + " the ICCPR " + new string('b', 1000);
        var start = text.IndexOf("ICCPR", StringComparison.Ordinal);

        var sentence = MentionRows.Sentence(text, start, 5);

        StringAssert.StartsWith(sentence, "…");
        StringAssert.EndsWith(sentence, "…");
        StringAssert.Contains(sentence, "the ICCPR");
        Assert.IsTrue(sentence.Length <= 2 * MentionRows.ContextReach + 10, sentence.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [TestMethod]
    [DataRow("", 0, 0)]
    [DataRow("ICCPR", 0, 5)]
    [DataRow("x", 5, 3)]
    [DataRow(". . .", 2, 1)]
    public void Sentence_EdgeOfText_NeverThrows(string text, int start, int length) =>
        Assert.IsNotNull(MentionRows.Sentence(text, start, length));
}
