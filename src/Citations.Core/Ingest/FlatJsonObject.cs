using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace Citations.Core.Ingest;

/// <summary>
/// The usual JSON line read in one pass over its bytes: one object whose every value is a string or
/// null, its names written without escapes. A statement's text holds an escape in every paragraph
/// ("\n"), and a general JSON reader steps through the rest of such a string byte by byte; here the
/// next quote, backslash or control character is searched for, and the string is decoded in stretches
/// between its escapes. Anything else (numbers, arrays, nested objects, escaped surrogates, control
/// characters, text after the object) is declined, for a general reader to take the line as it is.
/// </summary>
internal static class FlatJsonObject
{
    // What ends a stretch of plain characters inside a string: the closing quote, an escape, or a control
    // character (which standard JSON does not allow unescaped).
    private static readonly SearchValues<byte> s_stringStops = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(b => (byte)b), (byte)'"', (byte)'\\']);

    /// <summary>
    /// Fills <paramref name="values"/> (all null on entry) with the strings of the fields
    /// <paramref name="fieldIndex"/> knows (a name it gives a negative index for is skipped); false,
    /// with <paramref name="values"/> left in any state, when the line is not such an object or repeats a known field.
    /// </summary>
    /// <param name="line">Valid UTF-8 (the caller checks), without its line feed.</param>
    public static bool TryRead(ReadOnlySpan<byte> line, FieldIndexer fieldIndex, string?[] values)
    {
        var at = SkipWhiteSpace(line, 0);
        if (at >= line.Length || line[at] != (byte)'{') return false;
        at = SkipWhiteSpace(line, at + 1);
        if (at < line.Length && line[at] == (byte)'}') return SkipWhiteSpace(line, at + 1) == line.Length;

        var seen = 0UL;
        while (true)
        {
            if (!TryScanString(line, at, out var nameEnd, out var nameEscaped) || nameEscaped) return false;
            var field = fieldIndex(line[(at + 1)..nameEnd]);
            at = SkipWhiteSpace(line, nameEnd + 1);
            if (at >= line.Length || line[at] != (byte)':') return false;
            at = SkipWhiteSpace(line, at + 1);
            if (at >= line.Length) return false;

            string? value = null;
            if (line[at] == (byte)'"')
            {
                if (!TryScanString(line, at, out var valueEnd, out var escaped)) return false;
                if (field >= 0)
                {
                    value = Decode(line[(at + 1)..valueEnd], escaped);
                    if (value is null) return false;
                }

                at = valueEnd + 1;
            }
            else if (line[at..].StartsWith("null"u8))
            {
                at += 4;
            }
            else
            {
                return false;
            }

            if (field >= 0)
            {
                // A repeated field is the general reader's to judge.
                if (field >= 64 || (seen & (1UL << field)) != 0) return false;
                seen |= 1UL << field;
                values[field] = value;
            }

            at = SkipWhiteSpace(line, at);
            if (at >= line.Length) return false;
            if (line[at] == (byte)'}') return SkipWhiteSpace(line, at + 1) == line.Length;
            if (line[at] != (byte)',') return false;
            at = SkipWhiteSpace(line, at + 1);
            if (at >= line.Length) return false;
        }
    }

    /// <summary>The index of a field for its name's UTF-8 bytes, or a negative number for a field nobody reads.</summary>
    public delegate int FieldIndexer(ReadOnlySpan<byte> name);

    /// <summary>
    /// The string that opens at <paramref name="start"/> (a quote): where its closing quote is, and whether it
    /// holds escapes; false for a control character, an unknown escape, or an escaped surrogate.
    /// </summary>
    private static bool TryScanString(ReadOnlySpan<byte> line, int start, out int end, out bool escaped)
    {
        escaped = false;
        end = -1;
        if (start >= line.Length || line[start] != (byte)'"') return false;
        var at = start + 1;
        while (true)
        {
            var stop = line[at..].IndexOfAny(s_stringStops);
            if (stop < 0) return false;
            at += stop;
            switch (line[at])
            {
                case (byte)'"':
                    end = at;
                    return true;
                case (byte)'\\':
                    escaped = true;
                    if (at + 1 >= line.Length) return false;
                    switch (line[at + 1])
                    {
                        case (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                            at += 2;
                            break;
                        case (byte)'u':
                            // Surrogates (a pair, or one alone) are left to the general reader.
                            if (!TryHex(line, at + 2, out var unit) || char.IsSurrogate(unit)) return false;
                            at += 6;
                            break;
                        default:
                            return false;
                    }

                    break;
                default:
                    return false;
            }
        }
    }

    /// <summary>The string between the quotes, its escapes replaced; null should an escape be malformed after all.</summary>
    private static string? Decode(ReadOnlySpan<byte> raw, bool escaped)
    {
        if (!escaped) return Encoding.UTF8.GetString(raw);

        // Each byte gives at most one UTF-16 code unit, and an escape gives one for two or six bytes.
        var rented = ArrayPool<char>.Shared.Rent(raw.Length);
        try
        {
            var written = 0;
            while (true)
            {
                // A backslash is never part of a multi-byte UTF-8 sequence, so each stretch decodes on its own.
                var slash = raw.IndexOf((byte)'\\');
                written += Encoding.UTF8.GetChars(slash < 0 ? raw : raw[..slash], rented.AsSpan(written));
                if (slash < 0) break;
                char unit;
                var length = 2;
                switch (raw[slash + 1])
                {
                    case (byte)'b': unit = '\b'; break;
                    case (byte)'f': unit = '\f'; break;
                    case (byte)'n': unit = '\n'; break;
                    case (byte)'r': unit = '\r'; break;
                    case (byte)'t': unit = '\t'; break;
                    case (byte)'u':
                        if (!TryHex(raw, slash + 2, out unit)) return null;
                        length = 6;
                        break;
                    default: unit = (char)raw[slash + 1]; break;
                }

                rented[written++] = unit;
                raw = raw[(slash + length)..];
            }

            return new string(rented, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static bool TryHex(ReadOnlySpan<byte> text, int start, out char unit)
    {
        unit = '\0';
        if (start + 4 > text.Length) return false;
        var digits = text.Slice(start, 4);
        // Utf8Parser's 'X' format takes either case and nothing but hex digits.
        if (!Utf8Parser.TryParse(digits, out ushort value, out var consumed, 'X') || consumed != 4) return false;
        unit = (char)value;
        return true;
    }

    /// <summary>The first index from <paramref name="at"/> that is not JSON white space (space, tab, line feed, carriage return).</summary>
    private static int SkipWhiteSpace(ReadOnlySpan<byte> line, int at)
    {
        while (at < line.Length && line[at] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r') at++;
        return at;
    }
}
