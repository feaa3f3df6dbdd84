using Citations.Core.Extraction;
using FsCheck;
using FsCheck.Fluent;

namespace Citations.Core.Tests.Extraction;

/// <summary><see cref="TextNormalizer.LowerCaseWords"/> gives what joining <see cref="TextNormalizer.Words"/> and lower-casing gives, for any text.</summary>
[TestClass]
public sealed class LowerCaseWordsTests
{
    private static readonly string[] s_pieces =
    [
        "Paris", "agreement", "of", "5", "September", "1946", "Déclaration", "ПАКТ", "İstanbul", "ǅ", "\u0301", "😀", "l’", "U.N.", "—", "\u00a0", "\n", " ", ",", "-",
    ];

    private static Gen<string> Texts() =>
        Gen.ListOf(Gen.OneOf(Gen.Elements(s_pieces), ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")))
            .SelectMany(parts => Gen.Elements(" ", "", "  ").Select(glue => string.Join(glue, parts)))
            .SelectMany(text => Gen.Choose(1, 30).Select(copies => string.Concat(Enumerable.Repeat(text, copies))));

    [TestMethod]
    public void LowerCaseWords_AnyText_IsTheJoinedWordsInLowerCase()
    {
        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(Texts().ToArbitrary(), text =>
        {
            var expected = string.Join(' ', TextNormalizer.Words(text)).ToLowerInvariant();
            var actual = TextNormalizer.LowerCaseWords(text);
            return (expected == actual).Label($"\"{text}\": expected \"{expected}\", found \"{actual}\"");
        }));
    }

    [TestMethod]
    public void LowerCaseWords_Name_KeepsOneSpaceBetweenWords()
    {
        Assert.AreEqual("the paris agreement of 5 september 1946", TextNormalizer.LowerCaseWords("the Paris  agreement,\nof 5 September 1946."));
    }
}
