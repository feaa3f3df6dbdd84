using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;

namespace Citations.Core;

/// <summary>What an unknown is: a title the catalog lacks, or an anaphor nothing resolved.</summary>
public enum UnknownKind
{
    /// <summary>A title the extractor reported with catalogued = false.</summary>
    UncataloguedTitle,
    /// <summary>"the Convention", "that Treaty": a short form or anaphor no citation covers.</summary>
    UnresolvedShortForm,
}

/// <summary>
/// One thing a corpus cites that the catalog lacks: the spellings grouped under it, how often it
/// occurs and in how many statements, the first statements it occurs in, and one line of context.
/// </summary>
public sealed record UnknownEntry(
    UnknownKind Kind,
    string Text,
    ImmutableArray<string> Variants,
    int Count,
    int StatementCount,
    ImmutableArray<string> Statements,
    string Context);

/// <summary>
/// Collects, one statement at a time, what a corpus cites that the catalog does not hold:
/// uncatalogued titles (grouped when they differ only in case, hyphenation or small words) and
/// short forms and anaphora that no citation covers. Only counts, a few statement ids and one
/// context line per entry are kept, so an archive of any size streams through it.
/// </summary>
public sealed partial class UnknownsReport
{
    /// <summary>How many statement ids an entry keeps to show; the count covers them all.</summary>
    public const int StatementsKept = 10;

    private const int ContextChars = 70;

    private readonly Dictionary<(UnknownKind, string), Group> _groups = [];

    /// <summary>Statements added so far.</summary>
    public int Statements { get; private set; }

    /// <summary>Citations of instruments other than UN resolutions (which are found by pattern, not by the catalog).</summary>
    public int InstrumentCitations { get; private set; }

    /// <summary>Of <see cref="InstrumentCitations"/>, those of titles the catalog does not hold.</summary>
    public int UncataloguedCitations { get; private set; }

    /// <summary>Adds one statement's text and the citations the extractor found in it.</summary>
    public void Add(Statement statement, IReadOnlyList<Citation> citations)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(citations);
        Statements++;
        var text = statement.Text;
        foreach (var citation in citations)
        {
            if (citation.Kind == InstrumentKind.Resolution && citation.Mention == MentionKind.Resolution) continue;
            InstrumentCitations++;
            if (citation.Mention != MentionKind.UncataloguedTitle) continue;
            UncataloguedCitations++;
            var surface = Spaced(citation.Surface);
            Count(UnknownKind.UncataloguedTitle, TitleKey(surface), surface, statement.Id, text, citation.Start, citation.Start + citation.Length);
        }

        foreach (Match match in ShortForm().Matches(text))
        {
            var head = match.Groups["head"];
            var start = match.Index;
            var end = head.Index + head.Length;
            if (Covered(citations, start, end) || NameFollows(text, end)) continue;
            var surface = Spaced(match.Value);
            var key = $"{match.Groups["det"].Value.ToLowerInvariant()} {head.Value}";
            Count(UnknownKind.UnresolvedShortForm, key, surface, statement.Id, text, start, end);
        }
    }

    /// <summary>The entries, most frequent first (then in more statements, then by text).</summary>
    public ImmutableArray<UnknownEntry> Entries(int top = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        return [.. _groups.Values
            .OrderByDescending(g => g.Count)
            .ThenByDescending(g => g.StatementCount)
            .ThenBy(g => g.Kind)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(top)
            .Select(g => g.ToEntry())];
    }

    /// <summary>Titles that differ only in case, hyphens or small words share a key: "Co-operation" and "cooperation", "of the" dropped.</summary>
    internal static string TitleKey(string title)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        void Flush()
        {
            if (word.Length == 0) return;
            var w = word.ToString();
            word.Clear();
            if (!s_smallWords.Contains(w)) words.Add(w);
        }

        // Folded as the catalog matcher folds names: lower case, accents off ("Déclaration" → "declaration").
        foreach (var c in Extraction.TextNormalizer.Fold(title))
        {
            // Hyphens join ("Inter-national", "Land-locked").
            if (c is '-' or '\u00AD' or '\u2010' or '\u2011') continue;
            if (char.IsLetterOrDigit(c)) word.Append(c);
            else Flush();
        }

        Flush();
        return string.Join(' ', words);
    }

    private static readonly HashSet<string> s_smallWords = new(
        ["the", "a", "an", "of", "and", "on", "in", "for", "to", "at", "by", "with", "from", "its", "their", "de", "la", "le", "les", "des", "du", "del", "el", "los", "las", "y", "et"],
        StringComparer.Ordinal);

    private void Count(UnknownKind kind, string key, string surface, string statementId, string text, int start, int end)
    {
        if (key.Length == 0) return;
        if (!_groups.TryGetValue((kind, key), out var group))
        {
            group = new Group(kind, key, Context(text, start, end));
            _groups[(kind, key)] = group;
        }

        group.Add(surface, statementId);
    }

    private static bool Covered(IReadOnlyList<Citation> citations, int start, int end)
    {
        foreach (var citation in citations)
        {
            if (citation.Start < end && start < citation.Start + citation.Length) return true;
        }

        return false;
    }

    /// <summary>"the Treaty of Versailles", "the Convention on …": a name goes on, so this is no anaphor.</summary>
    private static bool NameFollows(string text, int end) => NameContinuation().IsMatch(text.AsSpan(end, Math.Min(40, text.Length - end)));

    /// <summary>The mention with up to <see cref="ContextChars"/> characters either side, cut at word boundaries, on one line.</summary>
    internal static string Context(string text, int start, int end)
    {
        var from = Math.Max(0, start - ContextChars);
        var to = Math.Min(text.Length, end + ContextChars);
        while (from > 0 && from < start && !char.IsWhiteSpace(text[from - 1])) from++;
        while (to < text.Length && to > end && !char.IsWhiteSpace(text[to])) to--;
        if (from < text.Length && char.IsLowSurrogate(text[from])) from++;
        if (to > 0 && to < text.Length && char.IsHighSurrogate(text[to - 1])) to--;
        var line = Spaced(text[from..to]);
        return (from > 0 ? "…" : "") + line + (to < text.Length ? "…" : "");
    }

    private static string Spaced(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>
    /// A determiner and a capitalised head noun: "the Convention", "that Treaty", "the said Protocol",
    /// "this Declaration", "the two Covenants". Lower-case "the convention" is usually a generic noun.
    /// </summary>
    [GeneratedRegex(@"(?<![\w-])(?<det>[Tt]he|[Tt]hat|[Tt]his|[Tt]hese|[Tt]hose|[Ss]aid|[Ss]uch|[Ii]ts|[Oo]ur|[Tt]heir)\s+(?:(?:same|present|said|above|aforementioned|new|two|latter|former)\s+)?(?<head>Conventions?|Treat(?:y|ies)|Covenants?|Protocols?|Charters?|Statutes?|Declarations?|Agreements?|Pacts?|Accords?)(?![\w-])")]
    private static partial Regex ShortForm();

    [GeneratedRegex(@"^\s+(?i:of|on|for|against|relating|concerning|between|to|establishing|respecting)\s+(?:the\s+)?\p{Lu}")]
    private static partial Regex NameContinuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private sealed class Group(UnknownKind kind, string key, string context)
    {
        private const int MaxVariants = 20;

        /// <summary>Each spelling with how often it occurs and when it was first seen.</summary>
        private readonly Dictionary<string, (int Count, int First)> _variants = new(StringComparer.Ordinal);
        private readonly List<string> _statements = [];
        private string? _lastStatement;

        public UnknownKind Kind { get; } = kind;
        public string Key { get; } = key;
        public int Count { get; private set; }
        public int StatementCount { get; private set; }

        public void Add(string surface, string statementId)
        {
            Count++;
            // A bounded number of spellings is kept; the count covers every one.
            if (_variants.TryGetValue(surface, out var seen)) _variants[surface] = (seen.Count + 1, seen.First);
            else if (_variants.Count < MaxVariants) _variants[surface] = (1, _variants.Count);
            if (_lastStatement == statementId) return;
            _lastStatement = statementId;
            StatementCount++;
            if (_statements.Count < StatementsKept) _statements.Add(statementId);
        }

        public UnknownEntry ToEntry()
        {
            // The spelling seen most often (the first seen among equals) names the entry; the others follow.
            var variants = _variants.OrderByDescending(v => v.Value.Count).ThenBy(v => v.Value.First).Select(v => v.Key).ToList();
            return new UnknownEntry(Kind, variants[0], [.. variants.Skip(1)], Count, StatementCount, [.. _statements], context);
        }
    }
}
