using System.Buffers;

namespace Citations.Core.Extraction;

/// <summary>A word of the input: where it is in the original text and which catalog word it is.</summary>
/// <param name="Word">The word's id in the <see cref="NameIndex"/> vocabulary, or -1 when no name uses it.</param>
internal readonly record struct Token(int Start, int Length, int Word)
{
    public int End => Start + Length;
}

/// <summary>A text's tokens in a pooled array; give it back with <see cref="Dispose"/>.</summary>
internal readonly struct TokenList : IDisposable
{
    private readonly Token[] _array;

    public TokenList(Token[] array, int count)
    {
        _array = array;
        Count = count;
    }

    public int Count { get; }

    public ReadOnlySpan<Token> Span => _array.AsSpan(0, Count);

    public void Dispose()
    {
        if (_array.Length > 0) ArrayPool<Token>.Shared.Return(_array);
    }
}

/// <summary>Splits a text into <see cref="Token"/>s in one pass, folding each word without allocating.</summary>
internal static class Tokenizer
{
    public static TokenList Tokenize(string text, NameIndex index)
    {
        // A word takes at least one character and a separator, so half the length (plus one) is always enough.
        var tokens = ArrayPool<Token>.Shared.Rent(text.Length / 2 + 1);
        var count = 0;
        Span<char> buffer = stackalloc char[64];
        var i = 0;
        while (i < text.Length)
        {
            if (!TextNormalizer.IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && TextNormalizer.IsWordChar(text[i])) i++;
            var length = i - start;
            tokens[count++] = new Token(start, length, length <= buffer.Length ? index.WordId(text.AsSpan(start, length), buffer) : -1);
        }

        return new TokenList(tokens, count);
    }
}
