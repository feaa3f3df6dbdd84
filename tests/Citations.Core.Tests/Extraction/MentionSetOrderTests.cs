using Citations.Core.Extraction;
using FsCheck;
using FsCheck.Fluent;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// <see cref="MentionSet.AddRange"/> places mentions exactly where a stable sort of everything would,
/// held ones first among equals, whether the added ones come in text order, after the held ones or shuffled.
/// </summary>
[TestClass]
public sealed class MentionSetOrderTests
{
    private static Gen<List<Mention>> Mentions(int from) =>
        Gen.ListOf(Gen.Choose(from, from + 40).SelectMany(start => Gen.Choose(1, 6).Select(length => new Mention { Start = start, End = start + length, Kind = MentionKind.Title, InstrumentId = "X" })))
            .Select(list => list.ToList());

    private static Comparer<Mention> ByPosition { get; } = Comparer<Mention>.Create(MentionSet.ByPosition);

    private static bool PlacesAsAStableSort(List<Mention> held, List<Mention> added)
    {
        var set = new MentionSet(new StepCounter());
        set.AddRange(held);
        var expected = set.Concat(added).OrderBy(m => m, ByPosition).ToList();
        set.AddRange(added);
        return set.Count == expected.Count && set.Zip(expected).All(p => ReferenceEquals(p.First, p.Second));
    }

    [TestMethod]
    public void AddRange_ShuffledMentions_AreMergedAsAStableSortWould()
    {
        var cases = Mentions(0).SelectMany(held => Mentions(0).Select(added => (held, added)));
        Prop.ForAll(cases.ToArbitrary(), c => PlacesAsAStableSort(c.held, c.added).Label($"[{string.Join(" ", c.held)}] + [{string.Join(" ", c.added)}]")).QuickCheckThrowOnFailure();
    }

    [TestMethod]
    public void AddRange_MentionsInTextOrderAfterTheHeldOnes_AreAppendedInTheirOrder()
    {
        var cases = Mentions(0).SelectMany(held => Mentions(30).Select(added => (held, added.OrderBy(m => m, ByPosition).ToList())));
        Prop.ForAll(cases.ToArbitrary(), c => PlacesAsAStableSort(c.held, c.Item2).Label($"[{string.Join(" ", c.held)}] + [{string.Join(" ", c.Item2)}]")).QuickCheckThrowOnFailure();
    }

    [TestMethod]
    public void AddRange_SameSpanTwice_KeepsTheHeldOneFirst()
    {
        var held = new Mention { Start = 4, End = 30, Kind = MentionKind.Title, InstrumentId = "ICCPR" };
        var same = new Mention { Start = 4, End = 30, Kind = MentionKind.ShortForm, InstrumentId = "ICESCR" };
        var set = new MentionSet(new StepCounter());
        set.AddRange([held]);
        set.AddRange([same]);
        Assert.AreSame(held, set[0]);
        Assert.AreSame(same, set[1]);
    }
}
