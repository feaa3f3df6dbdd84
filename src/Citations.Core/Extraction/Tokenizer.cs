namespace Citations.Core.Extraction;

/// <summary>A word of the input: where it is in the original text and which catalog word it is.</summary>
/// <param name="Word">The word's id in the <see cref="NameIndex"/> vocabulary, or -1 when no name uses it.</param>
internal readonly record struct Token(int Start, int Length, int Word)
{
    public int End => Start + Length;
}

/// <summary>Splits a text into <see cref="Token"/>s in one pass, folding each word without allocating.</summary>
internal static class Tokenizer
{
    public static Token[] Tokenize(string text, NameIndex index)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
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
            var word = -1;
            if (length <= buffer.Length)
            {
                var folded = TextNormalizer.Fold(text.AsSpan(start, length), buffer);
                word = index.WordId(buffer[..folded]);
            }

            tokens.Add(new Token(start, length, word));
        }

        return [.. tokens];
    }
}
