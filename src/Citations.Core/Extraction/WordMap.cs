using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Citations.Core.Extraction;

/// <summary>
/// Which characters of one text are word characters (<see cref="TextNormalizer.IsWordChar"/>), a bit
/// each, worked out once for the text 64 characters at a time with vector instructions: ASCII letters
/// and digits by range tests, and only the characters outside ASCII (curly quotes, dashes, accented
/// letters) one by one. Words are then found by bit search instead of by testing characters, in
/// either direction, as often as a pass likes: <see cref="ExtractionState.Words"/> holds the map of
/// the text being worked on, for any pass that reads words.
/// </summary>
internal sealed class WordMap
{
    private const int BlockSize = 64;

    private readonly int _length;
    /// <summary>Bit <c>i % 64</c> of entry <c>i / 64</c> is set when character i is a word character; bits past the text are clear.</summary>
    private readonly ulong[] _words;
    /// <summary>Bit <c>i % 64</c> of entry <c>i / 64</c> is set when character i is outside ASCII.</summary>
    private readonly ulong[] _nonAscii;
    /// <summary>Bit <c>i % 64</c> of entry <c>i / 64</c> is set when a word starts at character i.</summary>
    private readonly ulong[] _starts;

    public WordMap(string text)
    {
        _length = text.Length;
        var blocks = (text.Length + BlockSize - 1) / BlockSize;
        _words = new ulong[blocks];
        _nonAscii = new ulong[blocks];
        _starts = new ulong[blocks];
        var carry = 0UL;
        for (var b = 0; b < blocks; b++)
        {
            var at = b * BlockSize;
            (_words[b], _nonAscii[b]) = Classify(text.AsSpan(at, Math.Min(BlockSize, text.Length - at)));
            // A word starts where a word character follows one that is not (or the text's start).
            _starts[b] = _words[b] & ~((_words[b] << 1) | carry);
            carry = _words[b] >> 63;
        }
    }

    /// <summary>The length of the text mapped.</summary>
    public int Length => _length;

    /// <summary>How many 64-character blocks the text was classified in: the map's share of the work, for <see cref="StepCounter"/>.</summary>
    public int Blocks => _words.Length;

    public bool IsWordChar(int position) => (uint)position < (uint)_length && (_words[position >> 6] & (1UL << (position & 63))) != 0;

    /// <summary>
    /// The first word at or after <paramref name="position"/>: <paramref name="start"/> is the first word
    /// character there (a word's start when <paramref name="position"/> is not inside a word), and
    /// <paramref name="end"/> the first character after it that is not one. False when no word is left.
    /// </summary>
    public bool NextWord(int position, out int start, out int end)
    {
        start = end = _length;
        if ((uint)position >= (uint)_length) return false;
        var b = position >> 6;
        var ahead = _words[b] >> (position & 63);
        if (ahead != 0)
        {
            start = position + BitOperations.TrailingZeroCount(ahead);
        }
        else
        {
            do
            {
                if (++b == _words.Length) return false;
            }
            while (_words[b] == 0);
            start = (b * BlockSize) + BitOperations.TrailingZeroCount(_words[b]);
        }

        end = EndOfRun(start);
        return true;
    }

    /// <summary>
    /// As <see cref="NextWord(int, out int, out int)"/>, the first word that <paramref name="filter"/>
    /// admits: the words it turns down cost a bit search and the filter's own test each, and are
    /// never returned to the caller.
    /// </summary>
    public bool NextWord<TFilter>(int position, ref TFilter filter, out int start, out int end)
        where TFilter : struct, IWordFilter
    {
        start = end = _length;
        if ((uint)position >= (uint)_length) return false;
        var b = position >> 6;
        var bits = _starts[b] & (ulong.MaxValue << (position & 63));
        // A position inside a word is where that word is taken to start, as the other overload does.
        if ((_words[b] & (1UL << (position & 63))) != 0) bits |= 1UL << (position & 63);
        while (true)
        {
            while (bits == 0)
            {
                if (++b == _starts.Length) return false;
                bits = _starts[b];
            }

            var first = (b * BlockSize) + BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            var last = EndOfRun(first);
            if (filter.Admits(first, last))
            {
                start = first;
                end = last;
                return true;
            }
        }
    }

    /// <summary>The first character at or after <paramref name="position"/> that is not a word character (the text's length if none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int EndOfRun(int position)
    {
        if ((uint)position >= (uint)_length) return _length;
        // The shift brings in zeros at the top, which read as word characters: a run reaching the block's end goes on in the next.
        var rest = ~_words[position >> 6] >> (position & 63);
        return rest != 0 ? position + BitOperations.TrailingZeroCount(rest) : EndOfLongRun(position);
    }

    private int EndOfLongRun(int position)
    {
        var b = position >> 6;
        do
        {
            if (++b == _words.Length) return _length;
        }
        while (_words[b] == ulong.MaxValue);
        return (b * BlockSize) + BitOperations.TrailingZeroCount(~_words[b]);
    }

    /// <summary>
    /// The last word ending at or before <paramref name="position"/>: <paramref name="end"/> is just past
    /// the last word character before <paramref name="position"/>, <paramref name="start"/> the first
    /// character of its run. False when no word character comes before <paramref name="position"/>.
    /// </summary>
    public bool PreviousWord(int position, out int start, out int end)
    {
        start = end = 0;
        position = Math.Min(position, _length);
        if (position <= 0) return false;
        var last = position - 1;
        var b = last >> 6;
        var behind = _words[b] << (63 - (last & 63));
        if (behind != 0)
        {
            end = last - BitOperations.LeadingZeroCount(behind) + 1;
        }
        else
        {
            do
            {
                if (--b < 0) return false;
            }
            while (_words[b] == 0);
            end = (b * BlockSize) + (BlockSize - BitOperations.LeadingZeroCount(_words[b]));
        }

        start = StartOfRun(end - 1);
        return true;
    }

    /// <summary>The first character of the run of word characters that holds <paramref name="position"/>, which is a word character.</summary>
    private int StartOfRun(int position)
    {
        var b = position >> 6;
        var before = ~_words[b] << (63 - (position & 63));
        if (before != 0) return position - BitOperations.LeadingZeroCount(before) + 1;
        do
        {
            if (--b < 0) return 0;
        }
        while (_words[b] == ulong.MaxValue);
        return (b * BlockSize) + (BlockSize - BitOperations.LeadingZeroCount(~_words[b]));
    }

    /// <summary>Whether every character in [start, end) is ASCII.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsAscii(int start, int end)
    {
        var b = start >> 6;
        if (end > start && b == (end - 1) >> 6) return (_nonAscii[b] >> (start & 63) & LowBits(end - start)) == 0;
        return IsAsciiAcrossBlocks(start, end);
    }

    private bool IsAsciiAcrossBlocks(int start, int end)
    {
        for (var b = start >> 6; b < _nonAscii.Length && b * BlockSize < end; b++)
        {
            var bits = _nonAscii[b];
            if (bits == 0) continue;
            var from = Math.Max(start - (b * BlockSize), 0);
            var to = Math.Min(end - (b * BlockSize), BlockSize);
            if ((bits & (LowBits(to) & ~LowBits(from))) != 0) return false;
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong LowBits(int count) => count >= BlockSize ? ulong.MaxValue : (1UL << count) - 1;

    /// <summary>The word-character and non-ASCII bits of up to 64 characters.</summary>
    internal static (ulong Words, ulong NonAscii) Classify(ReadOnlySpan<char> chars)
    {
        ulong words = 0, nonAscii = 0;
        var k = 0;
        if (Vector256.IsHardwareAccelerated && chars.Length == BlockSize)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(chars));
            for (; k < BlockSize; k += Vector256<ushort>.Count)
            {
                var (w, n) = Classify(Vector256.LoadUnsafe(ref first, (nuint)k));
                words |= (ulong)w << k;
                nonAscii |= (ulong)n << k;
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(chars));
            for (; k + Vector128<ushort>.Count <= chars.Length; k += Vector128<ushort>.Count)
            {
                var (w, n) = Classify(Vector128.LoadUnsafe(ref first, (nuint)k));
                words |= (ulong)w << k;
                nonAscii |= (ulong)n << k;
            }
        }

        for (; k < chars.Length; k++)
        {
            var c = chars[k];
            if (c >= 128) nonAscii |= 1UL << k;
            else if (char.IsAsciiLetterOrDigit(c)) words |= 1UL << k;
        }

        // Outside ASCII the Unicode categories decide, one character at a time; they are few in most texts.
        for (var rest = nonAscii; rest != 0; rest &= rest - 1)
        {
            var at = BitOperations.TrailingZeroCount(rest);
            if (TextNormalizer.IsWordChar(chars[at])) words |= 1UL << at;
        }

        return (words, nonAscii);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (uint Words, uint NonAscii) Classify(Vector256<ushort> chars)
    {
        // Setting bit 5 lower-cases ASCII letters and moves nothing else into a..z; characters from 128 up stay above z.
        var letter = Vector256.LessThanOrEqual((chars | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)25));
        var digit = Vector256.LessThanOrEqual(chars - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9));
        var outside = Vector256.GreaterThan(chars, Vector256.Create((ushort)127));
        return ((letter | digit).ExtractMostSignificantBits(), outside.ExtractMostSignificantBits());
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (uint Words, uint NonAscii) Classify(Vector128<ushort> chars)
    {
        var letter = Vector128.LessThanOrEqual((chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)25));
        var digit = Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
        var outside = Vector128.GreaterThan(chars, Vector128.Create((ushort)127));
        return ((letter | digit).ExtractMostSignificantBits(), outside.ExtractMostSignificantBits());
    }
}

/// <summary>A test on words found in a <see cref="WordMap"/>, given as start and end; a struct, so that the search is compiled with the test inline.</summary>
internal interface IWordFilter
{
    bool Admits(int start, int end);
}
