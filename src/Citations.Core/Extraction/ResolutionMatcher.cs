using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace Citations.Core.Extraction;

/// <summary>
/// UN resolutions by pattern, enumerations included ("Security Council resolutions 242 (1967)
/// and 338 (1973)", "resolutions 822, 853, 874 and 884 (1993)", "resolution 2603 A (XXIV)",
/// "A/RES/62/243"), each keyed by its UN document symbol: S/RES/242(1967), A/RES/1514(XV),
/// A/RES/62/243. Security Council numbers run consecutively, so a number alone gives its year.
/// </summary>
internal static partial class ResolutionMatcher
{
    private static readonly Lazy<SortedList<int, int>> s_firstOfYear = new(LoadYears);

    public static List<Mention> Find(string text, StepCounter? steps = null)
    {
        steps ??= new StepCounter();
        var mentions = new List<Mention>();
        foreach (var match in s_symbol.Matches(text, steps))
        {
            var id = match.Groups["sc"].Success
                ? $"S/RES/{match.Groups["sc"].Value}({match.Groups["scyear"].Value})"
                : match.Groups["ga"].Success
                    ? $"A/RES/{match.Groups["ga"].Value}/{match.Groups["gan"].Value}"
                    : $"A/RES/{match.Groups["old"].Value}({match.Groups["session"].Value})";
            mentions.Add(Resolution(id, match.Index, match.Index + match.Length, Confidence.ExactTitle));
        }

        foreach (var match in s_phrase.Matches(text, steps))
        {
            if (match.Groups["draft"].Success) continue;
            var body = ResolveBody(text, match);
            if (body == Body.Other) continue;
            var items = match.Groups["item"].Captures;
            // A year written once after the last item of "resolutions 822, 853, 874 and 884 (1993)" is for all of them.
            var sharedYear = items.Count > 1 && items[^1].Value.Contains('(') ? YearOf(items[^1].Value) : null;
            for (var k = 0; k < items.Count; k++)
            {
                var item = items[k];
                var id = SymbolFor(item.Value, body, sharedYear, out var confidence);
                if (id is null) continue;
                var start = k == 0 ? match.Index : item.Index;
                mentions.Add(Resolution(id, start, item.Index + item.Length, confidence));
            }
        }

        return mentions;
    }

    private static Mention Resolution(string id, int start, int end, Confidence confidence) => new()
    {
        Start = start,
        End = end,
        Kind = MentionKind.Resolution,
        InstrumentId = id,
        Confidence = confidence,
        Title = id.StartsWith("S/", StringComparison.Ordinal)
            ? $"Security Council resolution {id[6..].Replace("(", " (", StringComparison.Ordinal)}"
            : $"General Assembly resolution {id[6..].Replace("(", " (", StringComparison.Ordinal)}",
        KindOfInstrument = InstrumentKind.Resolution,
        Catalogued = false,
    };

    private enum Body { Unknown, SecurityCouncil, GeneralAssembly, Other }

    /// <summary>Which organ adopted the resolutions: named before them, after them, or nearest earlier in the text.</summary>
    private static Body ResolveBody(string text, Match match)
    {
        if (match.Groups["organ"].Success)
        {
            var organ = string.Join(' ', match.Groups["organ"].Value.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
            if (organ.StartsWith("The ", StringComparison.Ordinal)) organ = organ[4..];
            if (organ is "UNSC" or "UNSCR" || organ.EndsWith("Security Council", StringComparison.Ordinal) || organ == "Council") return Body.SecurityCouncil;
            if (organ is "UNGA" || organ.EndsWith("General Assembly", StringComparison.Ordinal) || organ == "Assembly") return Body.GeneralAssembly;
            // "Human Rights Council resolution 31/36", "World Health Assembly resolution": another body's resolutions.
            return Body.Other;
        }

        var after = text.AsSpan(match.Index + match.Length, Math.Min(40, text.Length - match.Index - match.Length));
        if (after.TrimStart().StartsWith("of the Security Council", StringComparison.OrdinalIgnoreCase)) return Body.SecurityCouncil;
        if (after.TrimStart().StartsWith("of the General Assembly", StringComparison.OrdinalIgnoreCase)) return Body.GeneralAssembly;

        var before = text.AsSpan(Math.Max(0, match.Index - 300), Math.Min(300, match.Index));
        var council = before.LastIndexOf("Security Council", StringComparison.OrdinalIgnoreCase);
        var assembly = before.LastIndexOf("General Assembly", StringComparison.OrdinalIgnoreCase);
        return council < 0 && assembly < 0 ? Body.Unknown : council > assembly ? Body.SecurityCouncil : Body.GeneralAssembly;
    }

    private static string? SymbolFor(string item, Body body, string? sharedYear, out Confidence confidence)
    {
        confidence = Confidence.NumberWithYear;
        var parts = Item().Match(item);
        var number = parts.Groups["n"].Value;
        if (parts.Groups["slash"].Success)
        {
            return $"A/RES/{number}/{parts.Groups["slash"].Value}";
        }

        var qualifier = parts.Groups["q"].Success ? parts.Groups["q"].Value : null;
        if (qualifier is not null && RomanNumerals.TryParse(qualifier, out _))
        {
            return $"A/RES/{number}({qualifier})";
        }

        if (qualifier is { Length: <= 2 } && int.TryParse(qualifier, out var session) && session is >= 1 and <= 40)
        {
            // "Resolution 1514(15)": a session written in Arabic figures.
            return $"A/RES/{number}({RomanNumerals.Format(session)})";
        }

        var year = qualifier is { Length: 4 } ? qualifier : sharedYear;
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return null;
        var tableYear = SecurityCouncilYear(n);
        if (year is not null)
        {
            // A number and a year that fit the Council's numbering are a Council resolution.
            if (body == Body.GeneralAssembly || tableYear is null) return null;
            var written = int.Parse(year, CultureInfo.InvariantCulture);
            return Math.Abs(written - tableYear.Value) <= 1 ? $"S/RES/{n}({year})" : null;
        }

        if (body != Body.SecurityCouncil || tableYear is null) return null;
        confidence = Confidence.YearFromNumbering;
        return $"S/RES/{n}({tableYear.Value.ToString(CultureInfo.InvariantCulture)})";
    }

    private static string? YearOf(string item)
    {
        var q = Item().Match(item).Groups["q"];
        return q.Success && q.Value.Length == 4 ? q.Value : null;
    }

    internal static int? SecurityCouncilYear(int number)
    {
        var table = s_firstOfYear.Value;
        if (number < 1 || table.Count == 0) return null;
        int? year = null;
        foreach (var (y, first) in table)
        {
            if (first > number) break;
            year = y;
        }

        // Past the table's last year the year is unknown, not the last one listed.
        return year == table.Keys[^1] && number > table.Values[^1] + 80 ? null : year;
    }

    private static SortedList<int, int> LoadYears()
    {
        var assembly = typeof(ResolutionMatcher).Assembly;
        using var stream = assembly.GetManifestResourceStream("Citations.Extraction.sc-resolution-years.json");
        var table = new SortedList<int, int>();
        if (stream is null) return table;
        using var reader = new StreamReader(stream);
        var root = JObject.Parse(reader.ReadToEnd());
        foreach (var property in ((JObject)root["firstResolutionOfYear"]!).Properties())
        {
            table[int.Parse(property.Name, CultureInfo.InvariantCulture)] = (int)property.Value;
        }

        return table;
    }

    /// <summary>A symbol holds "/RES/" after one letter.</summary>
    private static readonly TriggeredPattern s_symbol = new(Symbol(), ["/RES/"], StringComparison.Ordinal, wordsBefore: 0, extraPrefixChars: "");

    /// <summary>A phrase holds its keyword after at most "draft", three words of an organ's name, and "Council" or "Assembly".</summary>
    private static readonly TriggeredPattern s_phrase = new(Phrase(), ["esolution", "ESOLUTION", "UNSCR"], StringComparison.Ordinal, wordsBefore: 5, extraPrefixChars: "-'");

    [GeneratedRegex(@"\G(?:\bS/RES/(?<sc>\d{1,4})\s?\((?<scyear>\d{4})\)|\bA/RES/(?<ga>\d{1,3})/(?<gan>\d{1,4})\b|\bA/RES/(?<old>\d{1,4})\s?(?:[A-Z]\s?)?\((?<session>[IVXL]+)\))")]
    private static partial Regex Symbol();

    private const string ItemPattern = @"\d{1,4}(?:/\d{1,4}|(?:\s?[A-Z](?![\w]))?(?:\s?\((?:\d{4}|\d{1,2}|[IVXL]+)\))?)";

    [GeneratedRegex(@"\G(?<draft>\bdraft\s+)?(?:\b(?<organ>(?:[A-Z][\w-]*\s+){0,3}(?:Council|Assembly)|UNSC|UNGA)(?:'s)?\s+)?\b(?:[Rr]esolutions?|RESOLUTIONS?|(?<organ>UNSCR)s?)\s+(?:No\.\s*|Nos\.\s*|number\s+)?(?<item>" + ItemPattern + @")(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?<item>" + ItemPattern + @"))*(?![\w/])")]
    private static partial Regex Phrase();

    [GeneratedRegex(@"^(?<n>\d{1,4})(?:/(?<slash>\d{1,4})|(?:\s?[A-Z])?(?:\s?\((?<q>[^)]+)\))?)$")]
    private static partial Regex Item();
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

    public static bool TryParse(string text, out int value)
    {
        value = 0;
        if (text.Length == 0 || text.Length > 9) return false;
        var i = 0;
        foreach (var (v, symbol) in s_table)
        {
            while (string.CompareOrdinal(text, i, symbol, 0, symbol.Length) == 0)
            {
                value += v;
                i += symbol.Length;
            }
        }

        return i == text.Length && Format(value) == text;
    }
}
