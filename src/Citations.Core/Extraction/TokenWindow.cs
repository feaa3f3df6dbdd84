using System.Runtime.CompilerServices;

namespace Citations.Core.Extraction;

/// <summary>A word of the input: where it is in the original text and which catalog word it is.</summary>
/// <param name="Word">The word's id in the <see cref="NameIndex"/> vocabulary, or -1 when no name uses it.</param>
internal readonly record struct Token(int Start, int Length, int Word)
{
    public int End => Start + Length;
}

/// <summary>
/// The words around one place in a text, read only as far as matching a name there needs: up to two
/// words before it, which the rules about what precedes a name look at, and the words from it on,
/// read one at a time as the trie walk asks for them. Words are maximal runs of word characters,
/// so reading backwards from a word start finds the same words a left-to-right split would.
/// Index <see cref="First"/> is the word the window was placed on; the words before it are not looked
/// up in the vocabulary (their <see cref="Token.Word"/> is -1), since only their text matters.
/// </summary>
internal sealed class TokenWindow(NameIndex index)
{
    public const int First = 2;

    /// <summary>Longer words are in no name; they are not folded.</summary>
    internal const int LongestFolded = 64;

    private readonly char[] _folded = new char[LongestFolded];
    private Token[] _tokens = new Token[16];
    private string _text = "";
    private WordMap _words = null!;
    /// <summary>Words read from <see cref="First"/> on, at indexes First … _count - 1.</summary>
    private int _count;
    /// <summary>Where reading forward resumes.</summary>
    private int _next;
    /// <summary>How many words before <see cref="First"/> have been looked for, and how many were found.</summary>
    private int _sought;
    private int _found;

    /// <summary>Marks a word read forward whose id has not been asked for yet.</summary>
    private const int NotLookedUp = -2;

    /// <summary>Word <paramref name="k"/>, its id looked up on first asking (most words read are only glanced at: see <see cref="IsAscii"/>).</summary>
    public Token this[int k]
    {
        get
        {
            ref var token = ref _tokens[k];
            if (token.Word == NotLookedUp)
            {
                token = token with { Word = token.Length <= LongestFolded ? index.WordId(_text.AsSpan(token.Start, token.Length), _folded) : -1 };
            }

            return token;
        }
    }

    /// <summary>The characters of word <paramref name="k"/>, without looking it up.</summary>
    public ReadOnlySpan<char> TextOf(int k) => _text.AsSpan(_tokens[k].Start, _tokens[k].Length);

    /// <summary>Where word <paramref name="k"/> stands, without looking it up: its <see cref="Token.Word"/> is -1.</summary>
    public Token Place(int k) => _tokens[k] with { Word = -1 };

    /// <summary>Whether word <paramref name="k"/> is all ASCII.</summary>
    public bool IsAscii(int k) => _words.IsAscii(_tokens[k].Start, _tokens[k].End);

    /// <summary>Places the window on the word starting at <paramref name="start"/>; <paramref name="words"/> is the text's map.</summary>
    public void Reset(string text, WordMap words, int start)
    {
        _text = text;
        _words = words;
        _count = First;
        _sought = 0;
        _found = 0;
        _next = start;
        Has(First);
    }

    /// <summary>Whether the text has a word <paramref name="k"/>, reading forward or back to it if need be.</summary>
    public bool Has(int k)
    {
        if (k < First) return HasBefore(First - k);
        while (_count <= k)
        {
            if (!_words.NextWord(_next, out var start, out var end))
            {
                _next = _text.Length;
                return false;
            }

            _next = end;
            if (_count == _tokens.Length) Array.Resize(ref _tokens, _tokens.Length * 2);
            _tokens[_count++] = new Token(start, end - start, NotLookedUp);
        }

        return true;
    }

    /// <summary>Whether there are <paramref name="back"/> words before the first (1 or 2).</summary>
    private bool HasBefore(int back)
    {
        while (_sought < back)
        {
            _sought++;
            if (_found < _sought - 1) return false;
            if (!_words.PreviousWord(_tokens[First - _found].Start, out var start, out var end)) return false;
            _found++;
            _tokens[First - _found] = new Token(start, end - start, -1);
        }

        return _found >= back;
    }
}

/// <summary>
/// The words of a text that may begin a catalog name, left to right: the ASCII words whose shape
/// <see cref="NameIndex.MayBeginName"/> admits and that either may be a whole name or are followed by a
/// word that may come second in a name beginning with them, and every word holding a character
/// outside ASCII (which may fold to anything). Every word where the trie walk finds a name is among
/// them; the caller looks the word itself up. Most words of a text are passed over here without being
/// folded or looked up, and words are found in the text's <see cref="WordMap"/> rather than character
/// by character.
/// </summary>
internal struct CandidateWords(string text, WordMap words, NameIndex index) : IWordFilter
{
    /// <summary>The index's first-word table, held here so that the test of each word reads it without going through the index.</summary>
    private readonly NameIndex.FirstWordTable _firstWords = index.FirstWords;

    /// <summary>The first candidate word at or after <paramref name="position"/>, which is not inside a word; false when there is none.</summary>
    public bool Next(int position, out int start, out int end) => words.NextWord(position, ref this, out start, out end);

    /// <summary>The test of the first word, kept small enough to be compiled into the search loop: most words fail it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool Admits(int start, int end)
    {
        if (!words.IsAscii(start, end)) return true;
        var hash = NameIndex.WordHash(text.AsSpan(start, end - start));
        var kind = _firstWords.KindOf(hash);
        return kind == NameIndex.WholeName || (kind == NameIndex.FirstWord && GoesOnAfter(hash, end));
    }

    /// <summary>Whether the words after an ASCII word (its <see cref="NameIndex.WordHash"/> and end) that begins only names of two words or more may go on with it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly bool GoesOnAfter(ulong hash, int end)
    {
        // Only longer names begin here, so the walk needs a second word that may follow this one in a name,
        // after as many words as the walk passes over ("the", "(III)"); a word outside ASCII is looked up whatever it is.
        for (var skipped = 0; ; skipped++)
        {
            if (!words.NextWord(end, out var nextStart, out end)) return false;
            if (!words.IsAscii(nextStart, end)) return true;
            var next = text.AsSpan(nextStart, end - nextStart);
            if (index.MayBeginWith(hash, next)) return true;
            if (skipped == CatalogMatcher.MaxSkippedInARow || !(IsThe(next) || CatalogMatcher.IsBracketedNumbering(text, nextStart, end))) return false;
        }
    }

    private static bool IsThe(ReadOnlySpan<char> word) => word.Length == 3 && (word[0] | 0x20) == 't' && (word[1] | 0x20) == 'h' && (word[2] | 0x20) == 'e';
}
