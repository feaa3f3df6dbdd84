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
    private const int LongestFolded = 64;

    private readonly char[] _folded = new char[LongestFolded];
    private Token[] _tokens = new Token[16];
    private string _text = "";
    /// <summary>Words read from <see cref="First"/> on, at indexes First … _count - 1.</summary>
    private int _count;
    /// <summary>Where reading forward resumes.</summary>
    private int _next;
    /// <summary>How many words before <see cref="First"/> have been looked for, and how many were found.</summary>
    private int _sought;
    private int _found;

    public Token this[int k] => _tokens[k];

    /// <summary>Places the window on the word starting at <paramref name="start"/>.</summary>
    public void Reset(string text, int start)
    {
        _text = text;
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
            var i = _next;
            while (i < _text.Length && !TextNormalizer.IsWordChar(_text[i])) i++;
            if (i == _text.Length)
            {
                _next = i;
                return false;
            }

            var start = i;
            while (i < _text.Length && TextNormalizer.IsWordChar(_text[i])) i++;
            _next = i;
            if (_count == _tokens.Length) Array.Resize(ref _tokens, _tokens.Length * 2);
            var length = i - start;
            _tokens[_count++] = new Token(start, length, length <= LongestFolded ? index.WordId(_text.AsSpan(start, length), _folded) : -1);
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
            var end = _tokens[First - _found].Start;
            while (end > 0 && !TextNormalizer.IsWordChar(_text[end - 1])) end--;
            if (end == 0) return false;
            var start = end;
            while (start > 0 && TextNormalizer.IsWordChar(_text[start - 1])) start--;
            _found++;
            _tokens[First - _found] = new Token(start, end - start, -1);
        }

        return _found >= back;
    }
}

/// <summary>
/// The starts of the words of a text that may begin a catalog name, left to right: the ASCII words
/// whose shape <see cref="NameIndex.MayBeginName"/> admits, and every word holding a character
/// outside ASCII (which may fold to anything). Every word that folds to a name's first word is
/// among them; the caller looks the word itself up. Most words of a text are passed over here
/// without being folded or hashed.
/// </summary>
internal static class CandidateWords
{
    /// <summary>The first candidate word start at or after <paramref name="position"/>, which is not inside a word; -1 when there is none.</summary>
    public static int Next(string text, int position, NameIndex index)
    {
        var i = position;
        while (i < text.Length)
        {
            while (i < text.Length && !TextNormalizer.IsWordChar(text[i])) i++;
            if (i == text.Length) break;
            var start = i;
            var ascii = true;
            while (i < text.Length && TextNormalizer.IsWordChar(text[i]))
            {
                ascii &= text[i] < 128;
                i++;
            }

            if (!ascii || index.MayBeginName(text.AsSpan(start, i - start))) return start;
        }

        return -1;
    }
}
