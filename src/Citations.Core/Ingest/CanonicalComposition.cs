using System.Collections.Frozen;
using System.Text;

namespace Citations.Core.Ingest;

/// <summary>
/// Unicode Normalization Form C, implemented here because the build runs with invariant
/// globalization, where <see cref="string.Normalize()"/> leaves non-ASCII text unchanged.
/// Carrying the table also keeps derived ids independent of the ICU a machine has.
/// </summary>
internal static partial class CanonicalComposition
{
    // Hangul syllables decompose and compose by arithmetic (Unicode §3.12), not by table.
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    private static readonly Lazy<Tables> s_tables = new(Tables.Build);

    public static string ToNfc(string text)
    {
        // Everything below U+0300 is already in NFC and cannot combine with what follows.
        if (!text.AsSpan().ContainsAnyExceptInRange('\0', '\u02FF'))
        {
            return text;
        }

        var tables = s_tables.Value;
        var codePoints = new List<int>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            Decompose(rune.Value, codePoints, tables);
        }

        Reorder(codePoints, tables);
        Compose(codePoints, tables);

        var builder = new StringBuilder(codePoints.Count);
        foreach (var codePoint in codePoints)
        {
            builder.Append(new Rune(codePoint).ToString());
        }

        return builder.ToString();
    }

    /// <summary>The first code point of a character's full canonical decomposition: 'e' for 'é', 'И' for 'Й'.</summary>
    internal static int BaseOf(int codePoint)
    {
        var output = new List<int>(4);
        Decompose(codePoint, output, s_tables.Value);
        return output[0];
    }

    private static void Decompose(int codePoint, List<int> output, Tables tables)
    {
        if (codePoint is >= SBase and < SBase + SCount)
        {
            var index = codePoint - SBase;
            output.Add(LBase + (index / NCount));
            output.Add(VBase + (index % NCount / TCount));
            if (index % TCount != 0)
            {
                output.Add(TBase + (index % TCount));
            }

            return;
        }

        if (tables.Decomposition.TryGetValue(codePoint, out var pair))
        {
            Decompose(pair.First, output, tables);
            if (pair.Second != 0)
            {
                Decompose(pair.Second, output, tables);
            }

            return;
        }

        output.Add(codePoint);
    }

    /// <summary>Sorts each run of combining marks by class, keeping the order of equal classes.</summary>
    private static void Reorder(List<int> codePoints, Tables tables)
    {
        for (var i = 1; i < codePoints.Count; i++)
        {
            var mark = codePoints[i];
            var cls = tables.ClassOf(mark);
            if (cls == 0)
            {
                continue;
            }

            var j = i;
            while (j > 0 && tables.ClassOf(codePoints[j - 1]) > cls)
            {
                codePoints[j] = codePoints[j - 1];
                j--;
            }

            codePoints[j] = mark;
        }
    }

    private static void Compose(List<int> codePoints, Tables tables)
    {
        var starter = -1;
        var lastClass = 0;
        var written = 0;
        for (var i = 0; i < codePoints.Count; i++)
        {
            var current = codePoints[i];
            var cls = tables.ClassOf(current);
            if (starter >= 0)
            {
                var adjacent = written - 1 == starter;
                if ((adjacent || (lastClass != 0 && lastClass < cls)) && TryCompose(codePoints[starter], current, tables, out var composite))
                {
                    codePoints[starter] = composite;
                    continue;
                }
            }

            if (cls == 0)
            {
                starter = written;
            }

            lastClass = cls;
            codePoints[written++] = current;
        }

        codePoints.RemoveRange(written, codePoints.Count - written);
    }

    private static bool TryCompose(int first, int second, Tables tables, out int composite)
    {
        if (first is >= LBase and < LBase + LCount && second is >= VBase and < VBase + VCount)
        {
            composite = SBase + ((((first - LBase) * VCount) + (second - VBase)) * TCount);
            return true;
        }

        if (first is >= SBase and < SBase + SCount && (first - SBase) % TCount == 0 && second is > TBase and < TBase + TCount)
        {
            composite = first + (second - TBase);
            return true;
        }

        return tables.Composition.TryGetValue(((long)first << 21) | (uint)second, out composite);
    }

    private sealed class Tables
    {
        private readonly int[] _classRanges;

        private Tables(FrozenDictionary<int, (int First, int Second)> decomposition, FrozenDictionary<long, int> composition, int[] classRanges)
        {
            Decomposition = decomposition;
            Composition = composition;
            _classRanges = classRanges;
        }

        public FrozenDictionary<int, (int First, int Second)> Decomposition { get; }

        public FrozenDictionary<long, int> Composition { get; }

        public int ClassOf(int codePoint)
        {
            if (codePoint < 0x0300)
            {
                return 0;
            }

            // Binary search over (first, last, class) triples.
            int low = 0, high = (_classRanges.Length / 3) - 1;
            while (low <= high)
            {
                var middle = (low + high) / 2;
                if (codePoint < _classRanges[middle * 3])
                {
                    high = middle - 1;
                }
                else if (codePoint > _classRanges[(middle * 3) + 1])
                {
                    low = middle + 1;
                }
                else
                {
                    return _classRanges[(middle * 3) + 2];
                }
            }

            return 0;
        }

        public static Tables Build()
        {
            var decomposition = new Dictionary<int, (int, int)>();
            var composition = new Dictionary<long, int>();
            var data = Decompositions;
            for (var i = 0; i < data.Length; i += 4)
            {
                decomposition[data[i]] = (data[i + 1], data[i + 2]);
                if (data[i + 3] == 1)
                {
                    composition[((long)data[i + 1] << 21) | (uint)data[i + 2]] = data[i];
                }
            }

            return new Tables(decomposition.ToFrozenDictionary(), composition.ToFrozenDictionary(), CombiningClasses.ToArray());
        }
    }
}
