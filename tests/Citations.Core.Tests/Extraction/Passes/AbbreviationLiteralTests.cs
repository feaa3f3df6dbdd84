using static Citations.Core.Tests.Extraction.Passes.PassHarness;

namespace Citations.Core.Tests.Extraction.Passes;

/// <summary>Catalog acronyms match as written: their punctuation is part of them.</summary>
[TestClass]
public sealed class AbbreviationLiteralTests
{
    private static readonly Lazy<Citations.Core.Extraction.ExtractionContext> s_context = new(() => With(CatalogOf(
        Entry("US-CODE-18", "Title 18 of the United States Code", "statute", "1948-06-25", """, "abbreviations": ["U.S.C."]"""),
        Entry("CPP-STANDARD", "Programming Languages Standard of the International Organization", "treaty", "1998-09-01", """, "abbreviations": ["C++"]"""),
        Entry("SALT-II", "Treaty on the Limitation of Strategic Offensive Arms", "treaty", "1979-06-18", """, "abbreviations": ["SALT II", "SALT-II"]"""))));

    [TestMethod]
    [DataRow("The complaint relied on 18 U.S.C. § 1091 for the charge.", "U.S.C.")]
    [DataRow("The standard for C++ was published that year.", "C++")]
    [DataRow("The Senate never ratified SALT II, though both sides observed it.", "SALT II")]
    [DataRow("The Senate never ratified SALT-II, though both sides observed it.", "SALT-II")]
    [DataRow("The Senate never ratified SALT\nII, though both sides observed it.", "SALT\nII")]
    public void Run_AcronymAsWritten_IsFoundWithItsPunctuation(string text, string surface)
    {
        var state = Run(text, s_context.Value, Names);
        Assert.AreEqual(surface, Surface(state, state.Mentions.Single()));
    }

    [TestMethod]
    [DataRow("The court listed U S C as the parties' initials.")]
    [DataRow("Grade C was the lowest passing mark in the report.")]
    [DataRow("The USC campus hosted the meeting.")]
    [DataRow("The Senate never ratified SALT/II in that form.")]
    [DataRow("Talks on SALT the II round were never held.")]
    public void Run_AcronymWithOtherPunctuation_IsNotFound(string text)
    {
        Assert.AreEqual(0, Run(text, s_context.Value, Names).Mentions.Count);
    }
}
