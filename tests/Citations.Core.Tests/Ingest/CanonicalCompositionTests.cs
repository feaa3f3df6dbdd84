using System.Globalization;
using System.Text;
using Citations.Core.Ingest;
using FsCheck;
using FsCheck.Fluent;
using static Citations.Core.Tests.Ingest.IngestFixtures;

namespace Citations.Core.Tests.Ingest;

[TestClass]
public sealed class CanonicalCompositionTests
{
    [TestMethod]
    [DataRow("Journe\u0301e internationale", "Journée internationale")]
    [DataRow("Z\u030Celjko Koms\u030Cic\u0301", "Željko Komšić")]
    [DataRow("Vie\u0323\u0302t Nam", "Việt Nam")]
    [DataRow("Vie\u0302\u0323t Nam", "Việt Nam")]
    [DataRow("\u212B", "\u00C5")]
    [DataRow("\u1112\u1161\u11AB\u1100\u116E\u11A8", "한국")]
    [DataRow("L’interdiction absolue de la torture", "L’interdiction absolue de la torture")]
    public void ToNfc_RealNames_ComposesAsUnicodeSpecifies(string input, string expected)
    {
        Assert.AreEqual(expected, CanonicalComposition.ToNfc(input));
    }

    [TestMethod]
    public void ToNfc_CasesFromUnicodeDatabase_MatchPythonUnicodedata()
    {
        var failures = new List<string>();
        var file = Path.Combine(RepositoryRoot, "tests", "Citations.Core.Tests", "TestData", "ingest", "nfc-cases.txt");
        foreach (var line in File.ReadLines(file).Where(l => !l.StartsWith('#')))
        {
            var parts = line.Split(';');
            var actual = Hex(CanonicalComposition.ToNfc(FromHex(parts[0])));
            if (actual != parts[1])
            {
                failures.Add($"{parts[0]} → {actual}, expected {parts[1]}");
            }
        }

        Assert.IsEmpty(failures, string.Join("\n", failures.Take(20)));
    }

    [TestMethod]
    public void ToNfc_AnyText_IsIdempotent()
    {
        Prop.ForAll<string>(text =>
        {
            var once = CanonicalComposition.ToNfc(ReplaceSurrogates(text ?? string.Empty));
            return CanonicalComposition.ToNfc(once) == once;
        }).QuickCheckThrowOnFailure();
    }

    private static string ReplaceSurrogates(string text) =>
        new([.. text.Select(c => char.IsSurrogate(c) ? '\uFFFD' : c)]);

    private static string FromHex(string codePoints)
    {
        var builder = new StringBuilder();
        foreach (var hex in codePoints.Split(' '))
        {
            builder.Append(char.ConvertFromUtf32(int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
        }

        return builder.ToString();
    }

    private static string Hex(string text) =>
        string.Join(' ', text.EnumerateRunes().Select(r => r.Value.ToString("X4", CultureInfo.InvariantCulture)));
}
