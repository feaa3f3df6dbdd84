using Citations.Core.Ingest;
using static Citations.Core.Tests.Ingest.IngestFixtures;

namespace Citations.Core.Tests.Ingest;

/// <summary>Deeply nested HTML is read in work linear in its length (steps counted, not seconds).</summary>
[TestClass]
public sealed class HtmlNestingTests
{
    private const string Page = """
        <html lang="fr"><head><title>Journée internationale</title><style>p { color: red; }</style></head>
        <body>
          <h1>Communiqué de presse</h1>
          <p>À l’occasion de la Journée internationale pour le soutien aux victimes de la torture,
             nous reconnaissons la bravoure<br>et l’humanité des victimes.</p>
          <script>if (a < b) document.write("Convention");</script>
          <!-- <p>commented out</p> -->
          <div><p>L’interdiction absolue de la torture est un <em>droit humain</em> inscrit dans le droit&nbsp;international.</p></div>
          <table><tr><td>Convention contre la torture</td><td>1984</td></tr></table>
          <ul><li>Pacte international</li><li>Charte</li></ul>
        </body></html>
        """;

    [TestMethod]
    [DataRow(5_000)]
    [DataRow(20_000)]
    public void Parse_NestedDivsDoubled_WorkAtMostDoubles(int depth)
    {
        var single = Steps(Nested(depth));
        var doubled = Steps(Nested(2 * depth));

        Assert.IsLessThanOrEqualTo(2.2 * single, doubled, $"{single} steps for {depth} nested divs, {doubled} for {2 * depth}");
    }

    [TestMethod]
    public void Parse_NestedWithinTheLimit_WorkGrowsLinearlyWithTheLength()
    {
        // Pages of ordinary depth, twice as long: the parser's work doubles too.
        var page = string.Concat(Enumerable.Repeat("<div><p>" + Poland + "</p></div>", 1_000));
        var single = Steps(page);
        var doubled = Steps(page + page);

        Assert.IsLessThanOrEqualTo(2.2 * single, doubled);
    }

    [TestMethod]
    public void Parse_PageNestedTooDeepForTheParser_SameTextAsTheParserGivesUnnested()
    {
        var depth = HtmlTextParser.MaxParsedDepth + 10;
        var deep = Page.Replace("<body>", "<body>" + string.Concat(Enumerable.Repeat("<section>", depth)), StringComparison.Ordinal)
            .Replace("</body>", string.Concat(Enumerable.Repeat("</section>", depth)) + "</body>", StringComparison.Ordinal);

        var parsed = Parse(Page);
        var scanned = Parse(deep);

        Assert.AreEqual(parsed.Text, scanned.Text);
        Assert.AreEqual(parsed.Id, scanned.Id);
        Assert.AreEqual("Journée internationale", scanned.Metadata.Title);
        Assert.DoesNotContain("commented out", scanned.Text);
        Assert.DoesNotContain("document.write", scanned.Text);
    }

    private static string Nested(int depth) =>
        "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + Poland + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";

    private static Statement Parse(string html)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(html));
        return HtmlTextParser.Parse(stream, "page.html").StatementAt();
    }

    private static long Steps(string html)
    {
        Assert.AreEqual(Poland, Parse(html).Text[..Poland.Length]);
        return HtmlTextParser.LastSteps;
    }
}
