using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace Citations.Core.Extraction;

/// <summary>
/// UN resolutions by pattern, each keyed by its UN document symbol: S/RES/242(1967), A/RES/1514(XV),
/// A/RES/62/243, A/RES/3201(S-VI), A/RES/ES-10/19. It reads symbols in every form ("S/RES/1973",
/// "A/RES/377 (V) A"), phrases in English, French and Spanish with enumerations ("Security Council
/// resolutions 242 (1967) and 338 (1973)", "les résolutions 242 (1967) et 338 (1973)", "resolution
/// No. 1244", "resolution 687 of 1991"), and "that resolution" right after one numbered resolution.
/// The organ is worked out from the symbol, the session numeral, the Council's numbering and year,
/// the organ named before or after the number, and what the paragraph said before; when nothing
/// decides, the resolution is left out. Security Council numbers run consecutively, so a number
/// alone gives its year once the text is about the Council.
/// </summary>
internal static partial class ResolutionMatcher
{
    private static readonly Lazy<SortedList<int, int>> s_firstOfYear = new(() => LoadTable("sc-resolution-years.json", "firstResolutionOfYear"));

    /// <summary><see cref="s_firstOfYear"/> as two arrays, years ascending, to be read without an enumerator per question.</summary>
    private static readonly Lazy<(int[] Years, int[] Firsts)> s_yearTable = new(() => ([.. s_firstOfYear.Value.Keys], [.. s_firstOfYear.Value.Values]));

    private static readonly Lazy<SortedList<int, int>> s_firstOfSession = new(() => LoadTable("ga-resolution-sessions.json", "firstResolutionOfSession"));

    /// <summary>How far outside its session's estimated run an Assembly resolution's number may fall (the run's boundaries are approximate).</summary>
    private const int SessionMargin = 100;

    /// <summary>How far back the organ a text is talking about is looked for, within its paragraph.</summary>
    private const int ContextWindow = 1000;

    /// <summary>How far back an anaphor ("that resolution") looks for the resolution it refers to.</summary>
    private const int AnaphorWindow = 600;

    /// <summary>The Assembly's sessions were numbered in Roman figures up to the thirtieth (1975); slash symbols began with the thirty-first.</summary>
    private const int LastRomanSession = 30;

    private const int FirstSlashSession = 31;

    private const int LastRomanSpecialSession = 7;

    private const int LastRomanCouncilSession = 62;

    private const int LastRomanEmergencySession = 5;

    private const int LastSlashSession = 90;

    public static List<Mention> Find(string text, StepCounter? steps = null)
    {
        steps ??= new StepCounter();
        // Both lists grow in text order, so each stays sorted for the organ context to look back in.
        var symbols = new List<Mention>();
        foreach (var match in s_symbol.Matches(text, steps))
        {
            var (id, confidence) = SymbolOf(match);
            if (id is not null) symbols.Add(Resolution(id, match.Index, match.Index + match.Length, confidence));
        }

        var phrases = new List<Mention>();
        var context = new OrganContext(text, steps);
        foreach (var match in s_phrase.Matches(text, steps))
        {
            if (match.Groups["draft"].Success) continue;
            var (body, signal) = BodyOf(text, match, context, symbols, phrases);
            // An organ named with the numbers decides; another body named only earlier in the paragraph rules out
            // the Assembly's session and slash forms only when it is named in the same sentence.
            var other = body is ResolutionBody.Other or ResolutionBody.HumanRightsCouncil or ResolutionBody.EconomicAndSocialCouncil;
            var otherInSentence = other && signal >= Boundaries.SentenceStart(text, match.Index, 1, ContextWindow, steps);
            var items = match.Groups["item"].Captures;
            if (body == ResolutionBody.EconomicAndSocialCouncil && (signal < 0 || otherInSentence))
            {
                // The Economic and Social Council's resolutions in the session form are keyed as the Assembly's are (E/RES/671(XXV));
                // named with the numbers, the Council also takes the year form it has used since 1978 ("resolution 1996/31").
                foreach (Capture item in items)
                {
                    if ((CouncilSessionSymbol(item.Value, explicitOrgan: signal < 0) ?? (signal < 0 ? CouncilSlashSymbol(item.Value) : null)) is { } council) phrases.Add(Resolution(council, item == items[0] ? match.Index : item.Index, item.Index + item.Length, Confidence.NumberWithYear));
                }

                if (signal < 0) continue;
            }

            if (other && signal < 0) continue;
            // "resolution, 2334 (2016)": a comma is read only before a number that carries its year or session.
            if (match.Groups["comma"].Success && !items[0].Value.Contains('(', StringComparison.Ordinal) && !items[0].Value.Contains('/', StringComparison.Ordinal)) continue;
            var phraseYear = match.Groups["pyear"].Success ? match.Groups["pyear"].Value : null;
            // A year written once after the last item of "resolutions 822, 853, 874 and 884 (1993)" is for all of them.
            var sharedYear = phraseYear ?? (items.Count > 1 ? YearOf(items[^1].Value) : null);
            for (var k = 0; k < items.Count; k++)
            {
                var item = items[k];
                // The Security Council never numbers with a slash: "Council resolution 51/5" after "Human Rights Council
                // resolution 47/16" is that other council's, not the Assembly's.
                if (body == ResolutionBody.SecurityCouncil && signal < 0 && Item().Match(item.Value).Groups["slash"].Success) continue;
                var start = k == 0 ? match.Index : item.Index;
                if (k == items.Count - 1 && PageNumberBefore(text, item) is { } next)
                {
                    // "resolutions 242 (1967) and\n19\n\n338 (1973)": the page number of a PDF's page break stands between
                    // the keyword and the number it goes on with, which is read instead when it carries its year or session.
                    if (SymbolFor(next.Value, body, otherInSentence, null, null) is { Id: { } following } read)
                    {
                        phrases.Add(Resolution(following, k == 0 ? match.Index : next.Index, next.Index + next.Value.Length, read.Confidence));
                    }

                    continue;
                }

                if (SplitNumber(text, item, body, otherInSentence) is { } split)
                {
                    phrases.Add(Resolution(split.Id, start, split.End, Confidence.NumberWithYear));
                    continue;
                }

                var (id, confidence, usedPhraseYear) = SymbolFor(item.Value, body, otherInSentence, sharedYear, phraseYear);
                if (id is null) continue;
                if (k == 0 && GapHoldsAName(match.Groups["gap"])) start = item.Index;
                var end = usedPhraseYear && k == items.Count - 1 ? match.Groups["yp"].Index + match.Groups["yp"].Length : item.Index + item.Length;
                phrases.Add(Resolution(id, start, end, confidence));
            }
        }

        // "ES-10/19" with neither "A/RES/" nor the keyword: the Assembly's once the paragraph is about the Assembly.
        HashSet<int>? covered = null;
        var bare = new List<Mention>();
        foreach (var match in s_sessionSymbol.Matches(text, steps))
        {
            if (match.Index > 0 && text[match.Index - 1] == '/') continue;
            covered ??= [.. phrases.Select(m => m.Start).Concat(phrases.Select(m => m.End))];
            if (covered.Contains(match.Index + match.Length)) continue;
            var id = SpecialSlash(match.Groups["sp"].Value, match.Groups["spn"].Value, match.Groups["spr"].Value);
            if (id is null || context.Before(match.Index, symbols, phrases).Body != ResolutionBody.GeneralAssembly) continue;
            bare.Add(Resolution(id, match.Index, match.Index + match.Length, Confidence.NumberWithYear));
        }

        var numbered = phrases.Count == 0 && bare.Count == 0 ? symbols : Sorted([.. symbols, .. phrases, .. bare]);
        var anaphors = Anaphors(text, numbered, steps);
        return anaphors.Count == 0 ? Sorted(numbered) : Sorted([.. numbered, .. anaphors]);
    }

    /// <summary>
    /// A bare number alone on its line with a number on a later line is a page number ("and\n19\n\n338 (1973)"):
    /// the item that follows it, read with its year or session, or null when the item is none.
    /// </summary>
    private static (int Index, string Value)? PageNumberBefore(string text, Capture item)
    {
        if (!item.Value.All(char.IsAsciiDigit)) return null;
        var lineStart = text.AsSpan(0, item.Index).LastIndexOf('\n');
        if (lineStart < 0 || !text.AsSpan(lineStart + 1, item.Index - lineStart - 1).IsWhiteSpace()) return null;
        var next = item.Index + item.Length;
        var breaks = 0;
        for (; next < text.Length && char.IsWhiteSpace(text[next]); next++)
        {
            if (text[next] == '\n') breaks++;
        }

        if (breaks == 0 || next == text.Length || !char.IsAsciiDigit(text[next])) return null;
        var following = Item().Match(text.Substring(next, Math.Min(40, text.Length - next)));
        if (!following.Success || !following.Groups["q"].Success) return null;
        return (next, following.Value);
    }

    /// <summary>
    /// "resolution 43 5 (197 8)": OCR's space inside a Council number, read as one number when the year written after
    /// it (spaces dropped) is the year the Council's numbering gives the whole number.
    /// </summary>
    private static (string Id, int End)? SplitNumber(string text, Capture item, ResolutionBody body, bool otherInSentence)
    {
        if (body != ResolutionBody.SecurityCouncil || otherInSentence || item.Length > 3 || !item.Value.All(char.IsAsciiDigit)) return null;
        var rest = SplitRest().Match(text, item.Index + item.Length);
        if (!rest.Success) return null;
        var number = item.Value + rest.Groups["digits"].Value;
        var year = string.Concat(rest.Groups["year"].Value.Where(char.IsAsciiDigit));
        if (year.Length != 4 || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return null;
        var tableYear = SecurityCouncilYear(n);
        if (tableYear?.ToString(CultureInfo.InvariantCulture) != year) return null;
        return ($"S/RES/{n}({year})", rest.Index + rest.Length);
    }

    [GeneratedRegex(@"\G (?<digits>\d{1,2}) ?\((?<year>(?:\d ?){3}\d)\)")]
    private static partial Regex SplitRest();

    /// <summary>The mentions in text order, equals kept in the order given; a list already in order is returned as it is.</summary>
    private static List<Mention> Sorted(List<Mention> mentions)
    {
        var inOrder = true;
        for (var k = 1; k < mentions.Count && inOrder; k++) inOrder = MentionSet.ByPosition(mentions[k - 1], mentions[k]) <= 0;
        return inOrder ? mentions : [.. mentions.OrderBy(m => m, Comparer<Mention>.Create(MentionSet.ByPosition))];
    }

    private static Mention Resolution(string id, int start, int end, Confidence confidence, MentionKind kind = MentionKind.Resolution) => new()
    {
        Start = start,
        End = end,
        Kind = kind,
        InstrumentId = id,
        Confidence = confidence,
        Title = TitleOf(id),
        KindOfInstrument = InstrumentKind.Resolution,
        Catalogued = false,
    };

    private static ResolutionBody OrganOfId(string id) => id[0] switch
    {
        'S' => ResolutionBody.SecurityCouncil,
        'E' => ResolutionBody.EconomicAndSocialCouncil,
        _ => ResolutionBody.GeneralAssembly,
    };

    private static string TitleOf(string id)
    {
        var organ = id[0] switch { 'S' => "Security Council", 'E' => "Economic and Social Council", _ => "General Assembly" };
        return $"{organ} resolution {id[6..].Replace("(", " (", StringComparison.Ordinal)}";
    }

    private static (string? Id, Confidence Confidence) SymbolOf(Match match)
    {
        if (match.Groups["sc"].Success)
        {
            if (!int.TryParse(match.Groups["sc"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n == 0) return (null, Confidence.ExactTitle);
            if (match.Groups["scyear"].Success) return ($"S/RES/{n}({match.Groups["scyear"].Value})", Confidence.ExactTitle);
            // "S/RES/1973": the symbol without its year, which the Council's numbering gives.
            return SecurityCouncilYear(n) is { } year ? ($"S/RES/{n}({year.ToString(CultureInfo.InvariantCulture)})", Confidence.YearFromNumbering) : (null, Confidence.ExactTitle);
        }

        if (match.Groups["sp"].Success)
        {
            var special = SpecialSlash(match.Groups["sp"].Value, match.Groups["spn"].Value, match.Groups["spr"].Value);
            return (special, Confidence.ExactTitle);
        }

        if (match.Groups["ga"].Success) return ($"A/RES/{Trim(match.Groups["ga"].Value)}/{Trim(match.Groups["gan"].Value)}", Confidence.ExactTitle);
        var session = Session(match.Groups["session"].Value);
        return session is null ? (null, Confidence.ExactTitle) : ($"A/RES/{Trim(match.Groups["old"].Value)}({session})", Confidence.ExactTitle);
    }

    /// <summary>Which organ adopted the resolutions: named before them, after them, or last named before them in the paragraph.</summary>
    /// <remarks>The position is where the paragraph named the organ, or -1 when the phrase names it.</remarks>
    private static (ResolutionBody Body, int Position) BodyOf(string text, Match match, OrganContext context, List<Mention> symbols, List<Mention> phrases)
    {
        if (match.Groups["organ"].Success) return (OrganOf(match.Groups["organ"].Value), -1);
        var after = OrganAfter().Match(text, match.Index + match.Length);
        if (after.Success) return (OrganOf(after.Groups["name"].Value), -1);
        // "In its resolution 2042 (LXI), the Economic and Social Council asked …": the organ is the sentence's subject.
        if (AfterIts(text, match.Index) && OrganAsSubject().Match(text, match.Index + match.Length) is { Success: true } subject)
        {
            return (OrganOf(subject.Groups["name"].Value), -1);
        }
        return context.Before(match.Index, symbols, phrases);
    }

    /// <summary>
    /// Whether the words before <paramref name="position"/> are a preposition and "its" ("In its resolution …", "By its
    /// resolutions …"), which open a sentence whose subject is the organ; "the Council has adopted its resolution 1612
    /// (2005), the General Assembly …" names another organ after the comma.
    /// </summary>
    private static bool AfterIts(string text, int position)
    {
        var k = position;
        while (k > 0 && char.IsWhiteSpace(text[k - 1])) k--;
        if (k < 3 || !text.AsSpan(k - 3, 3).Equals("its", StringComparison.OrdinalIgnoreCase) || (k > 3 && char.IsLetter(text[k - 4]))) return false;
        k -= 3;
        while (k > 0 && char.IsWhiteSpace(text[k - 1])) k--;
        var end = k;
        while (k > 0 && char.IsLetter(text[k - 1])) k--;
        var word = text.AsSpan(k, end - k);
        foreach (var preposition in (ReadOnlySpan<string>)["in", "by", "under", "through", "with"])
        {
            if (word.Equals(preposition, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    /// <summary>The organ a name denotes: the Council, the Assembly, or another body whose resolutions are left out.</summary>
    private static ResolutionBody OrganOf(string name)
    {
        // The name's words one space apart, with a plain apostrophe.
        Span<char> buffer = name.Length <= 256 ? stackalloc char[256] : new char[name.Length];
        var length = 0;
        var words = 0;
        var firstEnd = 0;
        foreach (var range in name.AsSpan().SplitAny(" \t\n\r"))
        {
            var word = name.AsSpan(range);
            if (word.IsEmpty) continue;
            if (words++ > 0) buffer[length++] = ' ';
            foreach (var c in word) buffer[length++] = c == '’' ? '\'' : c;
            if (words == 1) firstEnd = length;
        }

        ReadOnlySpan<char> organ = buffer[..length];
        // "Under General Assembly resolution", "Despite Security Council resolutions": a word of the sentence, not of the name.
        if (words > 1 && AnyEquals(ResolutionWords.LeadingWords, organ[..firstEnd], StringComparison.Ordinal)) organ = organ[(firstEnd + 1)..];
        foreach (var prefix in (ReadOnlySpan<string>)["UN ", "U.N. ", "United Nations "])
        {
            if (organ.StartsWith(prefix, StringComparison.Ordinal)) organ = organ[prefix.Length..];
        }

        foreach (var (names, body) in ResolutionWords.OrganNames)
        {
            if (AnyEquals(names, organ, StringComparison.OrdinalIgnoreCase)) return body;
        }

        // "Welcoming Security Council resolution", "SO\nSecurity Council": the two organs' names end the words before the keyword.
        if (organ.EndsWith(" Security Council", StringComparison.Ordinal)) return ResolutionBody.SecurityCouncil;
        if (organ.EndsWith(" General Assembly", StringComparison.Ordinal)) return ResolutionBody.GeneralAssembly;
        if (AnyEquals(ResolutionWords.HumanRightsCouncil, organ, StringComparison.OrdinalIgnoreCase)) return ResolutionBody.HumanRightsCouncil;
        if (AnyEquals(ResolutionWords.EconomicAndSocialCouncil, organ, StringComparison.OrdinalIgnoreCase)) return ResolutionBody.EconomicAndSocialCouncil;

        // "Human Rights Council resolution 31/36", "World Health Assembly resolution": another body's resolutions.
        return ResolutionBody.Other;
    }

    private static bool AnyEquals(string[] names, ReadOnlySpan<char> organ, StringComparison comparison)
    {
        foreach (var name in names)
        {
            if (organ.Equals(name, comparison)) return true;
        }

        return false;
    }

    private static (string? Id, Confidence Confidence, bool UsedPhraseYear) SymbolFor(string item, ResolutionBody body, bool otherInSentence, string? sharedYear, string? phraseYear)
    {
        var parts = Item().Match(item);
        if (!parts.Success) return (null, Confidence.NumberWithYear, false);
        // Another body named in the sentence takes a session numeral its number does not fit, and the Human Rights
        // Council, which numbers its resolutions like the Assembly, takes the slash forms.
        var slash = parts.Groups["sp"].Success || parts.Groups["slash"].Success;
        if (otherInSentence && (slash ? body == ResolutionBody.HumanRightsCouncil : parts.Groups["q"].Success && !IsYear(parts.Groups["q"].Value) && !FitsSessionNumeral(parts)))
        {
            return (null, Confidence.NumberWithYear, false);
        }

        if (parts.Groups["sp"].Success)
        {
            return (SpecialSlash(parts.Groups["sp"].Value, parts.Groups["spn"].Value, parts.Groups["spr"].Value), Confidence.NumberWithYear, false);
        }

        var number = Trim(parts.Groups["n"].Value);
        if (parts.Groups["slash"].Success)
        {
            // The slash numbering is the Assembly's, from its thirty-first session on.
            var sessionNumber = int.Parse(number, CultureInfo.InvariantCulture);
            if (sessionNumber is < FirstSlashSession or > LastSlashSession) return (null, Confidence.NumberWithYear, false);
            return ($"A/RES/{number}/{Trim(parts.Groups["slash"].Value)}", Confidence.NumberWithYear, false);
        }

        var qualifier = parts.Groups["q"].Success ? parts.Groups["q"].Value : null;
        if (qualifier is not null && !IsYear(qualifier))
        {
            var session = SessionFor(int.Parse(number, CultureInfo.InvariantCulture), qualifier);
            if (session is null) return (null, Confidence.NumberWithYear, false);
            // A number outside the run of its session is another body's ("resolution 416 (XIV)" of the Economic and Social Council).
            if (RomanNumerals.TryParse(session, out var regular) && !FitsAssemblySession(int.Parse(number, CultureInfo.InvariantCulture), regular)) return (null, Confidence.NumberWithYear, false);
            // "320 (S-VI)", a digit lost: the sixth special session numbered its resolutions 3201 and 3202. "2253 (S-V)" for the
            // fifth emergency special session's resolution is the one meant, when only the other kind of session fits.
            if (!FitsSpecialSession(int.Parse(number, CultureInfo.InvariantCulture), session))
            {
                var other = session.StartsWith("ES-", StringComparison.Ordinal) ? session[1..] : session.StartsWith("S-", StringComparison.Ordinal) ? "E" + session : null;
                if (other is null || !IsListedSpecialSession(other) || !FitsSpecialSession(int.Parse(number, CultureInfo.InvariantCulture), other)) return (null, Confidence.NumberWithYear, false);
                session = other;
            }
            return ($"A/RES/{number}({session})", Confidence.NumberWithYear, false);
        }

        var year = qualifier ?? sharedYear;
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n == 0) return (null, Confidence.NumberWithYear, false);
        var tableYear = SecurityCouncilYear(n);
        if (year is not null)
        {
            // "General Assembly resolutions 1514 (1960) and 2066 (1965)": the Assembly's, with the year for the session.
            if (body is ResolutionBody.GeneralAssembly && qualifier is not null)
            {
                return (AssemblySessionByYear(n, int.Parse(qualifier, CultureInfo.InvariantCulture)) is { } byYear ? $"A/RES/{n}({byYear})" : null, Confidence.NumberWithYear, false);
            }

            // A number and a year that fit the Council's numbering are a Council resolution; the Assembly's carry sessions.
            if (body is ResolutionBody.GeneralAssembly || tableYear is null) return (null, Confidence.NumberWithYear, false);
            var written = int.Parse(year, CultureInfo.InvariantCulture);
            if (Math.Abs(written - tableYear.Value) > 1) return (null, Confidence.NumberWithYear, false);
            return ($"S/RES/{n}({year})", Confidence.NumberWithYear, qualifier is null && year == phraseYear);
        }

        if (body != ResolutionBody.SecurityCouncil || tableYear is null) return (null, Confidence.NumberWithYear, false);
        return ($"S/RES/{n}({tableYear.Value.ToString(CultureInfo.InvariantCulture)})", Confidence.YearFromNumbering, false);
    }

    /// <summary>
    /// A resolution of the Economic and Social Council in the slash form it has used since 1978, year first: "1996/31"
    /// is E/RES/1996/31. Null for any other form. (The Human Rights Council's "5/1" is a subsidiary body's resolution,
    /// which the annotation rules leave out.)
    /// </summary>
    private static string? CouncilSlashSymbol(string item)
    {
        var parts = Item().Match(item);
        if (!parts.Success || !parts.Groups["slash"].Success) return null;
        var year = int.Parse(parts.Groups["n"].Value, CultureInfo.InvariantCulture);
        return year is >= FirstYearNumberedCouncilResolution and <= LastSlashYear ? $"E/RES/{year.ToString(CultureInfo.InvariantCulture)}/{Trim(parts.Groups["slash"].Value)}" : null;
    }

    /// <summary>The Economic and Social Council's resolutions carry their year from 1978 ("1978/1").</summary>
    private const int FirstYearNumberedCouncilResolution = 1978;

    private const int LastSlashYear = 2040;

    /// <summary>
    /// "671 A (XXV)" of the Economic and Social Council, which numbered its sessions in Roman figures until its
    /// sixty-third (1977): E/RES/671(XXV). With the Council named only in the sentence, a number that fits the
    /// Assembly's session is left to the Assembly.
    /// </summary>
    private static string? CouncilSessionSymbol(string item, bool explicitOrgan)
    {
        var parts = Item().Match(item);
        if (!parts.Success || !parts.Groups["q"].Success || IsYear(parts.Groups["q"].Value) || parts.Groups["q"].Value.Contains('-', StringComparison.Ordinal)) return null;
        if (!explicitOrgan && FitsSessionNumeral(parts)) return null;
        var numeral = string.Concat(parts.Groups["q"].Value.Where(c => !char.IsWhiteSpace(c)));
        var session = numeral.All(char.IsAsciiDigit) ? null : UniqueRomanReading(numeral, LastRomanCouncilSession);
        return session is null ? null : $"E/RES/{Trim(parts.Groups["n"].Value)}({session})";
    }

    /// <summary>"S-26/2", "ES-10/19": special and emergency special sessions with slash numbering.</summary>
    private static string? SpecialSlash(string kind, string session, string number)
    {
        var emergency = kind.StartsWith('E');
        var s = int.Parse(session, CultureInfo.InvariantCulture);
        // Special sessions were numbered in Roman figures up to the seventh (1975), emergency ones up to the fifth (1967).
        if (emergency ? s is <= LastRomanEmergencySession or > 20 : s is <= LastRomanSpecialSession or > 40) return null;
        return $"A/RES/{(emergency ? "ES" : "S")}-{s.ToString(CultureInfo.InvariantCulture)}/{Trim(number)}";
    }

    /// <summary>
    /// The session mark of an Assembly resolution written in the session form: "XV", "15", "S-VI",
    /// "ES-III", or a Roman numeral damaged by OCR ("XXHI", "XXlV") when exactly one reading of it is a
    /// session in range. Null for anything else.
    /// </summary>
    internal static string? Session(string? qualifier)
    {
        if (string.IsNullOrEmpty(qualifier)) return null;
        var q = string.Concat(qualifier.Where(c => !char.IsWhiteSpace(c))).Replace('–', '-').Replace('‑', '-');
        // OCR drops the hyphen of a special session's mark: "3202 (SVI)" is "3202 (S-VI)".
        if (q.Length > 2 && q.StartsWith("ES", StringComparison.Ordinal) && q[2] != '-') q = "ES-" + q[2..];
        else if (q.Length > 1 && q[0] == 'S' && q[1] != '-') q = "S-" + q[1..];
        // "Resolution 1514(15)": a session written in Arabic figures; but "194(111)" is OCR's "III", no session's number.
        if (q.All(char.IsAsciiDigit) && !(q.Length > 2 && q.All(c => c == '1')))
        {
            return q.Length <= 2 && int.TryParse(q, CultureInfo.InvariantCulture, out var arabic) && arabic is >= 1 and <= LastRomanSession ? RomanNumerals.Format(arabic) : null;
        }


        var prefix = q.StartsWith("ES-", StringComparison.Ordinal) ? "ES-" : q.StartsWith("S-", StringComparison.Ordinal) ? "S-" : "";
        var numeral = q[prefix.Length..];
        var limit = prefix switch { "ES-" => LastRomanEmergencySession, "S-" => LastRomanSpecialSession, _ => LastRomanSession };
        var reading = UniqueRomanReading(numeral, limit);
        return reading is null ? null : prefix + reading;
    }

    /// <summary>
    /// The one way to read a numeral as a Roman session number from 1 to <paramref name="limit"/>, taking
    /// what OCR makes of I (l, 1, |, H for II); null when none or several readings fit.
    /// </summary>
    private static string? UniqueRomanReading(string numeral, int limit)
    {
        if (numeral.Length is 0 or > 8) return null;
        var ambiguous = 0;
        foreach (var c in numeral)
        {
            if (c == 'l') ambiguous++;
            else if (c is not ('I' or 'V' or 'X' or 'L' or '1' or '|' or '!' or 'H')) return null;
        }

        // Each "l" is read as I or as L: 2^ambiguous readings, each different from the others.
        string? found = null;
        Span<char> reading = stackalloc char[2 * numeral.Length];
        for (var choice = 0; choice < 1 << ambiguous; choice++)
        {
            var length = 0;
            var l = 0;
            foreach (var c in numeral)
            {
                switch (c)
                {
                    case 'l':
                        reading[length++] = (choice & (1 << l++)) == 0 ? 'I' : 'L';
                        break;
                    case '1' or '|' or '!':
                        reading[length++] = 'I';
                        break;
                    case 'H':
                        reading[length++] = 'I';
                        reading[length++] = 'I';
                        break;
                    default:
                        reading[length++] = c;
                        break;
                }
            }

            if (!RomanNumerals.TryParse(reading[..length], out var value) || value < 1 || value > limit) continue;
            if (found is not null) return null;
            found = reading[..length].ToString();
        }

        return found;
    }

    private static string? YearOf(string item)
    {
        var q = Item().Match(item).Groups["q"];
        return q.Success && IsYear(q.Value) ? q.Value : null;
    }

    /// <summary>
    /// The session of resolution <paramref name="number"/>: "(11)" is the eleventh session in Arabic figures or
    /// OCR's "(II)"; the reading whose run of numbers holds the resolution is taken, and none when both or neither do.
    /// </summary>
    private static string? SessionFor(int number, string qualifier)
    {
        var session = Session(qualifier);
        if (!qualifier.All(c => c == '1') || qualifier.Length > 2) return session;
        var roman = UniqueRomanReading(qualifier, LastRomanSession);
        var fits = new[] { session, roman }.Where(r => r is not null && RomanNumerals.TryParse(r, out var v) && FitsAssemblySession(number, v)).Distinct(StringComparer.Ordinal).ToList();
        return fits.Count == 1 ? fits[0] : session;
    }

    /// <summary>
    /// The regular session of Assembly resolution <paramref name="number"/>, written with its year instead ("1514 (1960)"):
    /// the session that opened that year, if the number fits its run. Null past the consecutive numbering, and near the
    /// numbers the special and emergency special sessions took from the same run ("3201 (1974)" is S-VI's).
    /// </summary>
    private static string? AssemblySessionByYear(int number, int year)
    {
        var session = year - FirstAssemblyYear;
        if (session is < 1 or > LastRomanSession || !FitsAssemblySession(number, session)) return null;
        foreach (var (_, first, last) in s_specialSessionNumbers)
        {
            if (number >= first - SpecialSessionMargin && number <= last + SpecialSessionMargin) return null;
        }

        return RomanNumerals.Format(session);
    }

    /// <summary>The year before the Assembly's first session (1946): session n opened in year 1945 + n.</summary>
    private const int FirstAssemblyYear = 1945;

    /// <summary>How near a special session's numbers a resolution is not read by its year alone.</summary>
    private const int SpecialSessionMargin = 3;

    /// <summary>
    /// The numbers the special and emergency special sessions that numbered in Roman figures gave their resolutions,
    /// within the Assembly's consecutive run.
    /// </summary>
    private static readonly (string Session, int First, int Last)[] s_specialSessionNumbers =
    [
        ("S-I", 104, 106), ("S-II", 185, 189), ("ES-I", 997, 1003), ("ES-II", 1004, 1008), ("ES-III", 1237, 1237), ("ES-IV", 1474, 1474),
        ("S-III", 1622, 1622), ("S-IV", 1874, 1879), ("S-V", 2248, 2249), ("ES-V", 2252, 2256), ("S-VI", 3201, 3202), ("S-VII", 3362, 3362),
    ];

    private static bool IsListedSpecialSession(string session) => Array.Exists(s_specialSessionNumbers, s => s.Session == session);

    /// <summary>Whether <paramref name="number"/> can be a resolution of special session <paramref name="session"/> ("S-VI"); true for a session not listed.</summary>
    private static bool FitsSpecialSession(int number, string session)
    {
        foreach (var (listed, first, last) in s_specialSessionNumbers)
        {
            if (listed == session) return number >= first - SpecialSessionMargin && number <= last + SpecialSessionMargin;
        }

        return true;
    }

    /// <summary>Whether the item carries a regular session numeral its number fits ("2626 (XXV)"): then it is the Assembly's, whatever body the sentence names.</summary>
    private static bool FitsSessionNumeral(Match parts) =>
        parts.Groups["q"].Success && Session(parts.Groups["q"].Value) is { } session && RomanNumerals.TryParse(session, out var regular)
        && FitsAssemblySession(int.Parse(Trim(parts.Groups["n"].Value), CultureInfo.InvariantCulture), regular);

    private static bool IsYear(string qualifier) => qualifier.Length == 4 && qualifier.All(char.IsAsciiDigit);

    private static string Trim(string number) => number.TrimStart('0') is { Length: > 0 } trimmed ? trimmed : number;

    internal static int? SecurityCouncilYear(int number)
    {
        var (years, firsts) = s_yearTable.Value;
        if (number < 1 || years.Length == 0) return null;
        int? year = null;
        for (var k = 0; k < years.Length && firsts[k] <= number; k++) year = years[k];

        // Past the table's last year the year is unknown, not the last one listed.
        return year == years[^1] && number > firsts[^1] + 80 ? null : year;
    }

    /// <summary>
    /// Whether an Assembly resolution numbered <paramref name="number"/> can belong to regular session
    /// <paramref name="session"/>: the Assembly numbered its resolutions consecutively until 1975, while
    /// other bodies (the Economic and Social Council, UNCTAD) numbered theirs with session numerals too,
    /// far lower for the same numeral ("416 (XIV)" is the Council's).
    /// </summary>
    internal static bool FitsAssemblySession(int number, int session)
    {
        var table = s_firstOfSession.Value;
        if (!table.TryGetValue(session, out var first) || !table.TryGetValue(session + 1, out var next)) return true;
        return number >= first - SessionMargin && number < next + SessionMargin;
    }

    private static SortedList<int, int> LoadTable(string file, string property)
    {
        var assembly = typeof(ResolutionMatcher).Assembly;
        using var stream = assembly.GetManifestResourceStream("Citations.Extraction." + file);
        var table = new SortedList<int, int>();
        if (stream is null) return table;
        using var reader = new StreamReader(stream);
        var root = JObject.Parse(reader.ReadToEnd());
        foreach (var entry in ((JObject)root[property]!).Properties())
        {
            table[int.Parse(entry.Name, CultureInfo.InvariantCulture)] = (int)entry.Value;
        }

        return table;
    }

    /// <summary>
    /// "that resolution", "the resolution", "cette résolution", "dicha resolución" right after one
    /// numbered resolution in the same or the previous sentence of the paragraph: that resolution.
    /// Never when two different resolutions were just named.
    /// </summary>
    private static List<Mention> Anaphors(string text, List<Mention> numbered, StepCounter steps)
    {
        var found = new List<Mention>();
        if (numbered.Count == 0) return found;
        var next = 0;
        foreach (var match in AnaphorsNear(text, numbered, steps))
        {
            var from = Boundaries.SentenceStart(text, match.Index, 2, AnaphorWindow, steps);
            while (next < numbered.Count && numbered[next].End <= match.Index) next++;
            // The numbered mentions between the start of the previous sentence and the anaphor.
            var ids = new HashSet<string>(StringComparer.Ordinal);
            for (var k = next - 1; k >= 0 && numbered[k].Start >= from; k--)
            {
                steps.Add();
                ids.Add(numbered[k].InstrumentId!);
                if (ids.Count > 1) break;
            }

            // "the resolution adopted by the General Assembly" after a Council resolution is another one.
            var after = OrganAfter().Match(text, match.Index + match.Length);
            if (ids.Count == 1 && after.Success && OrganOf(after.Groups["name"].Value) != OrganOfId(ids.First())) continue;
            if (ids.Count == 1) found.Add(Resolution(ids.First(), match.Index, match.Index + match.Length, Confidence.ShortFormResolved, MentionKind.ShortForm));
        }

        return found;
    }

    /// <summary>
    /// The anaphor phrases within reach of a numbered resolution: the text read is only the stretch after
    /// each one, as far as an anaphor can look back, with a little more for the pattern's look-ahead.
    /// </summary>
    private static IEnumerable<(int Index, int Length)> AnaphorsNear(string text, List<Mention> numbered, StepCounter steps)
    {
        var k = 0;
        while (k < numbered.Count)
        {
            var start = numbered[k].End;
            var end = Math.Min(text.Length, start + AnaphorWindow);
            while (++k < numbered.Count && numbered[k].End <= end) end = Math.Min(text.Length, numbered[k].End + AnaphorWindow);
            var stop = Math.Min(text.Length, end + 80);
            foreach (var (index, length) in s_anaphor.MatchesIn(text.AsSpan(start, stop - start), steps))
            {
                if (start + index < end) yield return (start + index, length);
            }
        }
    }

    /// <summary>
    /// The organs a text names before each phrase, within its paragraph, so that a bare "resolution 1973" can be given to the organ
    /// the paragraph last named: the Council, the Assembly, or another body.
    /// </summary>
    private sealed class OrganContext(string text, StepCounter steps)
    {
        /// <summary>The organ each spelling of a name denotes; the names come from one pattern, so the spellings are few.</summary>
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ResolutionBody> s_organOfName = new(StringComparer.Ordinal);

        /// <summary>The organ names found so far, in text order; the text is read only where a query's window needs it.</summary>
        private readonly List<(int Position, ResolutionBody Body)> _signals = [];
        /// <summary>The end of the text read so far: the organ names of the last window read, up to here, are in <see cref="_signals"/>.</summary>
        private int _readTo;

        public (ResolutionBody Body, int Position) Before(int position, List<Mention> symbols, List<Mention> phrases)
        {
            var from = Boundaries.ParagraphStart(text, position, ContextWindow, steps);
            var signals = SignalsIn(from, position);
            var best = (Position: -1, Body: ResolutionBody.Unknown);
            var k = UpperBound(signals, position, s => s.Position) - 1;
            if (k >= 0 && signals[k].Position >= from) best = signals[k];
            // A resolution already keyed in the paragraph tells which organ it is talking about too.
            foreach (var list in (List<Mention>[])[symbols, phrases])
            {
                var m = UpperBound(list, position, mention => mention.Start) - 1;
                if (m < 0 || list[m].Start < from || list[m].Start <= best.Position) continue;
                best = (list[m].Start, OrganOfId(list[m].InstrumentId!));
            }

            return (best.Body, best.Position);
        }

        /// <summary>
        /// The organ names in [from, to). Queries come in text order, so the text read for one is kept for the
        /// next and each character is read about once; a query behind the text read is answered on its own.
        /// </summary>
        private List<(int Position, ResolutionBody Body)> SignalsIn(int from, int to)
        {
            if (to < _readTo) return Read(from, to);
            var start = Math.Max(from, _readTo);
            if (from > _readTo) _signals.Clear();

            _signals.AddRange(Read(start, to));
            _readTo = to;
            return _signals;
        }

        /// <summary>The organ a spelling of a name denotes, worked out once per spelling.</summary>
        private static ResolutionBody OrganOfName(ReadOnlySpan<char> name)
        {
            var lookup = s_organOfName.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(name, out var body)) return body;
            var spelling = name.ToString();
            return s_organOfName.GetOrAdd(spelling, OrganOf);
        }

        private List<(int Position, ResolutionBody Body)> Read(int from, int to)
        {
            var found = new List<(int, ResolutionBody)>();
            if (to <= from) return found;
            var window = text.AsSpan(from, to - from);
            steps.Add(window.Length / 16);
            foreach (var (index, length) in s_organName.MatchesIn(window, steps))
            {
                steps.Add();
                found.Add((from + index, OrganOfName(window.Slice(index, length))));
            }

            return found;
        }

        /// <summary>How many items start before <paramref name="position"/>.</summary>
        private int UpperBound<T>(List<T> items, int position, Func<T, int> startOf)
        {
            int lo = 0, hi = items.Count;
            while (lo < hi)
            {
                steps.Add();
                var mid = lo + ((hi - lo) >> 1);
                if (startOf(items[mid]) < position) lo = mid + 1;
                else hi = mid;
            }

            return lo;
        }
    }

    /// <summary>A symbol holds "/RES/" after one letter, "A" or "S".</summary>
    private static readonly TriggeredPattern s_symbol = new(Symbol(), ["/RES/"], StringComparison.Ordinal, wordsBefore: 0, extraPrefixChars: "", starts: ["A/RES/", "S/RES/"]);

    /// <summary>
    /// A phrase holds its keyword after at most "draft", three words of an organ's name, and "Council" or "Assembly";
    /// it begins with "draft", "projet", "proyecto", the keyword, or a capital (an organ's name or abbreviation).
    /// </summary>
    private static readonly EitherPattern s_phrase = new(
        new TriggeredPattern(Phrase(), ResolutionWords.Triggers, StringComparison.Ordinal, wordsBefore: 5, extraPrefixChars: "-'’.", ResolutionWords.PhraseStarts),
        new TriggeredPattern(Phrase(), ResolutionWords.AccentedTriggers, StringComparison.Ordinal, wordsBefore: 5, extraPrefixChars: "-'’.", ResolutionWords.PhraseStarts));

    /// <summary>Every organ name begins with a capital.</summary>
    private static readonly TriggeredPattern s_organName = new(OrganName(), ResolutionWords.OrganTriggers, StringComparison.Ordinal, wordsBefore: 3, extraPrefixChars: "", TriggeredPattern.AsciiCapitals);

    private static readonly TriggeredPattern s_sessionSymbol = new(SessionSymbol(), ["S-"], StringComparison.Ordinal, wordsBefore: 0, extraPrefixChars: "", starts: ["ES-", "S-"]);

    private static readonly EitherPattern s_anaphor = new(
        new TriggeredPattern(Anaphor(), ResolutionWords.Triggers, StringComparison.Ordinal, wordsBefore: 2, extraPrefixChars: "-", ResolutionWords.AnaphorStarts),
        new TriggeredPattern(Anaphor(), ResolutionWords.AccentedTriggers, StringComparison.Ordinal, wordsBefore: 2, extraPrefixChars: "-", ResolutionWords.AnaphorStarts));

    /// <summary>
    /// One pattern found through two sets of triggers, the ASCII ones and the accented one: a set that mixes
    /// non-ASCII strings in is searched some ten times slower, so the accented trigger is searched on its own.
    /// The matches are merged in text order, a match that overlaps an earlier one dropped.
    /// </summary>
    private sealed class EitherPattern(TriggeredPattern ascii, TriggeredPattern accented)
    {
        /// <summary>As <see cref="TriggeredPattern.MatchesIn"/>, for both sets of triggers.</summary>
        public List<(int Index, int Length)> MatchesIn(ReadOnlySpan<char> text, StepCounter steps)
        {
            var first = ascii.MatchesIn(text, steps);
            var second = accented.MatchesIn(text, steps);
            if (second.Count == 0) return first;
            var merged = new List<(int Index, int Length)>();
            var end = 0;
            foreach (var match in first.Concat(second).OrderBy(m => m.Index))
            {
                if (match.Index < end) continue;
                merged.Add(match);
                end = match.Index + match.Length;
            }

            return merged;
        }

        public List<Match> Matches(string text, StepCounter steps)
        {
            var first = ascii.Matches(text, steps);
            // Either list alone is in order and without overlaps, so with nothing accented found the first is the answer.
            var second = accented.Matches(text, steps);
            if (second.Count == 0) return first;
            var merged = new List<Match>();
            var end = 0;
            foreach (var match in first.Concat(second).OrderBy(m => m.Index))
            {
                if (match.Index < end) continue;
                merged.Add(match);
                end = match.Index + match.Length;
            }

            return merged;
        }
    }

    [GeneratedRegex(@"\G(?:\bS/RES/(?<sc>\d{1,4})(?!\d)(?:\s{0,2}\((?<scyear>(?:19|20)\d\d)\))?|\bA/RES/(?<sp>E?S)[-–‑](?<spn>\d{1,2})/(?<spr>\d{1,3})(?!\d)|\bA/RES/(?<ga>\d{1,3})/(?<gan>\d{1,4})(?!\d)|\bA/RES/(?<old>\d{1,4})\s?(?:[A-Z]\s?)?\((?<session>(?:E?S-)?[IVXL]+)\)(?:\s?[A-Z](?!\w))?)")]
    private static partial Regex Symbol();

    [GeneratedRegex(@"\G\b(?<sp>E?S)-(?<spn>\d{1,2})/(?<spr>\d{1,3})(?![\d/])")]
    private static partial Regex SessionSymbol();

    /// <summary>
    /// One resolution of a phrase: "S-26/2", "ES-10/19", "31/92", or a number with an optional part
    /// letter and an optional year or session in brackets ("2603 A (XXIV)", "678 (1990)", "3201 (S-VI)",
    /// "1514(15)", OCR's "2625 {XXV}"). A bare number is not followed by a counting noun ("10 other
    /// resolutions").
    /// </summary>
    private const string ItemPattern =
        @"(?:E?S\s?[-–‑]\s?\d{1,2}/\d{1,3}(?!\d)|(?:\d{1,3}|(?:19|20)\d\d)/\d{1,4}(?!\d)|\d{1,4}(?!\d)(?:\s?[A-Z](?![\w/])(?:(?:\s*,\s*|\s+(?:" + ResolutionWords.And + @")\s+)[A-Z](?![\w/]))*)?(?:\s{0,2}[(\[{](?:(?:19|20)\d\d|\d{1,2}|(?:E\s?S|S)\s?[-–‑]?\s?[IVXLl1]{1,5}|[IVXLHl1|!]{1,8})[)\]}](?:[A-IK-Za-ik-z](?![\w/]))?)?(?!\s+(?:" + ResolutionWords.CountingNouns + @")\b))";

    /// <summary>
    /// The records' editorial insert of the number in square brackets after the keyword, with the date or the
    /// meeting between them: "resolution [1378 (XIV)]", "the resolution of 22 November 1967 [242 (1967)]", "the
    /// General Assembly resolution of 1947 [181 (II)]", "the resolution adopted by the Assembly at its fourth emergency
    /// special session [1474 (ES-IV)]". What stands between stays within the sentence and holds no bracket; the number
    /// in the brackets must carry its session or year. When it holds a name ("the resolution commending the Treaty
    /// [2373 (XXII)]"), the mention is the bracketed number alone and the name stays free (<see cref="GapHoldsAName"/>).
    /// </summary>
    /// <remarks>
    /// The lookahead first asks, in one quick scan, whether a "[" comes before any bracket or stop at all, as the gap
    /// needs: without it the lazy gap is tried one character longer at a time up to 120 after every keyword.
    /// </remarks>
    private const string EditorialBracket = @"(?<bracket>(?=[^\[\]().;:!?]*\[)(?<gap>\s+[^\[\]().;:!?]{1,120}?)?\s*\[(?=\s?\d{1,4}\s?[A-Z]?\s?[(\[{]))";

    /// <summary>
    /// Whether the words between the keyword and an editorial bracket hold a capitalised word other than an organ's
    /// or a month's ("commending the Treaty"), which may be a name of its own.
    /// </summary>
    private static bool GapHoldsAName(Group gap)
    {
        if (!gap.Success) return false;
        foreach (var word in s_capitalisedWord.EnumerateMatches(gap.ValueSpan))
        {
            if (!s_organOrMonth.IsMatch(gap.ValueSpan.Slice(word.Index, word.Length))) return true;
        }

        return false;
    }

    private static readonly Regex s_capitalisedWord = new(@"\b\p{Lu}[\w'’-]*", RegexOptions.CultureInvariant);

    private static readonly Regex s_organOrMonth = new(@"^(?:" + ResolutionWords.Months + @"|General|Assembly|Security|Council|Economic|Social|Trusteeship|United|Nations)$", RegexOptions.CultureInvariant);

    /// <summary>Between items: commas, "and", "et", "y", "as well as".</summary>
    private const string ItemSeparator = @"(?:\s*,\s*(?:(?:" + ResolutionWords.And + @")\s+)?|\s+(?:" + ResolutionWords.And + "|" + ResolutionWords.AsWellAs + @")\s+)";

    /// <summary>"of 1991", "in 1990", "of 22 November 1967", "du 22 novembre 1967", "de 22 de noviembre de 1967".</summary>
    private const string YearPhrase =
        @"(?<yp>\s*,?\s+(?:" + ResolutionWords.YearLinks + @")\s+(?:(?:\d{1,2}(?:st|nd|rd|th|er)?\s+(?:de\s+)?)?(?:" + ResolutionWords.Months + @")\s+(?:de\s+)?)?(?<pyear>(?:19[4-9]|20[0-4])\d)(?!\d))?";

    [GeneratedRegex(@"\G(?<draft>\b(?:" + ResolutionWords.Draft + @")\s+)?(?:\b(?<organ>" + ResolutionWords.OrganBefore + @")(?:'s|’s)?\s+)?\b(?:" + ResolutionWords.Keyword + @"|(?<organ>UNSCR)s?|(?<organ>" + ResolutionWords.OrganAbbreviations + @")\s?Res(?:\.|(?=\s)))(?:\s*\((?:UNSCR|UNSC|UNGA)\))?(?:" + EditorialBracket + @"|(?<comma>\s*,\s*)|\s+)(?:(?:" + ResolutionWords.Number + @")\s*)?(?<item>" + ItemPattern + ")(?:" + ItemSeparator + "(?<item>" + ItemPattern + @"))*(?:(?![\w/])|(?=J(?!\w)))" + YearPhrase)]
    private static partial Regex Phrase();

    [GeneratedRegex(@"^(?:(?<sp>E?S)\s?[-–‑]\s?(?<spn>\d{1,2})/(?<spr>\d{1,3})|(?<n>\d{1,4})(?:/(?<slash>\d{1,4})|(?:\s?[A-Z](?:(?:\s*,\s*|\s+(?:" + ResolutionWords.And + @")\s+)[A-Z])*)?(?:\s{0,2}[(\[{](?<q>[^)\]}]+)[)\]}])?))")]
    private static partial Regex Item();

    /// <summary>"of the Security Council", "adopted by the General Assembly", "du Conseil de sécurité", "de la Asamblea General" right after the numbers.</summary>
    [GeneratedRegex(@"\G\s*,?\s+(?:" + ResolutionWords.OrganLinks + @")\s+(?:the\s+)?(?<name>" + ResolutionWords.OrganAfter + @")\b")]
    private static partial Regex OrganAfter();

    /// <summary>", the Economic and Social Council" right after the numbers, as the sentence's subject.</summary>
    [GeneratedRegex(@"\G\s*,\s+the\s+(?<name>" + ResolutionWords.OrganAfter + @")\b")]
    private static partial Regex OrganAsSubject();

    /// <summary>Every organ name the context looks back for.</summary>
    [GeneratedRegex(@"\G(?:" + ResolutionWords.OrganAfter + @")\b")]
    private static partial Regex OrganName();

    [GeneratedRegex(@"\G(?:" + ResolutionWords.AnaphorDeterminers + @")\s+(?:" + ResolutionWords.SingularKeyword + @")(?!\w)(?!\s*(?:\d|No\b|number|n[°º]))(?!\s+[IVX]+\b)(?!\s+(?:" + ResolutionWords.SettlementWords + @")\b(?!\s+(?:the\s+)?(?:Security|General|Conseil|Assembl|Consejo|Asamblea)))")]
    private static partial Regex Anaphor();
}

/// <summary>
/// The words resolution matching reads, in English, French and Spanish: the keyword, the organs'
/// names, month names. Kept together here so that they can move into the language data files.
/// </summary>
internal static class ResolutionWords
{
    /// <summary>
    /// Strings one of which every phrase contains (the keyword without its first letter, whose case and accent vary);
    /// "Res " is the legal abbreviation without its stop ("GA Res 46/182", "UNSC Res 2254"), read only after an organ.
    /// </summary>
    public static readonly string[] Triggers = ["esolution", "ESOLUTION", "esoluci", "UNSCR", "Res.", "Res "];

    /// <summary>The organs as legal citations abbreviate them before "Res.": "G.A. Res. 217 A (III)", "S.C. Res. 1373".</summary>
    public const string OrganAbbreviations = @"G\.\s?A\.|S\.\s?C\.|GA|SC|UNGA|UNSC";

    /// <summary>Strings one of which every organ name of <see cref="OrganAfter"/> contains.</summary>
    public static readonly string[] OrganTriggers =
    [
        "Council", "Assembl", "Conseil", "Consejo", "Asamblea", "UNSC", "UNGA", "ECOSOC", "UNESCO", "UNCTAD", "Board", "Organization", "OAU",
        "League", "Commission", "Conference", "Parliament",
    ];

    /// <summary>French "résolution", searched apart from the ASCII triggers.</summary>
    public static readonly string[] AccentedTriggers = ["ésolution"];

    /// <summary>The keyword: English "resolution(s)", French "résolution(s)", Spanish "resolución/resoluciones".</summary>
    public const string Keyword = @"[Rr]esolutions?|RESOLUTIONS?|[Rr]ésolutions?|[Rr]esoluci(?:ón|ones)";

    /// <summary>An organ's name written before the keyword: up to three capitalised words ending in a body's noun, or an acronym.</summary>
    public const string OrganBefore = @"Economic\s+and\s+Social\s+Council|(?:[A-Z][\w-]*\s+){0,3}(?:Council|Assembly|Conference|Commission|Board|Committee|Organization|Summit)|UNSC|UNGA|ECOSOC|UNESCO|UNCTAD|OAS|OAU|AU|IAEA|WHO|ILO|FAO|HRC";

    /// <summary>Organ names written after the numbers ("of the Security Council") or anywhere in the paragraph before them.</summary>
    public const string OrganAfter =
        @"(?:United\s+Nations\s+|UN\s+)?(?:Security\s+Council|General\s+Assembly|Conseil\s+de\s+s[ée]curit[ée]|Assembl[ée]e\s+g[ée]n[ée]rale|Consejo\s+de\s+Seguridad|Asamblea\s+General|UNSC|UNGA"
        + @"|Economic\s+and\s+Social\s+Council|ECOSOC|Conseil\s+[ée]conomique\s+et\s+social|Consejo\s+Econ[óo]mico\s+y\s+Social|Human\s+Rights\s+Council|Commission\s+on\s+Human\s+Rights|Trusteeship\s+Council|UNESCO|UNCTAD|Trade\s+and\s+Development\s+Board"
        + @"|World\s+Health\s+Assembly|Organization\s+of\s+American\s+States|Organization\s+of\s+African\s+Unity|OAU|League\s+of\s+Arab\s+States|Arab\s+League|Disarmament\s+Commission"
        + @"|Board\s+of\s+Governors|General\s+Conference|Islamic\s+Conference|Council\s+of\s+Europe|European\s+Parliament|Conseil\s+des\s+droits\s+de\s+l['’]homme|Consejo\s+de\s+Derechos\s+Humanos)";

    public const string SingularKeyword = "resolution|résolution|resolución";

    /// <summary>"draft resolution", "projet de résolution", "proyecto de resolución": not adopted, not an instrument.</summary>
    public const string Draft = @"draft|Draft|projet\s+de|proyecto\s+de";

    /// <summary>
    /// What a phrase begins with: <see cref="Draft"/>, the keyword, or a capital (<see cref="OrganBefore"/>,
    /// "UNSCR", <see cref="OrganAbbreviations"/>, the keyword capitalised).
    /// </summary>
    public static readonly string[] PhraseStarts = [.. TriggeredPattern.AsciiCapitals, "draft", "projet", "proyecto", "resolution", "résolution", "resoluci"];

    /// <summary>What <see cref="AnaphorDeterminers"/> begin with.</summary>
    public static readonly string[] AnaphorStarts = [.. TriggeredPattern.BothCases(["that", "this", "the", "said", "cette", "ladite", "la", "esa", "esta", "dicha"])];

    /// <summary>Between keyword and number: "No.", "Nos.", "number", "n°", "núm.".</summary>
    public const string Number = @"No\.?|Nos\.?|number|n[°º]\.?|núm\.|N[°º]\.?";

    public const string And = "and|et|y";

    public const string AsWellAs = @"as\s+well\s+as|ainsi\s+que";

    /// <summary>Words after a bare number that make it a count, not a resolution ("resolution 242 and 10 other resolutions").</summary>
    public const string CountingNouns = "other|more|per|percent|years?|months?|days?|times|countries|States|members|votes|autres|otras";

    /// <summary>Before a year written as a phrase: "of 1991", "in 1990", "du 22 novembre 1967", "de 22 de noviembre de 1967".</summary>
    public const string YearLinks = @"of|in|adopted\s+(?:in|on)|dated|du|de|del";

    /// <summary>Before an organ named after the numbers: "of the Security Council", "du Conseil de sécurité", "de la Asamblea General".</summary>
    public const string OrganLinks = @"of|by|adopted\s+by|du|de\s+la|de\s+l['’]|del|de";

    /// <summary>What begins an anaphor: "that resolution", "the said resolution", "cette résolution", "dicha resolución".</summary>
    public const string AnaphorDeterminers =
        @"(?:[Tt]hat|[Tt]his|[Tt]he)(?:\s+(?:same|said|above(?:-mentioned)?|aforementioned|aforesaid))?|[Ss]aid|[Cc]ette|[Ll]adite|[Ll]a\s+même|[Ee]sa|[Ee]sta|[Dd]icha|[Ll]a\s+citada|[Ll]a\s+mencionada";

    /// <summary>After "the resolution", words of a settlement ("the resolution of the conflict", "la résolution des différends").</summary>
    public const string SettlementWords = "of|to|for|between|through|on|de|des|du|del|pacífica|pacifique|peaceful";

    public const string Months =
        "January|February|March|April|May|June|July|August|September|October|November|December"
        + "|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
        + "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre";

    public static readonly string[] EconomicAndSocialCouncil =
    [
        "Economic and Social Council", "Social Council", "ECOSOC", "Conseil économique et social", "Consejo Económico y Social",
    ];

    public static readonly string[] HumanRightsCouncil = ["Human Rights Council", "Conseil des droits de l'homme", "Consejo de Derechos Humanos"];

    /// <summary>Words that begin a sentence or a clause and stand before an organ's name without being part of it.</summary>
    public static readonly string[] LeadingWords =
    [
        "The", "This", "That", "Its", "Our", "Under", "Despite", "Neither", "Both", "In", "By", "And", "Since", "Recalling", "Through", "With",
        "Also", "Moreover", "However", "Further", "Furthermore", "Unfortunately", "Indeed", "Yet", "But", "Thus", "Hence", "Even", "Only", "Each", "Every",
    ];

    /// <summary>The names of the two organs whose resolutions are keyed; any other organ named is another body.</summary>
    internal static readonly (string[] Names, ResolutionBody Body)[] OrganNames =
    [
        (["Security Council", "UNSC", "UNSCR", "Council", "S.C.", "S. C.", "SC", "Security Council's", "Conseil de sécurité", "Conseil de securite", "Conseil de sécurite", "Conseil de securité", "Consejo de Seguridad"], ResolutionBody.SecurityCouncil),
        (["General Assembly", "UNGA", "Assembly", "G.A.", "G. A.", "GA", "Assemblée générale", "Assemblee generale", "Asamblea General"], ResolutionBody.GeneralAssembly),
    ];
}

/// <summary>The organ that adopted a resolution, as far as the text tells: unknown, the Council, the Assembly, or another body.</summary>
internal enum ResolutionBody
{
    Unknown,
    SecurityCouncil,
    GeneralAssembly,
    /// <summary>Another body whose resolutions are left out, which numbers them as the Assembly does ("resolution 31/36").</summary>
    HumanRightsCouncil,
    /// <summary>The Economic and Social Council, whose resolutions in the session form are keyed (E/RES/671(XXV)), the others left out.</summary>
    EconomicAndSocialCouncil,
    Other,
}

/// <summary>Paragraph and sentence starts, looked for backwards within a bounded window.</summary>
internal static class Boundaries
{
    /// <summary>
    /// Where the paragraph holding <paramref name="position"/> starts, at most <paramref name="window"/>
    /// characters back: after a blank line, or after a line break that ends a sentence (texts stored one
    /// PDF line per line break their lines inside sentences too).
    /// </summary>
    public static int ParagraphStart(string text, int position, int window, StepCounter steps)
    {
        var limit = Math.Max(0, position - window);
        for (var k = position - 1; k >= limit; k--)
        {
            steps.Add();
            if (text[k] != '\n') continue;
            var j = k - 1;
            while (j >= limit && text[j] is ' ' or '\t' or '\r') j--;
            if (j < limit || text[j] == '\n' || text[j] is '.' or '!' or '?' or ':' or ';' or '"' or '”' or '»') return k + 1;
        }

        return limit;
    }

    /// <summary>
    /// The start of the sentence holding <paramref name="position"/> (<paramref name="sentences"/> 1), or of
    /// the one before it (2), within its paragraph and the window.
    /// </summary>
    public static int SentenceStart(string text, int position, int sentences, int window, StepCounter steps)
    {
        var paragraph = ParagraphStart(text, position, window, steps);
        var ends = 0;
        for (var k = position - 1; k > paragraph; k--)
        {
            steps.Add();
            if (!IsSentenceEnd(text, k)) continue;
            if (++ends == sentences) return k + 1;
        }

        return paragraph;
    }

    /// <summary>A full stop, question or exclamation mark after a lower-case letter, digit or bracket and before white space: not "U.N." nor "No. 5".</summary>
    private static bool IsSentenceEnd(string text, int k)
    {
        if (text[k] is not ('.' or '!' or '?')) return false;
        if (k + 1 < text.Length && !char.IsWhiteSpace(text[k + 1])) return false;
        if (k == 0) return true;
        var before = text[k - 1];
        if (text[k] == '.' && k >= 2 && text.AsSpan(k - 2, 2) is "No" or "no") return false;
        return char.IsLower(before) || char.IsDigit(before) || before is ')' or ']' or '"' or '”';
    }
}

/// <summary>Roman numerals as UN session numbers and treaty articles use them.</summary>
internal static class RomanNumerals
{
    private static readonly (int Value, string Symbol)[] s_table =
    [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];

    public static string Format(int value)
    {
        var result = new System.Text.StringBuilder();
        foreach (var (v, symbol) in s_table)
        {
            while (value >= v)
            {
                result.Append(symbol);
                value -= v;
            }
        }

        return result.ToString();
    }

    public static bool TryParse(string text, out int value) => TryParse(text.AsSpan(), out value);

    /// <summary>Whether <paramref name="text"/> is a numeral as <see cref="Format"/> writes it (at most nine letters), and its value.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out int value) => s_canonical.Value.TryGetValue(text, out value);

    /// <summary>Every numeral <see cref="Format"/> writes in at most nine letters, with its value.</summary>
    private static readonly Lazy<Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>> s_canonical = new(() =>
    {
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        // Past 9000 every numeral has more than nine letters.
        for (var v = 1; v < 10000; v++)
        {
            var numeral = Format(v);
            if (numeral.Length <= 9) table[numeral] = v;
        }

        return table.GetAlternateLookup<ReadOnlySpan<char>>();
    });
}
