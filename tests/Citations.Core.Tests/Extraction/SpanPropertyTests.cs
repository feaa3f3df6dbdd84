using FsCheck;
using FsCheck.Fluent;
using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

[TestClass]
public sealed class SpanPropertyTests
{
    private static readonly string[] s_planted =
    [
        "International Covenant on Civil and Political Rights", "ICCPR", "the Genocide Convention", "articles 2 and 26 of the Covenant",
        "Security Council resolutions 242 (1967) and 338 (1973)", "common Article 3", "the 1951 Refugee Convention", "Art. 19(3)",
        "Convention contre la torture", "the Charter", "Fourth Geneva Convention", "CAT", "A/RES/62/243", "“the Treaty”",
    ];

    private static readonly string[] s_filler =
    [
        "The", "statement", "said", "that", "États", "“quoted”", "—", "\n", "\r\n", "  ", "(", ")", ",", ".", "😀", "convention", "protocol", "1949", "art", "\u0301", "\t",
    ];

    private static Gen<string> Texts() =>
        Gen.ListOf(Gen.OneOf(Gen.Elements(s_planted), Gen.Elements(s_filler), ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")))
            .Select(parts => string.Join(" ", parts));

    [TestMethod]
    public void Extract_AnyText_EverySpanSlicesBackToItsSurface()
    {
        Prop.ForAll(Texts().ToArbitrary(), text =>
        {
            foreach (var citation in Extract(text))
            {
                if (citation.Start < 0 || citation.Start + citation.Length > text.Length) return false;
                if (text.Substring(citation.Start, citation.Length) != citation.Surface) return false;
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [TestMethod]
    public void Extract_AnyText_IsDeterministicAndInTextOrder()
    {
        Prop.ForAll(Texts().ToArbitrary(), text =>
        {
            var first = Extract(text);
            var second = Extract(text);
            return first.SequenceEqual(second, CitationComparer.Instance)
                   && first.Zip(first.Skip(1)).All(p => p.First.Start <= p.Second.Start);
        }).QuickCheckThrowOnFailure();
    }

    private sealed class CitationComparer : IEqualityComparer<Citation>
    {
        public static readonly CitationComparer Instance = new();

        public bool Equals(Citation? x, Citation? y) =>
            x is not null && y is not null && x.InstrumentId == y.InstrumentId && x.Start == y.Start && x.Length == y.Length
            && x.Provisions.SequenceEqual(y.Provisions);

        public int GetHashCode(Citation obj) => HashCode.Combine(obj.InstrumentId, obj.Start);
    }
}
