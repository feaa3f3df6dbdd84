using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace Citations.Core.Extraction;

/// <summary>A head noun of an instrument's name ("Covenant", "Pacte") and what it means.</summary>
/// <param name="Means">The English head it stands for, which the catalog's short forms use ("Pacte" means "Covenant").</param>
/// <param name="Kind">The kind of instrument a title with this head is, when the catalog lacks it.</param>
/// <param name="OpensUncataloguedTitles">Whether a capitalised title with this head is reported when the catalog lacks it.</param>
internal sealed record HeadNoun(string Word, string Means, InstrumentKind Kind, bool OpensUncataloguedTitles);

/// <summary>
/// The words extraction reads in each language — head nouns, determiners, linking words, article
/// and paragraph keywords, list separators, numbers, months — read from one data file per language
/// (Data/Languages/*.json, embedded). Each list is the union of the languages, in file order; the
/// patterns the passes use are built from them once (<see cref="Alternation"/>). A language is added
/// by adding a file.
/// </summary>
internal sealed class LanguageData
{
    private static readonly Lazy<LanguageData> s_builtIn = new(() => FromResources(typeof(LanguageData).Assembly));

    /// <summary>The languages embedded in the library.</summary>
    public static LanguageData BuiltIn => s_builtIn.Value;

    public LanguageData(IEnumerable<JObject> files)
    {
        var languages = new List<string>();
        var heads = new List<HeadNoun>();
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var spelled = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var ordinals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            languages.Add((string?)file["language"] ?? throw new FormatException("a language file needs \"language\""));
            foreach (var head in file["headNouns"] as JArray ?? [])
            {
                var word = (string)head["word"]!;
                if (heads.Any(h => h.Word == word)) continue;
                var kind = Enum.Parse<InstrumentKind>((string)head["kind"]!, ignoreCase: true);
                heads.Add(new HeadNoun(word, (string)head["means"]!, kind, (bool?)head["opensUncataloguedTitles"] ?? false));
            }

            foreach (var property in file.Properties().Where(p => p.Value is JArray && p.Name != "headNouns"))
            {
                var list = lists.TryGetValue(property.Name, out var l) ? l : lists[property.Name] = [];
                foreach (var word in ((JArray)property.Value).Select(t => (string)t!))
                {
                    if (!list.Contains(word, StringComparer.Ordinal)) list.Add(word);
                }
            }

            foreach (var (map, name) in new[] { (spelled, "spelledNumbers"), (ordinals, "ordinals") })
            {
                foreach (var property in (file[name] as JObject)?.Properties() ?? [])
                {
                    map.TryAdd(property.Name, (int)property.Value);
                }
            }
        }

        ImmutableArray<string> List(string name) => lists.TryGetValue(name, out var list) ? [.. list] : [];
        Languages = [.. languages];
        HeadNouns = [.. heads];
        HeadMeanings = heads.ToFrozenDictionary(h => h.Word, h => h.Means, StringComparer.Ordinal);
        Determiners = List("determiners");
        AnaphorModifiers = List("anaphorModifiers");
        TitleContinuations = List("titleContinuations");
        TitleOpeners = List("titleOpeners");
        TitleSmallWords = List("titleSmallWords");
        PinpointLinks = List("pinpointLinks");
        PinpointDeterminers = List("pinpointDeterminers");
        ProtocolLinks = List("protocolLinks");
        ArticleKeywords = List("articleKeywords");
        CommonArticleWords = List("commonArticleWords");
        ParagraphWords = List("paragraphWords");
        ParagraphLinks = List("paragraphLinks");
        ListSeparators = List("listSeparators");
        RangeWords = List("rangeWords");
        Months = List("months");
        DateLinks = List("dateLinks");
        RegionalQualifiers = List("regionalQualifiers");
        TitleQualifiers = List("titleQualifiers");
        BodyNouns = List("bodyNouns");
        BodyNameSmallWords = List("bodyNameSmallWords");
        DefinitionLeads = List("definitionLeads");
        NounsANameQualifies = List("nounsANameQualifies");
        CitationTailWords = List("citationTailWords");
        DescriptiveHeads = List("descriptiveHeads");
        OccasionLinks = List("occasionLinks");
        OccasionPlaceLinks = List("occasionPlaceLinks");
        OccasionNouns = List("occasionNouns");
        OccasionNameContinuations = List("occasionNameContinuations");
        OccasionPlaceFollowers = List("occasionPlaceFollowers");
        SpecialSessionNouns = List("specialSessionNouns");
        SpecialSessionLeads = List("specialSessionLeads");
        SpecialSessionTails = List("specialSessionTails");
        SpelledNumbers = spelled.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Ordinals = ordinals.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public ImmutableArray<string> Languages { get; }

    /// <summary>Head nouns of instruments' names, in every language ("Covenant", "Pacte", "Pacto", "Пакт").</summary>
    public ImmutableArray<HeadNoun> HeadNouns { get; }

    /// <summary>Head noun → the English head it means.</summary>
    public FrozenDictionary<string, string> HeadMeanings { get; }

    /// <summary>What may stand before an anaphor's head: "the", "that", "its", "la", "l'", "el", "dicha".</summary>
    public ImmutableArray<string> Determiners { get; }

    /// <summary>Words between determiner and head that keep it an anaphor: "the said Convention", "the present Covenant".</summary>
    public ImmutableArray<string> AnaphorModifiers { get; }

    /// <summary>Words after a head noun that make it the start of a title, not an anaphor ("the Declaration of Independence").</summary>
    public ImmutableArray<string> TitleContinuations { get; }

    /// <summary>Words right after the head noun that open the rest of a treaty title ("Convention on …", "relating to").</summary>
    public ImmutableArray<string> TitleOpeners { get; }

    /// <summary>Small words a title may hold between its capitalised words ("of", "the", "de", "y").</summary>
    public ImmutableArray<string> TitleSmallWords { get; }

    /// <summary>Words from an article to its instrument: "article 6 of the Covenant", "article 12 de la Convención".</summary>
    public ImmutableArray<string> PinpointLinks { get; }

    /// <summary>Determiners after such a link: "the", "la", "l'".</summary>
    public ImmutableArray<string> PinpointDeterminers { get; }

    /// <summary>What joins a protocol's name to its parent's: "of", "to the".</summary>
    public ImmutableArray<string> ProtocolLinks { get; }

    /// <summary>Article keywords: "article", "art.", "artículo", "статья".</summary>
    public ImmutableArray<string> ArticleKeywords { get; }

    /// <summary>The word before an article shared by a collection's members: "common Article 3".</summary>
    public ImmutableArray<string> CommonArticleWords { get; }

    /// <summary>Paragraph keywords: "paragraph", "paras.".</summary>
    public ImmutableArray<string> ParagraphWords { get; }

    /// <summary>What joins a leading paragraph to its article: "paragraph 7 of Article 2".</summary>
    public ImmutableArray<string> ParagraphLinks { get; }

    /// <summary>List separators: "and", "or", "et", "y", "и".</summary>
    public ImmutableArray<string> ListSeparators { get; }

    /// <summary>Words of a range: "articles 2 to 5".</summary>
    public ImmutableArray<string> RangeWords { get; }

    /// <summary>Numbers written out, with their values ("three" → 3).</summary>
    public FrozenDictionary<string, int> SpelledNumbers { get; }

    /// <summary>Ordinals, with their values ("second" → 2, "deuxième" → 2).</summary>
    public FrozenDictionary<string, int> Ordinals { get; }

    /// <summary>Words before a name that make it another, regional instrument ("American Declaration on …").</summary>
    public ImmutableArray<string> RegionalQualifiers { get; }

    /// <summary>Words that begin longer titles of other instruments when a short name follows them ("International Convention on …").</summary>
    public ImmutableArray<string> TitleQualifiers { get; }

    /// <summary>Nouns of treaty bodies: an acronym in brackets after one, or before one, names the body ("the CRC Committee").</summary>
    public ImmutableArray<string> BodyNouns { get; }

    /// <summary>Small words inside a body's name ("Committee on the Elimination of …").</summary>
    public ImmutableArray<string> BodyNameSmallWords { get; }

    /// <summary>What may open a definition in brackets: (hereinafter referred to as "the Convention").</summary>
    public ImmutableArray<string> DefinitionLeads { get; }

    /// <summary>Lower-case words a citation may hold between a title and its definition (", opened for signature …").</summary>
    public ImmutableArray<string> CitationTailWords { get; }

    /// <summary>
    /// Nouns a name may stand before as a qualifier ("an Antarctic Treaty party", "a Rome Statute State"): an indefinite
    /// article before the name belongs to the noun, and the name is cited.
    /// </summary>
    public ImmutableArray<string> NounsANameQualifies { get; }

    /// <summary>Heads of a phrase that describes an instrument by its occasion: "the Programme of Action adopted at …".</summary>
    public ImmutableArray<string> DescriptiveHeads { get; }

    /// <summary>What joins such a head to the occasion: "adopted at", "resulting from", "of".</summary>
    public ImmutableArray<string> OccasionLinks { get; }

    /// <summary>The last words of a link that can lead to a city: "adopted in Vienna", "adopted at Cairo".</summary>
    public ImmutableArray<string> OccasionPlaceLinks { get; }

    /// <summary>Nouns of occasions a text refers back to: "the Summit", "that special session".</summary>
    public ImmutableArray<string> OccasionNouns { get; }

    /// <summary>Words after such a noun that make it part of a name, with <see cref="TitleContinuations"/>: "the special session devoted to …".</summary>
    public ImmutableArray<string> OccasionNameContinuations { get; }

    /// <summary>Words after a city that make the document another body's: "adopted in Vienna by the Ministerial Council".</summary>
    public ImmutableArray<string> OccasionPlaceFollowers { get; }

    /// <summary>The noun of a numbered special session of the General Assembly: "the sixteenth special session".</summary>
    public ImmutableArray<string> SpecialSessionNouns { get; }

    /// <summary>What may stand before its ordinal: "the Assembly at its eighteenth special session".</summary>
    public ImmutableArray<string> SpecialSessionLeads { get; }

    /// <summary>What may follow it: "the sixteenth special session of the General Assembly".</summary>
    public ImmutableArray<string> SpecialSessionTails { get; }

    /// <summary>What joins an anaphor to its date: "the Convention of July 28, 1951".</summary>
    public ImmutableArray<string> DateLinks { get; }

    /// <summary>Month names, as dates in the texts write them.</summary>
    public ImmutableArray<string> Months { get; }

    /// <summary>
    /// A regex alternation of the words, longest first, each escaped; white space in a word matches any
    /// white space. With <paramref name="capitalised"/> a word's first letter may also be in the other case.
    /// </summary>
    public static string Alternation(IEnumerable<string> words, bool capitalised = false)
    {
        var alternatives = words.Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)
            .Select(w => Escape(w, capitalised)).ToList();
        // An empty list must match nothing, not everything.
        return alternatives.Count == 0 ? "(?!)" : "(?:" + string.Join('|', alternatives) + ")";
    }

    private static string Escape(string word, bool capitalised)
    {
        var escaped = new StringBuilder();
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            if (k == 0 && capitalised && char.IsLetter(c) && char.ToUpperInvariant(c) != char.ToLowerInvariant(c))
            {
                escaped.Append('[').Append(char.ToUpperInvariant(c)).Append(char.ToLowerInvariant(c)).Append(']');
            }
            else if (char.IsWhiteSpace(c))
            {
                escaped.Append(@"\s+");
                while (k + 1 < word.Length && char.IsWhiteSpace(word[k + 1])) k++;
            }
            else
            {
                escaped.Append(Regex.Escape(c.ToString()));
            }
        }

        return escaped.ToString();
    }

    private static LanguageData FromResources(System.Reflection.Assembly assembly)
    {
        const string Prefix = "Citations.Extraction.Languages.";
        var files = new List<JObject>();
        // English first: where languages share a word, the first file's reading of it stands.
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
                     .OrderBy(n => n == Prefix + "en.json" ? 0 : 1).ThenBy(n => n, StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            files.Add(JObject.Parse(reader.ReadToEnd()));
        }

        return new LanguageData(files);
    }

    public override string ToString() => string.Join(",", Languages);
}
