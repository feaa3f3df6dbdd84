using System.Globalization;

namespace Citations.Core.Extraction;

/// <summary>
/// Splits text into words (runs of letters and digits) and folds them for matching:
/// lower case, diacritics removed, so "Déclaration" and "declaration" meet.
/// Punctuation, hyphens, quotes and line breaks only separate words, which is what makes
/// "Nuclear-Test-Ban" meet "Nuclear Test Ban" and a title broken over two lines still match.
/// </summary>
internal static class TextNormalizer
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) : IsOtherWordChar(c);

    /// <summary><see cref="IsWordChar"/> outside ASCII, kept apart so that the test of an ASCII character is compiled into its callers' loops.</summary>
    private static bool IsOtherWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark;

    /// <summary>The words of a text, unfolded.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text[i])) i++;
            words.Add(text[start..i]);
        }

        return words;
    }

    /// <summary>
    /// The words of a text with one space between them, in lower case (as <c>string.Join(' ', Words(text)).ToLowerInvariant()</c>):
    /// how a name is compared with the same name written elsewhere. Written into one buffer rather than split into strings and joined.
    /// </summary>
    public static string LowerCaseWords(ReadOnlySpan<char> text)
    {
        // Each space stands for at least one character between two words, so the words and spaces fit in the text's length.
        Span<char> joined = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        for (var i = 0; i < text.Length;)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            if (n > 0) joined[n++] = ' ';
            while (i < text.Length && IsWordChar(text[i])) joined[n++] = text[i++];
        }

        Span<char> lower = n <= 256 ? stackalloc char[n] : new char[n];
        joined[..n].ToLowerInvariant(lower);
        return new string(lower);
    }

    /// <summary>
    /// The folded form of the next word from <paramref name="position"/>, leaving <paramref name="position"/> after it;
    /// null at the end of the text. What stood between is <c>text[before..(position - word's length)]</c>.
    /// </summary>
    public static string? NextFoldedWord(string text, ref int position)
    {
        while (position < text.Length && !IsWordChar(text[position])) position++;
        var start = position;
        while (position < text.Length && IsWordChar(text[position])) position++;
        return position == start ? null : Fold(text[start..position]);
    }

    /// <summary>Writes the folded form of <paramref name="word"/> into <paramref name="buffer"/>; returns its length.</summary>
    public static int Fold(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var n = 0;
        foreach (var c in word)
        {
            if (n == buffer.Length) break;
            if (c < 128)
            {
                buffer[n++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
                continue;
            }

            var folded = FoldChar(c);
            if (folded != '\0') buffer[n++] = folded;
        }

        return n;
    }

    public static string Fold(string word)
    {
        Span<char> buffer = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        return new string(buffer[..Fold(word, buffer)]);
    }

    private static readonly char[] s_foldTable = BuildFoldTable();

    private static char FoldChar(char c) => c < s_foldTable.Length ? s_foldTable[c] : char.ToLowerInvariant(c);

    private static char[] BuildFoldTable()
    {
        // Latin, Greek and Cyrillic blocks: strip combining marks, then lower-case.
        var table = new char[0x0530];
        for (var c = 0; c < table.Length; c++)
        {
            var ch = (char)c;
            if (char.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                table[c] = '\0';
                continue;
            }

            var decomposed = ch.ToString().Normalize(System.Text.NormalizationForm.FormD)[0];
            var baseChar = char.IsLetter(decomposed) ? decomposed : ch;
            table[c] = char.ToLowerInvariant(baseChar);
        }

        // Cyrillic ё and й keep their identity in Russian titles.
        table['Ё'] = 'ё';
        table['ё'] = 'ё';
        table['Й'] = 'й';
        table['й'] = 'й';
        return table;
    }
}
