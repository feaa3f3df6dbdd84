using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Citations.Core.Extraction;

/// <summary>
/// A regular expression run only where it can match: every match of the pattern contains one of a
/// few trigger strings ("esolution", "Protocols", "art"), preceded within the match by at most a
/// few words. The triggers are found with a vectorised search, and the pattern, anchored, is tried
/// only at the word starts just before each trigger. The matches are the ones
/// <see cref="Regex.Matches(string)"/> would give, in the same order, because no match can start
/// anywhere else; the speed comes from not trying the pattern at every letter of the text.
/// </summary>
internal sealed class TriggeredPattern
{
    private readonly Regex _anchored;
    private readonly SearchValues<string> _triggers;
    private readonly int _wordsBefore;
    private readonly string _extraPrefixChars;

    /// <param name="anchored">
    /// The pattern with a leading \G, so it matches only where it is tried; its matches must begin
    /// with a word character, as \w defines it, since it is tried only at the starts of words.
    /// </param>
    /// <param name="triggers">Strings one of which every match contains.</param>
    /// <param name="comparison">Ordinal or OrdinalIgnoreCase for the triggers.</param>
    /// <param name="wordsBefore">
    /// The most whitespace-separated words a match may have before the word holding its trigger
    /// ("draft General Assembly resolution" has three).
    /// </param>
    /// <param name="extraPrefixChars">
    /// Characters besides word characters and white space that a match may hold before its trigger
    /// (hyphens, apostrophes, slashes).
    /// </param>
    public TriggeredPattern(Regex anchored, string[] triggers, StringComparison comparison, int wordsBefore, string extraPrefixChars)
    {
        _anchored = anchored;
        _triggers = SearchValues.Create(triggers, comparison);
        _wordsBefore = wordsBefore;
        _extraPrefixChars = extraPrefixChars;
    }

    /// <summary>The pattern as given, anchored with \G.</summary>
    internal Regex Anchored => _anchored;

    /// <summary>The matches of the pattern in <paramref name="text"/>, left to right, as Regex.Matches gives them.</summary>
    public List<Match> Matches(string text, StepCounter? steps = null)
    {
        var found = new List<Match>();
        var position = 0;
        var tried = 0;
        while (position < text.Length)
        {
            var offset = text.AsSpan(position).IndexOfAny(_triggers);
            if (offset < 0) break;
            var trigger = position + offset;
            var first = Math.Max(tried, EarliestStart(text, trigger, position));
            Match? match = null;
            for (var k = first; k <= trigger; k++)
            {
                // Every pattern given here begins its matches with a word character (a letter or digit, or \b before one),
                // so a match can start only where a word does.
                if (!IsWordChar(text[k]) || (k > 0 && IsWordChar(text[k - 1]))) continue;
                steps?.Add();
                var attempt = _anchored.Match(text, k);
                if (attempt.Success)
                {
                    match = attempt;
                    break;
                }
            }

            if (match is null)
            {
                tried = trigger + 1;
                position = trigger + 1;
                continue;
            }

            found.Add(match);
            position = match.Index + Math.Max(1, match.Length);
            tried = position;
        }

        return found;
    }

    /// <summary>Whether the text has a trigger at all: without one the pattern cannot match.</summary>
    public bool MayMatch(ReadOnlySpan<char> text) => text.ContainsAny(_triggers);

    /// <summary>The start of the trigger's word, then back over up to <see cref="_wordsBefore"/> words, never before <paramref name="limit"/>.</summary>
    private int EarliestStart(string text, int trigger, int limit)
    {
        var k = trigger;
        while (k > limit && IsPrefixChar(text[k - 1]) && !char.IsWhiteSpace(text[k - 1])) k--;
        for (var word = 0; word < _wordsBefore && k > limit; word++)
        {
            var space = k;
            while (space > limit && char.IsWhiteSpace(text[space - 1])) space--;
            if (space == k) break;
            var start = space;
            while (start > limit && IsPrefixChar(text[start - 1]) && !char.IsWhiteSpace(text[start - 1])) start--;
            k = start;
        }

        return k;
    }

    private bool IsPrefixChar(char c) => IsWordChar(c) || char.IsWhiteSpace(c) || _extraPrefixChars.Contains(c, StringComparison.Ordinal);

    /// <summary>What the regex \w matches (letters, marks, decimal digits, connectors, ZWJ and ZWNJ).</summary>
    internal static bool IsWordChar(char c)
    {
        if (char.IsAsciiLetterOrDigit(c) || c == '_') return true;
        if (c < 128) return false;
        return char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation => true,
            _ => c is '\u200C' or '\u200D',
        };
    }
}
