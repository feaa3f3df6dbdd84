using System.Buffers;
using System.Globalization;
using System.Text;
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
    /// <summary>
    /// The triggers in ASCII, and the others: a search for strings outside ASCII is many times slower,
    /// so each set is searched on its own and the nearer hit taken.
    /// </summary>
    private readonly SearchValues<string>? _asciiTriggers;
    private readonly RareCharTriggers? _otherTriggers;
    private readonly int _wordsBefore;
    private readonly string _extraPrefixChars;
    /// <summary>For each character a match can begin with, the strings a match beginning with it begins with.</summary>
    private readonly Dictionary<char, string[]>? _starts;
    /// <summary><see cref="_starts"/> for the ASCII characters, looked up by the character itself.</summary>
    private readonly string[]?[]? _asciiStarts;

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
    /// <param name="starts">
    /// Strings one of which every match begins with, if known (single letters will do, <see cref="BothCases"/>
    /// for words the pattern takes capitalised or not): a word beginning otherwise is not tried, which spares
    /// most of the words before a trigger ("rights under the Convention" is tried at "the" only).
    /// </param>
    public TriggeredPattern(Regex anchored, string[] triggers, StringComparison comparison, int wordsBefore, string extraPrefixChars, IEnumerable<string>? starts = null)
    {
        _anchored = anchored;
        var ascii = triggers.Where(t => Ascii.IsValid(t)).ToArray();
        var other = triggers.Where(t => !Ascii.IsValid(t)).ToArray();
        _asciiTriggers = ascii.Length > 0 ? SearchValues.Create(ascii, comparison) : null;
        _otherTriggers = other.Length > 0 ? new RareCharTriggers(other, comparison) : null;
        _wordsBefore = wordsBefore;
        _extraPrefixChars = extraPrefixChars;
        // A start that another one begins with adds nothing: "The" is enough for "These".
        var kept = starts?.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        _starts = kept?.Where(w => !kept.Any(v => v.Length < w.Length && w.StartsWith(v, StringComparison.Ordinal)))
            .GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.ToArray());
        if (_starts is not null)
        {
            _asciiStarts = new string[]?[128];
            foreach (var (c, candidates) in _starts)
            {
                if (c < 128) _asciiStarts[c] = candidates;
            }
        }
    }

    /// <summary>Each word as written and with its first letter in the other case, as a capitalised alternation matches it.</summary>
    public static IEnumerable<string> BothCases(IEnumerable<string> words) =>
        words.Where(w => w.Length > 0).SelectMany(w => new[] { w, char.ToUpperInvariant(w[0]) + w[1..], char.ToLowerInvariant(w[0]) + w[1..] });

    /// <summary>The capital letters A to Z, one string each: what the capitalised words of names and titles begin with.</summary>
    public static IEnumerable<string> AsciiCapitals => Enumerable.Range('A', 26).Select(c => ((char)c).ToString());

    /// <summary>Whether a match may begin at <paramref name="k"/>, as far as <see cref="_starts"/> tell.</summary>
    private bool MayStartAt(ReadOnlySpan<char> text, int k)
    {
        if (_starts is null) return true;
        var c = text[k];
        var candidates = c < 128 ? _asciiStarts![c] : _starts.GetValueOrDefault(c);
        if (candidates is null) return false;
        foreach (var start in candidates)
        {
            if (text[k..].StartsWith(start, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>The pattern as given, anchored with \G.</summary>
    internal Regex Anchored => _anchored;

    /// <summary>Whether any trigger occurs in <paramref name="text"/>: when none does, the pattern cannot match.</summary>
    public bool MayMatch(ReadOnlySpan<char> text) =>
        (_asciiTriggers is not null && text.ContainsAny(_asciiTriggers)) || (_otherTriggers is not null && _otherTriggers.MayOccur(text));

    /// <summary>The matches of the pattern in <paramref name="text"/>, left to right, as Regex.Matches gives them.</summary>
    public List<Match> Matches(string text, StepCounter? steps = null) => Matches(text, steps, passOver: null);

    /// <summary>As <see cref="Matches(string, StepCounter?)"/>, passing over the triggers <paramref name="passOver"/> names, on the terms of <see cref="MatchesIn(ReadOnlySpan{char}, StepCounter?, Func{int, int, bool}?)"/>.</summary>
    public List<Match> Matches(string text, StepCounter? steps, Func<int, int, bool>? passOver)
    {
        var attempt = new MatchAttempt(_anchored, text);
        Scan(text, ref attempt, steps, passOver);
        return attempt.Found;
    }

    /// <summary>
    /// Where the pattern matches in <paramref name="text"/> and how long each match is, as <see cref="Matches"/>
    /// finds them in a string holding only this text, for a stretch of a longer text read without copying it out.
    /// </summary>
    public List<(int Index, int Length)> MatchesIn(ReadOnlySpan<char> text, StepCounter? steps = null) => MatchesIn(text, steps, passOver: null);

    /// <summary>
    /// As <see cref="MatchesIn(ReadOnlySpan{char}, StepCounter?)"/>, without trying the pattern around a trigger
    /// <paramref name="passOver"/> names: called with the trigger's position and the next trigger's (int.MaxValue
    /// if none), it may answer true only where the caller drops every match holding that trigger, and no match
    /// can begin after the trigger inside such a match or reach the next trigger from inside it. The matches the
    /// caller keeps are then the ones it would have kept from all of them, at a fraction of the attempts in a
    /// text whose triggers mostly lie inside names already read.
    /// </summary>
    public List<(int Index, int Length)> MatchesIn(ReadOnlySpan<char> text, StepCounter? steps, Func<int, int, bool>? passOver)
    {
        var attempt = new SpanAttempt(_anchored, text);
        Scan(text, ref attempt, steps, passOver);
        return attempt.Found;
    }

    /// <summary>Tries the pattern at one position and keeps what it finds there.</summary>
    private interface IAttempt
    {
        /// <summary>The length of the match at <paramref name="k"/>, kept, or -1 when there is none.</summary>
        int At(int k);
    }

    private readonly struct MatchAttempt(Regex regex, string text) : IAttempt
    {
        public List<Match> Found { get; } = [];

        public int At(int k)
        {
            var match = regex.Match(text, k);
            if (!match.Success) return -1;
            Found.Add(match);
            return match.Length;
        }
    }

    private readonly ref struct SpanAttempt(Regex regex, ReadOnlySpan<char> text) : IAttempt
    {
        private readonly ReadOnlySpan<char> _text = text;

        public List<(int Index, int Length)> Found { get; } = [];

        public int At(int k)
        {
            // The pattern is anchored at k, so the first match from k is the one at k, if any.
            foreach (var match in regex.EnumerateMatches(_text, k))
            {
                Found.Add((match.Index, match.Length));
                return match.Length;
            }

            return -1;
        }
    }

    private void Scan<TAttempt>(ReadOnlySpan<char> text, ref TAttempt attempt, StepCounter? steps, Func<int, int, bool>? passOver)
        where TAttempt : IAttempt, allows ref struct
    {
        var position = 0;
        var tried = 0;
        var ascii = new NextHit(_asciiTriggers, null);
        // Text without a character outside ASCII holds no trigger outside ASCII.
        var other = new NextHit(null, Ascii.IsValid(text) ? null : _otherTriggers);
        while (position < text.Length)
        {
            var trigger = Math.Min(ascii.From(text, position), other.From(text, position));
            if (trigger == int.MaxValue) break;
            // The next trigger is the one the next round would find from just past this one; asking for it here
            // leaves each search where that round picks it up.
            if (passOver is not null && passOver(trigger, Math.Min(ascii.From(text, trigger + 1), other.From(text, trigger + 1))))
            {
                tried = trigger + 1;
                position = trigger + 1;
                continue;
            }

            var first = Math.Max(tried, EarliestStart(text, trigger, position));
            var length = -1;
            var k = first;
            for (; k <= trigger; k++)
            {
                // Every pattern given here begins its matches with a word character (a letter or digit, or \b before one),
                // so a match can start only where a word does.
                if (!IsWordChar(text[k]) || (k > 0 && IsWordChar(text[k - 1])) || !MayStartAt(text, k)) continue;
                steps?.Add();
                length = attempt.At(k);
                if (length >= 0) break;
            }

            if (length < 0)
            {
                tried = trigger + 1;
                position = trigger + 1;
                continue;
            }

            position = k + Math.Max(1, length);
            tried = position;
        }
    }

    /// <summary>
    /// The next hit of one set of triggers at or after a position, kept until the position passes it,
    /// so that the text is searched once from left to right, whatever the other set finds.
    /// </summary>
    private struct NextHit(SearchValues<string>? triggers, RareCharTriggers? rare)
    {
        private int _from = -1;
        private int _at = -1;

        public int From(ReadOnlySpan<char> text, int position)
        {
            if (triggers is null && rare is null) return int.MaxValue;
            if (_from < 0 || position < _from || (_at != int.MaxValue && position > _at))
            {
                if (triggers is not null)
                {
                    var offset = text[position..].IndexOfAny(triggers);
                    _at = offset < 0 ? int.MaxValue : position + offset;
                }
                else
                {
                    _at = rare!.First(text, position);
                }

                _from = position;
            }

            return _at;
        }
    }

    /// <summary>
    /// Triggers holding a character outside ASCII ("Convención", "статья"), found through that character:
    /// a vectorised search for a few rare characters, then a check of the trigger around each hit, which
    /// is far faster than a search for the strings themselves.
    /// </summary>
    private sealed class RareCharTriggers
    {
        private readonly SearchValues<char> _chars;
        /// <summary>For each rare character, the triggers holding it and where in them it stands.</summary>
        private readonly Dictionary<char, List<(string Trigger, int Offset)>> _byChar = [];
        private readonly StringComparison _comparison;
        private readonly int _longestOffset;

        public RareCharTriggers(string[] triggers, StringComparison comparison)
        {
            _comparison = comparison;
            foreach (var trigger in triggers)
            {
                var offset = trigger.AsSpan().IndexOfAnyExceptInRange((char)0, (char)127);
                var c = trigger[offset];
                char[] cases = comparison == StringComparison.OrdinalIgnoreCase ? [char.ToUpperInvariant(c), char.ToLowerInvariant(c)] : [c];
                foreach (var variant in cases.Distinct())
                {
                    if (!_byChar.TryGetValue(variant, out var list)) _byChar[variant] = list = [];
                    list.Add((trigger, offset));
                }

                _longestOffset = Math.Max(_longestOffset, offset);
            }

            _chars = SearchValues.Create([.. _byChar.Keys]);
        }

        /// <summary>Whether a trigger's rare character occurs at all (a trigger may then occur; without one it cannot).</summary>
        public bool MayOccur(ReadOnlySpan<char> text) => text.ContainsAny(_chars);

        /// <summary>The earliest start at or after <paramref name="position"/> of a trigger, or int.MaxValue.</summary>
        public int First(ReadOnlySpan<char> text, int position)
        {
            var best = int.MaxValue;
            var i = position;
            // A trigger starting before the best found so far has its rare character before best + the longest offset.
            while (i < text.Length && (best == int.MaxValue || i < best + _longestOffset + 1))
            {
                var hit = text[i..].IndexOfAny(_chars);
                if (hit < 0) break;
                i += hit;
                foreach (var (trigger, offset) in _byChar[text[i]])
                {
                    var start = i - offset;
                    if (start >= position && start < best && start + trigger.Length <= text.Length
                        && text.Slice(start, trigger.Length).Equals(trigger, _comparison))
                    {
                        best = start;
                    }
                }

                i++;
            }

            return best;
        }
    }

    /// <summary>The start of the trigger's word, then back over up to <see cref="_wordsBefore"/> words, never before <paramref name="limit"/>.</summary>
    private int EarliestStart(ReadOnlySpan<char> text, int trigger, int limit)
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
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool IsWordChar(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) || c == '_' : IsOtherWordChar(c);

    /// <summary><see cref="IsWordChar"/> outside ASCII, kept apart so that the test of an ASCII character is compiled into its callers' loops.</summary>
    private static bool IsOtherWordChar(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation => true,
        _ => c is '\u200C' or '\u200D',
    };
}
