using System.Text.RegularExpressions;
using Citations.Core.Extraction;
using Citations.Core.Extraction.Passes;
using FsCheck;
using FsCheck.Fluent;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// The triggers a caller passes over (<see cref="TriggeredPattern.MatchesIn(ReadOnlySpan{char}, StepCounter?, Func{int, int, bool}?)"/>)
/// change which matches are tried, never which ones the caller keeps: for any text and any mentions already read,
/// the matches kept from all of them and from those found passing over are the same.
/// </summary>
[TestClass]
public sealed class PassOverTests
{
    /// <summary>Words of names, anaphors, dated anaphors and protocol phrases, which run into one another in the texts built from them.</summary>
    private static readonly string[] s_fragments =
    [
        "the", "The", "that", "this", "its", "la", "el", "same", "said", "Covenant", "Convention", "Protocol", "Protocols", "protocol", "Protocole",
        "Protocolo", "Charter", "Treaty", "Declaration", "Statute", "Agreement", "Optional", "Additional", "Second", "First", "second", "facultatif",
        "No.", "6", "II", "thereto", ",", ".", "to", "of", "on", "for", "against", "relating", "and", "in", "July", "28", "28,", "1951", "1967", "two",
        "Rights", "Child", "Cultural", "Property", "Refugees", "Status", "Torture", "International", "European", "American", "Inter-American",
        "Kyoto", "Geneva", "which", "rights", "under", "l’", "(", ")", "\n", "’s", "-",
    ];

    /// <summary>A few of them, so that names, links and anaphors follow one another often.</summary>
    private static readonly string[] s_core = ["the", "Protocol", "Convention", "Covenant", "to", "of", "on", "Second", "Optional", "Rights", "Child", "July", "28,", "1951", "which"];

    private static Gen<string> Texts() =>
        Gen.ListOf(Gen.Frequency((3, Gen.Elements(s_core)), (1, Gen.Elements(s_fragments))))
            .SelectMany(parts => Gen.Elements(" ", " ", "  ", "\t").Select(glue => string.Join(glue, parts)));

    private static readonly MentionKind[] s_kinds = [MentionKind.Title, MentionKind.InformalName, MentionKind.Abbreviation, MentionKind.UncataloguedTitle];

    private static readonly string[] s_heads = ["Protocol", "protocol", "Covenant", "Convention", "Charter", "Treaty", "Declaration", "Statute", "Agreement"];

    /// <summary>
    /// A text and mentions over it, some named, some not, some overlapping: what the passes before may have left,
    /// mostly over head nouns, where passing over happens.
    /// </summary>
    private static Gen<(string Text, List<Mention> Taken)> Cases() =>
        Texts().SelectMany(text =>
        {
            var heads = s_heads.SelectMany(h => Enumerable.Range(0, text.Length).Where(i => string.CompareOrdinal(text, i, h, 0, h.Length) == 0)).Append(0).ToArray();
            var mention =
                from at in Gen.Elements(heads)
                from before in Gen.Choose(0, 20)
                from after in Gen.Choose(1, 40)
                from kind in Gen.Elements(s_kinds)
                from named in Gen.Elements(true, true, false)
                select new Mention { Start = Math.Max(0, at - before), End = Math.Min(text.Length, at + after), Kind = kind, InstrumentId = named ? "X" : null };
            return Gen.Choose(0, 4).SelectMany(count => Gen.ListOf(mention, count))
                .Select(list => (text, list.Where(m => m.End > m.Start).ToList()));
        });

    private static void Check(Func<(string Text, List<Mention> Taken), Property> property) =>
        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(1500), Prop.ForAll(Cases().ToArbitrary(), property));

    private static MentionSet Taken(List<Mention> mentions)
    {
        var set = new MentionSet(new StepCounter());
        set.AddRange(mentions);
        return set;
    }

    private static readonly ShortFormResolver s_resolver = new(InstrumentCatalog.BuiltIn);

    [TestMethod]
    public void Anaphors_PassingOverHeadsInsideNames_KeepTheSameAnaphors()
    {
        var pattern = LanguagePatterns.BuiltIn.Anaphor;
        Check(c =>
        {
            var taken = Taken(c.Taken);
            bool Kept((int Index, int Length) m) => !taken.Overlaps(m.Index, m.Index + m.Length);
            var expected = pattern.MatchesIn(c.Text).Where(Kept).ToList();
            var actual = pattern.MatchesIn(c.Text, null, (trigger, _) => s_resolver.PassesOver(c.Text, taken, trigger)).Where(Kept).ToList();
            return expected.SequenceEqual(actual).Label($"\"{c.Text}\": expected [{string.Join(", ", expected)}], found [{string.Join(", ", actual)}]");
        });
    }

    [TestMethod]
    public void UncataloguedTitles_PassingOverHeadsInsideNames_KeepTheSameTitles()
    {
        var patterns = LanguagePatterns.BuiltIn;
        Check(c =>
        {
            var taken = Taken(c.Taken);
            // As UncataloguedTitleFinder.Find drops a title: a name, or a mention begun before it, over the title up to its head.
            bool Kept(Match m) => taken.FirstOverlapping(m.Index, m.Groups["head"].Index + m.Groups["head"].Length, x => x.InstrumentId is not null || x.Start < m.Index) is null;
            var expected = patterns.UncataloguedTitle.Matches(c.Text).Where(Kept).Select(m => (m.Index, m.Length)).ToList();
            var actual = patterns.UncataloguedTitle.Matches(c.Text, null, (trigger, next) => UncataloguedTitleFinder.PassesOver(c.Text, taken, trigger, next, patterns))
                .Where(Kept).Select(m => (m.Index, m.Length)).ToList();
            return expected.SequenceEqual(actual).Label($"\"{c.Text}\": expected [{string.Join(", ", expected)}], found [{string.Join(", ", actual)}]");
        });
    }

    [TestMethod]
    public void UncataloguedTitles_PassingOverHeadsWithoutAnOpener_FindTheSameTitles()
    {
        var patterns = LanguagePatterns.BuiltIn;
        Check(c =>
        {
            var expected = patterns.UncataloguedTitle.Matches(c.Text).Select(m => (m.Index, m.Length)).ToList();
            var actual = patterns.UncataloguedTitle.Matches(c.Text, null, (trigger, _) => !UncataloguedTitleFinder.MayHoldTitle(c.Text, trigger, patterns))
                .Select(m => (m.Index, m.Length)).ToList();
            return expected.SequenceEqual(actual).Label($"\"{c.Text}\": expected [{string.Join(", ", expected)}], found [{string.Join(", ", actual)}]");
        });
    }

    [TestMethod]
    [DataRow("the Inter-American Convention to Prevent and Punish Torture", "Convention")]
    [DataRow("the Convention Treaty on Outer Space", "Convention")]
    [DataRow("the Treaty\nbetween Peru and Chile", "Treaty")]
    public void MayHoldTitle_HeadOrLaterHeadFollowedByAnOpener_IsTrue(string text, string head)
    {
        Assert.IsTrue(UncataloguedTitleFinder.MayHoldTitle(text, text.IndexOf(head, StringComparison.Ordinal), LanguagePatterns.BuiltIn));
    }

    [TestMethod]
    [DataRow("we signed the Convention and ratified it", "Convention")]
    [DataRow("the Treaty. On that day", "Treaty")]
    [DataRow("the Convention is in force, the Treaty on Outer Space too", "Convention")]
    public void MayHoldTitle_NoOpenerAfterAReachableHead_IsFalse(string text, string head)
    {
        Assert.IsFalse(UncataloguedTitleFinder.MayHoldTitle(text, text.IndexOf(head, StringComparison.Ordinal), LanguagePatterns.BuiltIn));
    }

    [TestMethod]
    public void ProtocolPhrases_PassingOverProtocolsInsideNames_KeepTheSamePhrases()
    {
        var pattern = ProtocolReferencePass.PhrasePattern;
        Check(c =>
        {
            var taken = Taken(c.Taken);
            // As ProtocolReferencePass.Run drops a phrase: a name over it, unless that name is read again.
            bool Kept(Match m)
            {
                var end = m.Groups["ofParent"].Success ? m.Groups["ofParent"].Index : m.Index + m.Length;
                var covering = taken.FirstOverlapping(m.Index, end, x => x.InstrumentId is not null && x.Kind != MentionKind.UncataloguedTitle);
                return covering is null || ProtocolReferencePass.Reread(covering, m);
            }

            var expected = pattern.Matches(c.Text).Where(Kept).Select(m => (m.Index, m.Length)).ToList();
            var actual = pattern.Matches(c.Text, null, (trigger, next) => ProtocolReferencePass.InsideName(taken, c.Text, trigger, next))
                .Where(Kept).Select(m => (m.Index, m.Length)).ToList();
            return expected.SequenceEqual(actual).Label($"\"{c.Text}\": expected [{string.Join(", ", expected)}], found [{string.Join(", ", actual)}]");
        });
    }

    [TestMethod]
    public void Anaphor_DatedAfterANameAndFollowedByAYear_IsStillFound()
    {
        // "Convention" lies inside a name, but its anaphor would run through the date to "1951", where another begins.
        const string Text = "the Refugee Convention of July 28, 1951 Protocol was signed";
        var taken = Taken([new Mention { Start = 4, End = 22, Kind = MentionKind.Title, InstrumentId = "X" }]);
        Assert.IsFalse(s_resolver.PassesOver(Text, taken, Text.IndexOf("Convention", StringComparison.Ordinal)));
        var pattern = LanguagePatterns.BuiltIn.Anaphor;
        var all = pattern.MatchesIn(Text);
        var passing = pattern.MatchesIn(Text, null, (trigger, _) => s_resolver.PassesOver(Text, taken, trigger));
        CollectionAssert.AreEqual(all, passing);
    }

    [TestMethod]
    public void ProtocolPhrase_ProtocolOfANamedProtocol_IsNotPassedOverWhenTheNextIsNear()
    {
        const string Text = "the Optional Protocol to the Second Optional Protocol";
        var first = Text.IndexOf("Protocol", StringComparison.Ordinal);
        var second = Text.LastIndexOf("Protocol", StringComparison.Ordinal);
        var taken = Taken([new Mention { Start = 4, End = 21, Kind = MentionKind.Abbreviation, InstrumentId = "X" }]);
        Assert.IsFalse(ProtocolReferencePass.InsideName(taken, Text, first, second));
        Assert.IsTrue(ProtocolReferencePass.InsideName(taken, Text, first, int.MaxValue));
    }
}
