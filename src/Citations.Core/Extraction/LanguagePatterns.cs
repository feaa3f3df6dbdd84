using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Citations.Core.Extraction;

/// <summary>
/// The patterns built from the <see cref="LanguageData"/> once, for the passes that read words:
/// anaphors, uncatalogued titles and article pinpoints. The grammar is here; the words are in the
/// language files.
/// </summary>
internal sealed class LanguagePatterns
{
    private static readonly Lazy<LanguagePatterns> s_builtIn = new(() => new LanguagePatterns(LanguageData.BuiltIn));

    public static LanguagePatterns BuiltIn => s_builtIn.Value;

    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    public LanguagePatterns(LanguageData language)
    {
        Language = language;
        var heads = LanguageData.Alternation(language.HeadNouns.Select(h => h.Word));
        var months = LanguageData.Alternation(language.Months);
        var anaphor = new Regex(
            @"\G(?<![\w-])(?:(?<det>" + LanguageData.Alternation(language.Determiners, capitalised: true) + @")\s*)?(?:(?<year>1[89]\d\d|20\d\d)\s+)?"
            + @"(?:" + LanguageData.Alternation(language.AnaphorModifiers) + @"\s+)?(?<head>" + heads + @")(?![\w-])"
            + @"(?:\s+" + LanguageData.Alternation(language.DateLinks) + @"\s+(?<date>" + months + @"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + months + @"\s+\d{4}))?",
            Options);
        // An anaphor holds its head noun after at most a determiner, a year and "said" or "present".
        // It begins with a determiner, a year, a modifier or the head noun.
        var anaphorStarts = TriggeredPattern.BothCases(language.Determiners).Concat(language.AnaphorModifiers).Concat(language.HeadNouns.Select(h => h.Word)).Concat(["18", "19", "20"]);
        Anaphor = new TriggeredPattern(anaphor, [.. language.HeadNouns.Select(h => h.Word)], StringComparison.Ordinal, wordsBefore: 3, extraPrefixChars: "'’-", anaphorStarts);
        TitleFollows = new Regex(@"^\s+" + LanguageData.Alternation(language.TitleContinuations) + @"\b", Options);

        // A month is no word of a title: "the Agreement Establishing the Common Fund in June of this year". Only the months
        // written with a capital from A to Z can stand where such a word begins, and the pattern tries this test at every
        // word of a title: the others ("juin", "марта") are left out of it, which makes it several times quicker.
        var capitalMonths = LanguageData.Alternation(language.Months.Where(m => m.Length > 0 && char.IsAsciiLetterUpper(m[0])));
        var cap = @"(?:(?!" + capitalMonths + @"\b)[A-Z][\w’'-]*)";
        var link = LanguageData.Alternation(language.TitleSmallWords);
        var titleHeads = language.HeadNouns.Where(h => h.OpensUncataloguedTitles).ToList();
        var title = new Regex(
            @"\G(?<![\w-])(?:" + cap + @"\s+){0,4}(?<head>" + LanguageData.Alternation(titleHeads.Select(h => h.Word)) + @")\s+"
            + LanguageData.Alternation(language.TitleOpeners) + @"\s+(?:" + link + @"\s+)*" + cap + @"(?:\s+(?:" + link + @"\s+)*" + cap + @")*"
            // A list of capitalised words closed by "and": "Agreement on Peace, Friendship and Comprehensive Cooperation".
            + @"(?:(?>,\s+" + cap + @"(?:\s+" + cap + @")*)+,?\s+and\s+(?:" + link + @"\s+)*" + cap + @"(?:\s+(?:" + link + @"\s+)*" + cap + @")*)?",
            Options);
        // A title holds its head noun after at most four capitalised words.
        // It begins with a capitalised word or the head noun.
        var titleStarts = TriggeredPattern.AsciiCapitals.Concat(titleHeads.Select(h => h.Word));
        UncataloguedTitle = new TriggeredPattern(title, [.. titleHeads.Select(h => h.Word)], StringComparison.Ordinal, wordsBefore: 4, extraPrefixChars: "’'-", titleStarts);
        TitleKinds = titleHeads.ToFrozenDictionary(h => h.Word, h => h.Kind, StringComparer.Ordinal);
        TitleHeads = [.. titleHeads.Select(h => h.Word)];
        TitleLowerCaseWords = language.TitleOpeners.Concat(language.TitleSmallWords)
            .SelectMany(w => w.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToFrozenSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

        // Keywords as written, capitalised, or (the longer ones) in capitals: "article", "Article", "ARTICLE", "Art.".
        var keywords = LanguageData.Alternation(language.ArticleKeywords, capitalised: true);
        var capitals = LanguageData.Alternation(language.ArticleKeywords.Where(k => k.Count(char.IsLetter) >= 5).Select(k => k.ToUpperInvariant()));
        var keyword = new Regex(
            @"\G(?<![\w-])(?<common>" + LanguageData.Alternation(language.CommonArticleWords, capitalised: true) + @"\s+)?(?:" + capitals + "|" + keywords + @")\s*(?=[\dIVXLC(]|[A-Za-z]+\b)",
            Options);
        // Every keyword holds its first three letters as written, capitalised or in capitals, with at most
        // "common" before it. The cases are listed rather than searched for ignoring case: a search
        // ignoring case is many times slower once a trigger holds letters outside ASCII ("ста").
        var triggers = language.ArticleKeywords.Select(k => k[..Math.Min(3, k.Length)])
            .SelectMany(t => new[] { t, char.ToUpperInvariant(t[0]) + t[1..], char.ToLowerInvariant(t[0]) + t[1..], t.ToUpperInvariant() })
            .Distinct(StringComparer.Ordinal).ToArray();
        // It begins with "common" or the keyword.
        var keywordStarts = TriggeredPattern.BothCases(language.CommonArticleWords.Concat(language.ArticleKeywords))
            .Concat(language.ArticleKeywords.Select(k => k.ToUpperInvariant()));
        ArticleKeyword = new TriggeredPattern(keyword, triggers, StringComparison.Ordinal, wordsBefore: 1, extraPrefixChars: "", keywordStarts);

        var separators = LanguageData.Alternation(language.ListSeparators);
        SeparatorStarts = System.Buffers.SearchValues.Create([.. language.ListSeparators.Concat(language.RangeWords).Where(w => w.Length > 0).Select(w => w[0]).Concat([',', '–', '-']).Distinct()]);
        ParagraphStarts = System.Buffers.SearchValues.Create([.. language.ParagraphWords.Where(w => w.Length > 0).Select(w => w[0]).Distinct()]);
        // The patterns below are anchored with \G: each is tried where the previous item ended, and only there.
        Separator = new Regex(
            @"\G(?>\s*)(?:,\s*(?:" + separators + @"\s+)?|(?<=\s)" + separators + @"\s+|(?<range>" + LanguageData.Alternation(language.RangeWords) + @"|–|-)\s*)(?=[\dIVXLC(]|\w)",
            Options);
        SpelledNumber = new Regex(@"(?i)\G\b" + LanguageData.Alternation(language.SpelledNumbers.Keys) + @"\b", Options);
        var paragraphList = @"\s+(?<n>\d{1,3})(?:\s*(?:,|" + separators + @")\s*(?<n>\d{1,3}))*";
        // "article 2 (par. 1)", "artículo 3 (párr. 2)": a paragraph in brackets after the article, as the UN's documents write it.
        BracketedParagraph = new Regex(@"\G\s?\(\s?" + LanguageData.Alternation(language.ParagraphWords) + @"\s*(?<p>\d{1,3})\s?\)", Options);
        TrailingParagraphs = new Regex(@"\G(?>\s*)[,.]?(?>\s*)" + LanguageData.Alternation(language.ParagraphWords) + paragraphList + @"(?![\d(])", Options);
        LeadingParagraphs = new Regex(
            @"\b" + LanguageData.Alternation(language.ParagraphWords.Where(w => !w.EndsWith('.')), capitalised: true) + paragraphList
            + @"\s+" + LanguageData.Alternation(language.ParagraphLinks) + @"\s+(?:" + LanguageData.Alternation(language.PinpointDeterminers) + @"\s+)?$",
            Options);

        PinpointLinks = [.. language.PinpointLinks.Select(l => l + " ")];
        // An elided determiner ("l'") runs into its noun; the others stand before a space.
        PinpointDeterminers = [.. language.PinpointDeterminers.Select(d => d.EndsWith('\'') || d.EndsWith('’') ? d : d + " ")];
        ProtocolLinks = language.ProtocolLinks.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

        RegionalQualifiers = language.RegionalQualifiers.ToFrozenSet(StringComparer.Ordinal);
        Qualifiers = language.RegionalQualifiers.Concat(language.TitleQualifiers).ToFrozenSet(StringComparer.Ordinal);
        var bodies = LanguageData.Alternation(language.BodyNouns);
        BodyBefore = new Regex(@"\b" + bodies + @"\b(?:\s+(?:" + LanguageData.Alternation(language.BodyNameSmallWords) + @"|[A-Z][\w-]*)){0,10}\s*$", Options);
        BodyAfter = new Regex(@"^\s+" + bodies + @"\b", Options);
        Definition = new Regex(
            @"\(\s*(?:" + LanguageData.Alternation(language.DefinitionLeads) + @"\s+)?(?:the\s+)?[""“'‘]?(?<term>(?:the\s+)?[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,3})[""”'’]?\s*\)",
            Options);
        CitationTailWords = language.CitationTailWords.ToFrozenSet(StringComparer.Ordinal);
        NounsANameQualifies = language.NounsANameQualifies.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Words before a name that make it another, regional instrument.</summary>
    public FrozenSet<string> RegionalQualifiers { get; }

    /// <summary>Regional qualifiers and the words that begin longer titles ("International", "Social").</summary>
    public FrozenSet<string> Qualifiers { get; }

    /// <summary>A body's name ending where given: "the Committee on the Rights of the Child" before "(CRC)".</summary>
    public Regex BodyBefore { get; }

    /// <summary>A body's noun right after: "CRC Committee".</summary>
    public Regex BodyAfter { get; }

    /// <summary>A definition in brackets: (the "Treaty"), (hereinafter referred to as "the Convention").</summary>
    public Regex Definition { get; }

    /// <summary>Lower-case words a citation may hold between a title and its definition.</summary>
    public FrozenSet<string> CitationTailWords { get; }

    /// <summary>Nouns a name may qualify ("an Antarctic Treaty party"), looked up by the word after the name.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NounsANameQualifies { get; }

    /// <summary>
    /// Whether the word after a name ending at <paramref name="end"/> is a noun the name qualifies ("an Antarctic Treaty
    /// party", "a Rome Statute State"): the indefinite article before the name is then the noun's.
    /// </summary>
    public bool QualifiesNounAfter(string text, int end)
    {
        var start = end;
        while (start < text.Length && text[start] is ' ' or '\t') start++;
        if (start == end) return false;
        var stop = start;
        while (stop < text.Length && char.IsLetter(text[stop])) stop++;
        return stop > start && (stop == text.Length || text[stop] != '-') && NounsANameQualifies.Contains(text.AsSpan(start, stop - start));
    }

    public LanguageData Language { get; }

    /// <summary>"the Covenant", "that Protocol", "its 1967 Protocol", "la Convention", "the Convention of July 28, 1951".</summary>
    public TriggeredPattern Anaphor { get; }

    /// <summary>A head noun followed by these words begins a title ("the Declaration of Independence"), not an anaphor.</summary>
    public Regex TitleFollows { get; }

    /// <summary>A capitalised title with a head noun and the words that open a treaty title.</summary>
    public TriggeredPattern UncataloguedTitle { get; }

    /// <summary>Every word of the openers and small words, the words besides capitalised ones that a title may hold after its head; looked up by the text's characters.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLowerCaseWords { get; }

    /// <summary>The head nouns that open uncatalogued titles, as <see cref="UncataloguedTitle"/> takes them.</summary>
    public ImmutableArray<string> TitleHeads { get; }

    /// <summary>Title head noun → the kind of instrument it names.</summary>
    public FrozenDictionary<string, InstrumentKind> TitleKinds { get; }

    /// <summary>An article keyword with an optional "common" before it.</summary>
    public TriggeredPattern ArticleKeyword { get; }

    /// <summary>What <see cref="Separator"/> can begin with after white space: a comma, a dash, a separator's or range word's first letter.</summary>
    public System.Buffers.SearchValues<char> SeparatorStarts { get; }

    /// <summary>The first letters of the paragraph words, one of which <see cref="TrailingParagraphs"/> needs after white space and a comma or stop.</summary>
    public System.Buffers.SearchValues<char> ParagraphStarts { get; }

    /// <summary>Between two items of an article list: ", ", " and ", " to ", "–".</summary>
    public Regex Separator { get; }

    public Regex SpelledNumber { get; }

    /// <summary>", paragraph 7", "paras. 1 and 2" after an article.</summary>
    public Regex TrailingParagraphs { get; }

    /// <summary>"(par. 1)" right after an article number: its paragraph.</summary>
    public Regex BracketedParagraph { get; }

    /// <summary>"paragraph 7 of" before an article, anchored at the end of what is given.</summary>
    public Regex LeadingParagraphs { get; }

    /// <summary>Links from an article to its instrument, each with the space after it ("of ", "del ").</summary>
    public IReadOnlyList<string> PinpointLinks { get; }

    /// <summary>Determiners after such a link, each with what follows it ("the ", "l'").</summary>
    public IReadOnlyList<string> PinpointDeterminers { get; }

    /// <summary>What may stand alone between a protocol's name and its parent's ("of", "to the").</summary>
    public FrozenSet<string> ProtocolLinks { get; }
}
