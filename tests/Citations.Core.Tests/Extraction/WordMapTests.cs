using Citations.Core.Extraction;
using FsCheck;
using FsCheck.Fluent;

namespace Citations.Core.Tests.Extraction;

/// <summary><see cref="WordMap"/> finds the words a character-by-character reading with <see cref="TextNormalizer.IsWordChar"/> finds, at any offset and across block edges.</summary>
[TestClass]
public sealed class WordMapTests
{
    private static readonly string[] s_pieces =
    [
        "Convention", "on", "the", "Rights", "of", "the", "Child", "ICCPR", "1966", "(III)", "Nuclear-Test-Ban", "U.S.C.", "Déclaration", "Пакт",
        "l’", "—", "\u00a0", "\u0301", "😀", "\t", "\n", " ", "  ", ",", ".", "x", "ó", "\u2019s", "_", "٣", "ǅ",
    ];

    /// <summary>Texts of up to a few hundred characters, so that words cross the 64-character blocks at every offset.</summary>
    private static Gen<string> Texts() =>
        Gen.ListOf(Gen.OneOf(Gen.Elements(s_pieces), Gen.Elements(s_pieces), ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")))
            .SelectMany(parts => Gen.Elements(" ", "", "-").Select(glue => string.Join(glue, parts)))
            .SelectMany(text => Gen.Choose(0, 3).Select(copies => string.Concat(Enumerable.Repeat(text, copies + 1))));

    private static List<(int Start, int End)> ScalarWords(string text)
    {
        var words = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!TextNormalizer.IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && TextNormalizer.IsWordChar(text[i])) i++;
            words.Add((start, i));
        }

        return words;
    }

    private static List<(int Start, int End)> MappedWords(string text)
    {
        var map = new WordMap(text);
        var words = new List<(int, int)>();
        var position = 0;
        while (map.NextWord(position, out var start, out var end))
        {
            words.Add((start, end));
            position = end;
        }

        return words;
    }

    [TestMethod]
    public void NextWord_AnyText_FindsTheWordsOfACharacterByCharacterReading()
    {
        Prop.ForAll(Texts().ToArbitrary(), text =>
        {
            var expected = ScalarWords(text);
            var actual = MappedWords(text);
            return expected.SequenceEqual(actual).Label($"expected [{string.Join(", ", expected)}], found [{string.Join(", ", actual)}]");
        }).QuickCheckThrowOnFailure();
    }

    [TestMethod]
    public void PreviousWord_AnyTextAndPosition_IsTheLastWordEndingByIt()
    {
        var cases = Texts().SelectMany(text => Gen.Choose(-1, text.Length + 1).Select(position => (text, position)));
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (text, position) = c;
            var expected = ScalarWords(text).Where(w => w.Start < position).Select(w => (w.Start, Math.Min(w.End, position))).LastOrDefault((-1, -1));
            var map = new WordMap(text);
            var actual = map.PreviousWord(position, out var start, out var end) ? (start, end) : (-1, -1);
            return (expected == actual).Label($"at {position}: expected {expected}, found {actual}");
        }).QuickCheckThrowOnFailure();
    }

    [TestMethod]
    public void IsAsciiAndIsWordChar_AnyTextAndSpan_AnswerAsTheCharactersDo()
    {
        var cases = Texts().SelectMany(text => Gen.Choose(0, text.Length).Two().Select(p => (text, Math.Min(p.Item1, p.Item2), Math.Max(p.Item1, p.Item2))));
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (text, from, to) = c;
            var map = new WordMap(text);
            var ascii = text.AsSpan(from, to - from).ContainsAnyInRange((char)128, char.MaxValue) == false;
            var wordChars = Enumerable.Range(-1, text.Length + 2).All(i => map.IsWordChar(i) == (i >= 0 && i < text.Length && TextNormalizer.IsWordChar(text[i])));
            return (map.IsAscii(from, to) == ascii && wordChars).Label($"[{from}, {to})");
        }).QuickCheckThrowOnFailure();
    }

    private struct LongWords : IWordFilter
    {
        public readonly bool Admits(int start, int end) => end - start >= 4;
    }

    [TestMethod]
    public void NextWordWithFilter_AnyTextAndPosition_IsTheFirstAdmittedWordOfTheUnfilteredSearch()
    {
        var cases = Texts().SelectMany(text => Gen.Choose(0, text.Length).Select(position => (text, position)));
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (text, position) = c;
            var map = new WordMap(text);
            var expected = (-1, -1);
            for (var p = position; map.NextWord(p, out var s, out var e); p = e)
            {
                if (e - s < 4) continue;
                expected = (s, e);
                break;
            }

            var filter = new LongWords();
            var actual = map.NextWord(position, ref filter, out var start, out var end) ? (start, end) : (-1, -1);
            return (expected == actual).Label($"from {position}: expected {expected}, found {actual}");
        }).QuickCheckThrowOnFailure();
    }

    [TestMethod]
    public void NextWord_WordRunningOverSeveralBlocks_IsOneWord()
    {
        var text = "See " + new string('x', 200) + " and the Charter.";
        var map = new WordMap(text);
        Assert.IsTrue(map.NextWord(3, out var start, out var end));
        Assert.AreEqual((4, 204), (start, end));
        Assert.IsTrue(map.PreviousWord(205, out start, out end));
        Assert.AreEqual((4, 204), (start, end));
    }

    [TestMethod]
    public void NextWord_RealSentenceWithCurlyQuotesAndDashes_SplitsWhereTheyStand()
    {
        const string text = "the State’s duties under the Covenant—article 6—are ‘non-derogable’";
        var words = MappedWords(text).Select(w => text[w.Start..w.End]).ToList();
        CollectionAssert.AreEqual(new[] { "the", "State", "s", "duties", "under", "the", "Covenant", "article", "6", "are", "non", "derogable" }, words);
    }

    [TestMethod]
    public void NextWord_EmptyTextOrPositionPastTheEnd_FindsNothing()
    {
        Assert.IsFalse(new WordMap("").NextWord(0, out _, out _));
        Assert.IsFalse(new WordMap("Charter").NextWord(7, out _, out _));
        Assert.IsFalse(new WordMap("Charter").NextWord(-1, out _, out _));
        Assert.IsFalse(new WordMap(" ... ").NextWord(0, out _, out _));
        Assert.IsFalse(new WordMap("Charter").PreviousWord(0, out _, out _));
    }
}
