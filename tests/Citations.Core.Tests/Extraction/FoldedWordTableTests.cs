using Citations.Core.Extraction;
using FsCheck;
using FsCheck.Fluent;

namespace Citations.Core.Tests.Extraction;

/// <summary><see cref="FoldedWordTable"/> finds a text's word as folding it and looking the folded form up would.</summary>
[TestClass]
public sealed class FoldedWordTableTests
{
    private static readonly string[] s_words =
    [
        "convention", "covenant", "charter", "rights", "of", "a", "i", "us", "npt", "1966", "iii", "déclaration", "declaration", "пакт",
        "конвенция", "nations", "united", "internationale", "protocol", "protocols", "ab", "abc", "abcd", "abcde", "abcdefgh", "abcdefghi",
    ];

    private static FoldedWordTable Table()
    {
        var table = new FoldedWordTable();
        foreach (var word in s_words) table.Intern(TextNormalizer.Fold(word));
        return table;
    }

    [TestMethod]
    [DataRow("Convention", "convention")]
    [DataRow("CONVENTION", "convention")]
    [DataRow("NPT", "npt")]
    [DataRow("A", "a")]
    [DataRow("Déclaration", "declaration")]
    [DataRow("DECLARATION", "declaration")]
    [DataRow("ПАКТ", "пакт")]
    [DataRow("AbCdEfGhI", "abcdefghi")]
    public void FindInText_WordInAnyCase_IsItsFoldedForm(string word, string folded)
    {
        var table = Table();
        Assert.AreEqual(table.Find(folded), table.FindInText(word, new char[word.Length]));
        Assert.IsTrue(table.Find(folded) >= 0);
    }

    [TestMethod]
    [DataRow("Conventions")]
    [DataRow("Conventio")]
    [DataRow("abcdefg")]
    [DataRow("1967")]
    [DataRow("Пакта")]
    [DataRow("x")]
    public void FindInText_WordNotHeld_IsMinusOne(string word) => Assert.AreEqual(-1, Table().FindInText(word, new char[word.Length]));

    [TestMethod]
    public void FindInText_AnyWord_AgreesWithFoldThenFind()
    {
        var letters = "aAbBcCdDeEiInNoOpPsStTuUvV0169éÉóпПаАкКт".ToCharArray();
        var words = Gen.Choose(1, 11).SelectMany(n => Gen.ArrayOf(Gen.Elements(letters), n)).Select(c => new string(c));
        var table = Table();
        Prop.ForAll(words.ToArbitrary(), word =>
        {
            var expected = table.Find(TextNormalizer.Fold(word));
            var actual = table.FindInText(word, new char[word.Length]);
            return (expected == actual).Label($"{word}: {expected} by folding, {actual} from the text");
        }).QuickCheckThrowOnFailure();
    }

    [TestMethod]
    public void Intern_ThousandsOfWords_KeepsEveryId()
    {
        var table = new FoldedWordTable();
        var ids = Enumerable.Range(0, 5000).Select(k => table.Intern("w" + k.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        CollectionAssert.AreEqual(Enumerable.Range(0, 5000).ToList(), ids);
        Assert.AreEqual(1234, table.FindInText("W1234", new char[5]));
        Assert.AreEqual(1234, table.Intern("w1234"));
        Assert.AreEqual(5000, table.Count);
    }

    [TestMethod]
    public void Intern_FromCharacters_SameIdAsFromTheString()
    {
        var table = new FoldedWordTable();
        var covenant = table.Intern("covenant");
        // Characters cut from a longer text, as the name index folds them into a buffer.
        var text = "the covenant's protocol".AsSpan();
        Assert.AreEqual(covenant, table.Intern(text.Slice(4, 8)));
        var protocol = table.Intern(text.Slice(15, 8));
        Assert.AreEqual(1, protocol);
        Assert.AreEqual("protocol", table[protocol]);
        Assert.AreEqual(protocol, table.Intern("protocol"));
        Assert.AreEqual(2, table.Count);
    }
}
