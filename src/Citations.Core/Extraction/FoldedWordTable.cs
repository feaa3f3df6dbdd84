using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Citations.Core.Extraction;

/// <summary>
/// Folded words (<see cref="TextNormalizer.Fold(string)"/>) and their ids, looked up straight from a
/// word as it stands in a text: an ASCII word is folded, hashed and compared four characters at a
/// time, with no buffer and no allocation; a word with other characters is folded into a buffer
/// first. An open-addressing table at most half full, its slots and the words' characters each in
/// one array, so a lookup costs one or two probes however many words the table holds.
/// </summary>
internal sealed class FoldedWordTable
{
    /// <summary>Setting bit 5 of each of four characters: the fold of ASCII letters and digits, the only ASCII word characters.</summary>
    private const ulong FoldBits = 0x0020_0020_0020_0020;
    private const ulong NonAsciiBits = 0xFF80_FF80_FF80_FF80;

    private readonly List<string> _words = [];
    /// <summary>Every word's characters, one after another.</summary>
    private char[] _characters = new char[256];
    /// <summary>Per word id: where its characters start in <see cref="_characters"/> (high 32 bits) and how many there are (low 32).</summary>
    private ulong[] _spans = new ulong[16];
    private int _used;
    /// <summary>Per slot: the word's hash in the high 32 bits and its id + 1 in the low, or 0 for an empty slot.</summary>
    private ulong[] _slots = new ulong[16];

    public int Count => _words.Count;

    /// <summary>The folded word with id <paramref name="id"/>.</summary>
    public string this[int id] => _words[id];

    /// <summary>The id of a folded word, added if new.</summary>
    public int Intern(string folded)
    {
        var found = Find(folded);
        return found >= 0 ? found : Add(folded);
    }

    /// <summary>As <see cref="Intern(string)"/>, from characters: a string is made only for a new word.</summary>
    public int Intern(ReadOnlySpan<char> folded)
    {
        var found = Find(folded);
        return found >= 0 ? found : Add(folded.ToString());
    }

    private int Add(string folded)
    {
        if ((_words.Count + 1) * 2 > _slots.Length) Grow();
        while (_used + folded.Length > _characters.Length) Array.Resize(ref _characters, _characters.Length * 2);
        folded.CopyTo(_characters.AsSpan(_used));
        if (_words.Count == _spans.Length) Array.Resize(ref _spans, _spans.Length * 2);
        _spans[_words.Count] = ((ulong)_used << 32) | (uint)folded.Length;
        _used += folded.Length;
        _words.Add(folded);
        Place(_words.Count - 1, Hash(folded, 0));
        return _words.Count - 1;
    }

    /// <summary>The id of a word already folded, or -1.</summary>
    public int Find(ReadOnlySpan<char> folded)
    {
        var hash = Hash(folded, 0);
        var mask = _slots.Length - 1;
        for (var slot = (int)hash & mask; _slots[slot] != 0; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot];
            if ((uint)(entry >> 32) == hash && folded.SequenceEqual(Word((int)(uint)entry - 1))) return (int)(uint)entry - 1;
        }

        return -1;
    }

    /// <summary>
    /// The id of a word as it stands in a text (any case, accents and all), or -1. A word with characters
    /// outside ASCII is folded into <paramref name="buffer"/>, which must be as long as the word.
    /// </summary>
    public int FindInText(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (!IsAscii(word)) return Find(buffer[..TextNormalizer.Fold(word, buffer)]);
        var hash = Hash(word, FoldBits);
        var mask = _slots.Length - 1;
        for (var slot = (int)hash & mask; _slots[slot] != 0; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot];
            if ((uint)(entry >> 32) == hash && FoldsTo(word, Word((int)(uint)entry - 1))) return (int)(uint)entry - 1;
        }

        return -1;
    }

    /// <summary>Whether an ASCII word as it stands in a text is the word with id <paramref name="id"/>: what <see cref="FindInText"/> would say, without hashing the word.</summary>
    public bool IsWordInText(int id, ReadOnlySpan<char> asciiWord) => FoldsTo(asciiWord, Word(id));

    private ReadOnlySpan<char> Word(int id) => _characters.AsSpan((int)(_spans[id] >> 32), (int)(uint)_spans[id]);

    private static bool IsAscii(ReadOnlySpan<char> word)
    {
        var k = 0;
        for (; k + 4 <= word.Length; k += 4)
        {
            if ((Read4(word, k) & NonAsciiBits) != 0) return false;
        }

        for (; k < word.Length; k++)
        {
            if (word[k] >= 128) return false;
        }

        return true;
    }

    /// <summary>Whether an ASCII word of a text folds to <paramref name="folded"/>.</summary>
    private static bool FoldsTo(ReadOnlySpan<char> word, ReadOnlySpan<char> folded)
    {
        if (word.Length != folded.Length) return false;
        if (word.Length < 4)
        {
            for (var k = 0; k < word.Length; k++)
            {
                if ((word[k] | 0x20) != folded[k]) return false;
            }

            return true;
        }

        // Four characters at a time; the last four overlap the ones before when the length is no multiple of four.
        for (var k = 0; k + 4 <= word.Length; k += 4)
        {
            if ((Read4(word, k) | FoldBits) != Read4(folded, k)) return false;
        }

        return (Read4(word, word.Length - 4) | FoldBits) == Read4(folded, word.Length - 4);
    }

    /// <summary>
    /// A hash of the word's characters with <paramref name="fold"/> set in each: zero for a word already
    /// folded, <see cref="FoldBits"/> for an ASCII word of a text. Both give the same hash for the same folded word.
    /// </summary>
    private static uint Hash(ReadOnlySpan<char> word, ulong fold)
    {
        var hash = (ulong)word.Length * 0x9E3779B97F4A7C15UL;
        if (word.Length < 4)
        {
            ulong packed = 0;
            for (var k = 0; k < word.Length; k++) packed |= (ulong)(word[k] | (char)fold) << (16 * k);
            hash = Mix(hash, packed);
        }
        else
        {
            for (var k = 0; k + 4 <= word.Length; k += 4) hash = Mix(hash, Read4(word, k) | fold);
            if (word.Length % 4 != 0) hash = Mix(hash, Read4(word, word.Length - 4) | fold);
        }

        return (uint)(hash >> 32) ^ (uint)hash;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong hash, ulong chunk)
    {
        hash = (hash ^ chunk) * 0xD6E8FEB86659FD93UL;
        return hash ^ (hash >> 29);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Read4(ReadOnlySpan<char> chars, int at) =>
        Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref MemoryMarshal.GetReference(chars), at)));

    private void Place(int id, uint hash)
    {
        var mask = _slots.Length - 1;
        var slot = (int)hash & mask;
        while (_slots[slot] != 0) slot = (slot + 1) & mask;
        _slots[slot] = ((ulong)hash << 32) | (uint)(id + 1);
    }

    private void Grow()
    {
        _slots = new ulong[_slots.Length * 2];
        for (var id = 0; id < _words.Count; id++) Place(id, Hash(_words[id], 0));
    }
}
