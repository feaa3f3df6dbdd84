namespace Citations.Core.Extraction.Passes;

/// <summary>Catalog names, informal names, translations and acronyms, in one walk over the text (<see cref="CatalogMatcher"/>).</summary>
internal sealed class CatalogNamePass(ExtractionContext context) : IExtractionPass
{
    /// <summary>"of 5 September 1946", "signed on 25 July 1993", "of 1946": the date a text gives right after a name.</summary>
    private readonly System.Text.RegularExpressions.Regex _dateAfter = DateAfter(LanguageData.Alternation(context.Patterns.Language.Months));

    /// <summary>The date pattern for each alternation of month names, compiled once for every extractor that reads those months.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, System.Text.RegularExpressions.Regex> s_datePatterns = new(StringComparer.Ordinal);

    private static System.Text.RegularExpressions.Regex DateAfter(string months) => s_datePatterns.GetOrAdd(months, m => new(
        @"\G\s*,?\s*(?:of|dated|signed\s+on|concluded\s+on|signed\s+(?:in|at)\s+\p{Lu}\w+\s+on)\s+(?<day>\d{1,2}\s+(?:" + m + @")\s+|(?:" + m + @")\s+\d{1,2},\s+)?(?<year>1[6-9]\d\d|20\d\d)(?!\d)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Compiled));

    /// <summary>
    /// The most words, as white space separates them, that a match of <see cref="_dateAfter"/> holds: a comma, a link of up
    /// to five ("signed at Geneva on"), a day, a month and a year.
    /// </summary>
    private readonly int _dateWords = 8 + context.Patterns.Language.Months.Select(m => m.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length).DefaultIfEmpty(1).Max();

    public void Run(ExtractionState state)
    {
        var found = CatalogMatcher.Find(state.Text, state.Words, context.Names, state.Steps, context.Patterns);
        found.RemoveAll(m => ReadsAsPhrase(state.Text, m));
        RemoveOlderNamesakes(state.Text, found, state.Steps);
        GiveBareNamesToTheirDatedForm(state.Text, found, state.Steps);
        state.Mentions.AddRange(found);
    }

    /// <summary>
    /// "the Paris agreement of 5 September 1946" is not the Paris Agreement of 2015, nor "the Cotonou Agreement of 25 July
    /// 1993" that of 2000: a name dated before its instrument was adopted is another instrument's, and so is the same
    /// name written the same way elsewhere in the text.
    /// </summary>
    private void RemoveOlderNamesakes(string text, List<Mention> found, StepCounter steps)
    {
        HashSet<(string Id, string Surface)>? older = null;
        foreach (var mention in found)
        {
            steps.Add();
            if (mention.Kind is not (MentionKind.Title or MentionKind.InformalName) || mention.InstrumentId is not { } id) continue;
            if (!DateLinkAt(text, mention.End)) continue;
            var date = _dateAfter.Match(text, mention.End);
            if (!date.Success || context.Catalog.Find(id) is not { AdoptionYear: { } adopted } instrument) continue;
            if (int.Parse(date.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) >= adopted - 1) continue;
            // "the Simla Agreement of 3 July 1962" for that of 2 July 1972: the year is a slip when the month is the instrument's.
            if (SameMonth(date.Groups["day"].Value, instrument.Adopted)) continue;
            (older ??= []).Add((id, Folded(text, mention)));
        }

        if (older is not null) found.RemoveAll(m => m.InstrumentId is { } id && older.Contains((id, Folded(text, m))));
    }

    /// <summary>
    /// "the Paris agreement of 5 September 1946 on South Tyrol … Italy must honour the Paris agreement": a dated name of
    /// one instrument that opens with the name of another makes that name, written the same way elsewhere in the text,
    /// the dated one's.
    /// </summary>
    private void GiveBareNamesToTheirDatedForm(string text, List<Mention> found, StepCounter steps)
    {
        List<(string Id, string Surface, char First)>? dated = null;
        foreach (var mention in found)
        {
            steps.Add();
            if (mention.Kind is MentionKind.Title or MentionKind.InformalName && mention.InstrumentId is { } id && EndsWithDate(text, mention) && HasYear(text, mention))
            {
                (dated ??= []).Add((id, Folded(text, mention), char.ToLowerInvariant(text[mention.Start])));
            }
        }

        if (dated is null) return;
        Dictionary<string, string>? owners = null;
        foreach (var mention in found)
        {
            if (mention.Kind is not (MentionKind.Title or MentionKind.InformalName) || mention.InstrumentId is not { } id) continue;
            var first = char.ToLowerInvariant(text[mention.Start]);
            string? surface = null;
            foreach (var (owner, name, opening) in dated)
            {
                steps.Add();
                if (opening != first || name.Length <= mention.Length / 2 || owner == id) continue;
                surface ??= Folded(text, mention);
                if (name.Length <= surface.Length + 1 || !name.StartsWith(surface + " ", StringComparison.Ordinal)) continue;
                var rest = _dateAfter.Match(name, surface.Length);
                if (rest.Success && rest.Index + rest.Length == name.Length) (owners ??= new(StringComparer.Ordinal))[surface] = owner;
            }
        }

        if (owners is null) return;
        foreach (var mention in found)
        {
            if (mention.Kind is MentionKind.Title or MentionKind.InformalName && mention.InstrumentId is not null
                && owners.TryGetValue(Folded(text, mention), out var owner))
            {
                mention.InstrumentId = owner;
                mention.Confidence = Confidence.ShortFormResolved;
            }
        }
    }

    /// <summary>Whether a date link ("of", "dated", "signed", "concluded") may follow a name ending at <paramref name="end"/>: a cheap test before the date pattern.</summary>
    private static bool DateLinkAt(string text, int end)
    {
        var k = end;
        while (k < text.Length && (char.IsWhiteSpace(text[k]) || text[k] == ',')) k++;
        if (k == text.Length) return false;
        foreach (var link in s_dateLinks)
        {
            if (LinkWordAt(text, k, link)) return true;
        }

        return false;
    }

    /// <summary>The first word of each link <see cref="_dateAfter"/> takes, in lower case; white space follows each in the pattern.</summary>
    private static readonly string[] s_dateLinks = ["of", "dated", "signed", "concluded"];

    /// <summary>
    /// Whether <paramref name="link"/> may stand at <paramref name="at"/> as the date pattern reads it, ignoring case, with
    /// white space after it. A letter outside ASCII after the first is let through: the pattern's own test decides it.
    /// </summary>
    private static bool LinkWordAt(string text, int at, string link)
    {
        if (at + link.Length >= text.Length || char.ToLowerInvariant(text[at]) != link[0] || !char.IsWhiteSpace(text[at + link.Length])) return false;
        for (var i = 1; i < link.Length; i++)
        {
            var c = text[at + i];
            if (c < 128 && (c | 0x20) != link[i]) return false;
        }

        return true;
    }

    private static bool HasYear(string text, Mention mention)
    {
        for (var k = mention.Start; k + 4 <= mention.End; k++)
        {
            if (char.IsAsciiDigit(text[k]) && char.IsAsciiDigit(text[k + 1]) && char.IsAsciiDigit(text[k + 2]) && char.IsAsciiDigit(text[k + 3])) return true;
        }

        return false;
    }

    /// <summary>Whether a name ends with a date the text gives it ("Paris agreement of 5 September 1946"), not only with a year of its title ("…, 1990").</summary>
    private bool EndsWithDate(string text, Mention mention)
    {
        // The date pattern ends on its year: a name that does not end on one (most names) needs no try at all.
        if (!EndsWithYear(text, mention.End)) return false;
        // A date link opens after a space: try the date pattern at each gap between words that a link may follow, among
        // the name's last words, no more than a date holds.
        for (var k = StartOfLastWords(text, mention.Start + 1, mention.End, _dateWords); k < mention.End; k++)
        {
            if (!char.IsWhiteSpace(text[k]) || char.IsWhiteSpace(text[k - 1]) || !DateLinkAt(text, k)) continue;
            var date = _dateAfter.Match(text, k);
            if (date.Success && date.Index + date.Length == mention.End) return true;
        }

        return false;
    }

    /// <summary>
    /// Where the last <paramref name="count"/> words before <paramref name="end"/> begin, white space before them included,
    /// as white space separates words; <paramref name="floor"/> if fewer words stand after it.
    /// </summary>
    private static int StartOfLastWords(string text, int floor, int end, int count)
    {
        var k = end;
        for (var word = 0; word < count && k > floor; word++)
        {
            while (k > floor && !char.IsWhiteSpace(text[k - 1])) k--;
            while (k > floor && char.IsWhiteSpace(text[k - 1])) k--;
        }

        return k;
    }

    /// <summary>Whether the four characters before <paramref name="end"/> may be the year the date pattern ends on (1600–2099; a digit is any decimal digit, as \d takes it).</summary>
    private static bool EndsWithYear(string text, int end) =>
        end >= 4 && text[end - 4] is '1' or '2' && char.IsDigit(text[end - 3]) && char.IsDigit(text[end - 2]) && char.IsDigit(text[end - 1]);

    /// <summary>Whether a written day and month ("3 July ", "July 3, ") fall in the month of an ISO date.</summary>
    private static bool SameMonth(string dayAndMonth, string adopted)
    {
        var written = dayAndMonth.Trim().TrimEnd(',');
        string[] formats = ["d MMMM", "MMMM d", "d MMM", "MMM d"];
        return written.Length > 0 && adopted.Length >= 7
               && DateTime.TryParseExact(written, formats, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AllowWhiteSpaces, out var parsed)
               && parsed.Month.ToString("00", System.Globalization.CultureInfo.InvariantCulture) == adopted.Substring(5, 2);
    }

    private static string Folded(string text, Mention mention) => TextNormalizer.LowerCaseWords(text.AsSpan(mention.Start, mention.Length));

    /// <summary>
    /// A resolution titled by a plain phrase, written in lower case and not quoted, is the phrase: "building the future
    /// we want", "the definition of aggression" before 1974, "the restoration of the lawful rights of the People's
    /// Republic of China" as an agenda question. Quoted (“The future we want”) or capitalised, it is the document.
    /// </summary>
    private bool ReadsAsPhrase(string text, Mention mention)
    {
        if (mention.Kind != MentionKind.Title || mention.InstrumentId is not { } id || !char.IsLower(text[mention.Start])) return false;
        if (context.Catalog.Find(id) is not { Kind: InstrumentKind.Resolution } instrument) return false;
        // Only the title itself reads as a phrase; the other names ("outcome document of the United Nations Conference on
        // Sustainable Development") describe the document. "Declaration on …", "Charter of …": a title that opens with a
        // head noun names a document, whatever its case.
        var title = TextNormalizer.Words(instrument.Title).SkipWhile(w => w.Equals("the", StringComparison.OrdinalIgnoreCase)).ToList();
        if (title.Count == 0 || context.ShortForms.HeadOf(char.ToUpperInvariant(title[0][0]) + title[0][1..]) is not null) return false;
        if (!TextNormalizer.Words(text[mention.Start..mention.End]).SequenceEqual(title, StringComparer.OrdinalIgnoreCase)) return false;
        return !Quoted(text, mention.Start);
    }

    /// <summary>
    /// Whether the title is written as one: a quotation mark opens right before <paramref name="start"/> or before a
    /// "The" that does, or a capital "The" inside a sentence begins it ("recalled The future we want").
    /// </summary>
    private static bool Quoted(string text, int start)
    {
        var k = start;
        while (k > 0 && char.IsWhiteSpace(text[k - 1])) k--;
        if (k >= 3 && text.AsSpan(k - 3, 3).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            var capital = text[k - 3] == 'T';
            k -= 3;
            while (k > 0 && char.IsWhiteSpace(text[k - 1])) k--;
            if (capital && k > 0 && char.IsLetterOrDigit(text[k - 1])) return true;
        }

        return k > 0 && text[k - 1] is '"' or '“' or '‘' or '\'' or '«';
    }
}
