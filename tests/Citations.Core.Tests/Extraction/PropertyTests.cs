using System.Text.RegularExpressions;
using Citations.Core.Extraction;
using FsCheck;
using FsCheck.Fluent;

namespace Citations.Core.Tests.Extraction;

/// <summary>The two search structures extraction leans on answer as the slow, obvious way would.</summary>
[TestClass]
public sealed class PropertyTests
{
    private static readonly string[] s_fragments =
    [
        "the", "The", "that", "its", "la", "l'", "l’", "el", "Covenant", "Convention", "Convención", "Pacte", "Charter", "Protocol", "Protocols",
        "Treaty", "Declaration", "Statute", "article", "Article", "ARTICLES", "Art.", "arts.", "artículo", "статья", "common", "6", "(1)", "(a)", "2.1",
        "13b", "IV", "and", "et", "y", "to", "–", "of", "on", "Inter-American", "American", "Rights", "Child", "Additional", "two", "1966", "said",
        "paragraph", "para.", "January", "12", "Traité", "Déclaration", "Пакт", "СТАТЬЯ", "Статья", "статьи", "ó", "с", ",", ".", ";", "(", ")", "-", "'", "’", "\n", "  ", "\u0301", "é", "😀", "_", "x",
    ];

    private static Gen<string> Texts() =>
        Gen.ListOf(Gen.OneOf(Gen.Elements(s_fragments), Gen.Elements(s_fragments), ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")))
            .SelectMany(parts => Gen.Elements(" ", "", "\t").Select(glue => string.Join(glue, parts)));

    private static TriggeredPattern Pattern(string name) => name switch
    {
        "anaphor" => LanguagePatterns.BuiltIn.Anaphor,
        "uncatalogued title" => LanguagePatterns.BuiltIn.UncataloguedTitle,
        _ => LanguagePatterns.BuiltIn.ArticleKeyword,
    };

    [TestMethod]
    [DataRow("anaphor")]
    [DataRow("uncatalogued title")]
    [DataRow("article keyword")]
    public void TriggeredPattern_AnyText_FindsWhatRegexMatchesFinds(string name)
    {
        var pattern = Pattern(name);
        var anchored = pattern.Anchored.ToString();
        Assert.IsTrue(anchored.StartsWith(@"\G", StringComparison.Ordinal), name);
        var unanchored = new Regex(anchored[2..], pattern.Anchored.Options);
        Prop.ForAll(Texts().ToArbitrary(), text =>
        {
            var expected = unanchored.Matches(text).Select(m => (m.Index, m.Length)).ToList();
            var actual = pattern.Matches(text).Select(m => (m.Index, m.Length)).ToList();
            return expected.SequenceEqual(actual).Label($"{name}: expected [{string.Join(", ", expected)}], found [{string.Join(", ", actual)}]");
        }).QuickCheckThrowOnFailure();
    }

    [TestMethod]
    [DataRow("anaphor")]
    [DataRow("uncatalogued title")]
    [DataRow("article keyword")]
    public void TriggeredPattern_AnyStretchOfAnyText_FindsWhatACopyOfTheStretchGives(string name)
    {
        var pattern = Pattern(name);
        var cases = Texts().SelectMany(text => Gen.Choose(0, text.Length).Two().Select(ends => (text, Math.Min(ends.Item1, ends.Item2), Math.Max(ends.Item1, ends.Item2))));
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (text, from, to) = c;
            var expected = pattern.Matches(text[from..to]).Select(m => (m.Index, m.Length)).ToList();
            var actual = pattern.MatchesIn(text.AsSpan(from, to - from));
            return expected.SequenceEqual(actual).Label($"{name} in [{from}, {to}): expected [{string.Join(", ", expected)}], found [{string.Join(", ", actual)}]");
        }).QuickCheckThrowOnFailure();
    }

    private static Gen<List<Mention>> Mentions() =>
        Gen.ListOf(Gen.Choose(0, 60).SelectMany(start => Gen.Choose(1, 12).Select(length => new Mention { Start = start, End = start + length, Kind = MentionKind.Title, InstrumentId = "X" })))
            .Select(list => list.ToList());

    [TestMethod]
    public void MentionIndex_AnyMentionsInAnyOrder_AnswersAsALinearScan()
    {
        var cases = Mentions().SelectMany(list => Mentions().SelectMany(added => Gen.Choose(-2, 75).Two().Select(q => (list, added, q.Item1, q.Item2))));
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (list, added, a, b) = c;
            var all = new List<Mention>(list);
            var index = new MentionIndex(all);
            foreach (var mention in added) index.Add(mention);
            var (lo, hi) = (Math.Min(a, b), Math.Max(a, b));
            var overlaps = all.Any(m => m.Start < hi && lo < m.End);
            var lastEnding = all.LastOrDefault(m => m.End <= hi && m.End > lo);
            var firstStarting = all.FirstOrDefault(m => m.Start >= lo && m.Start <= hi);
            return (index.Overlaps(lo, hi) == overlaps
                    && ReferenceEquals(index.LastEndingBy(hi, after: lo), lastEnding)
                    && ReferenceEquals(index.FirstStartingFrom(lo, until: hi), firstStarting)
                    && ReferenceEquals(index.LastEndingBy(hi), all.LastOrDefault(m => m.End <= hi))
                    && ReferenceEquals(index.FirstStartingFrom(lo), all.FirstOrDefault(m => m.Start >= lo)))
                .Label($"[{string.Join(" ", all)}] asked [{lo}, {hi})");
        }).QuickCheckThrowOnFailure();
    }

    [TestMethod]
    public void MentionSet_AnyAdditionsAndRemovals_StayInTextOrderAndAnswerAsAScan()
    {
        var cases = Mentions().SelectMany(first => Mentions().SelectMany(more => Gen.Choose(-2, 75).Two().Select(q => (first, more, q.Item1, q.Item2))));
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (first, more, a, b) = c;
            var set = new MentionSet(new StepCounter());
            foreach (var mention in first) set.Add(mention);
            set.AddRange(more);
            var (lo, hi) = (Math.Min(a, b), Math.Max(a, b));
            var sorted = set.Zip(set.Skip(1)).All(p => MentionSet.ByPosition(p.First, p.Second) <= 0);
            var answers = sorted && set.Count == first.Count + more.Count
                          && set.Overlaps(lo, hi) == set.Any(m => m.Start < hi && lo < m.End)
                          && ReferenceEquals(set.FirstOverlapping(lo, hi, m => m.Length > 3), set.FirstOrDefault(m => m.Start < hi && lo < m.End && m.Length > 3));
            var kept = set.Where(m => !(m.Start < hi && lo < m.End)).ToList();
            set.RemoveOverlapping(lo, hi);
            return (answers && set.SequenceEqual(kept)).Label($"[{string.Join(" ", first.Concat(more))}] asked [{lo}, {hi})");
        }).QuickCheckThrowOnFailure();
    }
}
