using System.Buffers;
using System.Globalization;
using System.Text;

namespace Citations.Core.Ingest;

/// <summary>One line of line-based input: its text, or why it could not be decoded.</summary>
internal readonly record struct InputLine(int Number, string? Text, string? Error);

/// <summary>
/// One line of line-based input as bytes (byte-order mark and CR removed), or why it cannot be read.
/// The bytes belong to the reader and are only valid until the next line is read.
/// </summary>
internal readonly record struct RawLine(int Number, ReadOnlyMemory<byte> Bytes, string? Error)
{
    /// <summary>The line as text, or the reason it is not UTF-8.</summary>
    public InputLine Decode() =>
        Error is not null ? new InputLine(Number, null, Error)
        : Utf8Input.TryDecode(Bytes.Span, out var text, out var offset) ? new InputLine(Number, text, null)
        : new InputLine(Number, null, Utf8Input.InvalidMessage(Bytes.Span[offset], offset + 1));
}

/// <summary>
/// Strict UTF-8 for input files. Invalid bytes are reported with their line instead of
/// being replaced silently, so a statement is never read with U+FFFD where its text was.
/// </summary>
internal static class Utf8Input
{
    /// <summary>How much of a file is looked at for NUL bytes (as git and grep do).</summary>
    public const int BinaryProbeLength = 8 * 1024;

    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    public static bool LooksBinary(ReadOnlySpan<byte> head) =>
        head[..Math.Min(head.Length, BinaryProbeLength)].Contains((byte)0);

    /// <summary>
    /// Whether NUL bytes make up more than 1% of the first 8 KB: binary data or UTF-16, where a JSON Lines
    /// file with one stray NUL has a few (and loses only its line).
    /// </summary>
    public static bool MostlyBinary(ReadOnlySpan<byte> head)
    {
        var probe = head[..Math.Min(head.Length, BinaryProbeLength)];
        return probe.Count((byte)0) * 100 > probe.Length;
    }

    /// <summary>A strict UTF-16 decoder when <paramref name="head"/> starts with a UTF-16 byte-order mark, else null.</summary>
    public static Encoding? Utf16Encoding(ReadOnlySpan<byte> head) => head switch
    {
        [0xFF, 0xFE, ..] => new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true),
        [0xFE, 0xFF, ..] => new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true),
        _ => null,
    };

    /// <summary>The first byte that is not white space or part of a UTF-8 byte-order mark, or -1.</summary>
    public static int FirstNonSpace(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(Bom))
        {
            head = head[Bom.Length..];
        }

        foreach (var b in head)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return b;
            }
        }

        return -1;
    }

    /// <summary>Decodes <paramref name="bytes"/>, or gives the offset of the first invalid byte.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out int invalidOffset)
    {
        // UTF-8 never gives more UTF-16 code units than it has bytes.
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status == OperationStatus.Done)
            {
                text = new string(chars, 0, written);
                invalidOffset = -1;
                return true;
            }

            text = string.Empty;
            invalidOffset = Math.Min(read, Math.Max(0, bytes.Length - 1));
            return false;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>A whole file's text (BOM removed), or the line and reason it is not UTF-8.</summary>
    public static bool TryDecodeDocument(ReadOnlySpan<byte> bytes, out string text, out int errorLine, out string error)
    {
        if (bytes.StartsWith(Bom))
        {
            bytes = bytes[Bom.Length..];
        }

        if (TryDecode(bytes, out text, out var offset))
        {
            errorLine = 0;
            error = string.Empty;
            return true;
        }

        var before = bytes[..offset];
        errorLine = before.Count((byte)'\n') + 1;
        var column = offset - (before.LastIndexOf((byte)'\n') + 1) + 1;
        error = InvalidMessage(bytes[offset], column);
        return false;
    }

    /// <summary>
    /// The lines of a byte stream, one at a time; only the current line is held in memory.
    /// <paramref name="prefix"/> is input already taken from the stream (a probe).
    /// Lines end at LF; a CR before it is dropped. A line longer than <paramref name="maxLineBytes"/>
    /// is reported and skipped without being held.
    /// </summary>
    public static IEnumerable<RawLine> ReadLines(Stream stream, byte[]? prefix = null, int maxLineBytes = int.MaxValue)
    {
        var tooLong = false;
        // Large enough that most statements lie within one read and are never copied.
        var buffer = new byte[256 * 1024];
        var pending = new ArrayBufferWriter<byte>();
        var number = 0;
        var chunk = prefix ?? [];
        var length = chunk.Length;
        var usePrefix = length > 0;

        while (true)
        {
            var source = usePrefix ? chunk : buffer;
            if (!usePrefix)
            {
                length = stream.Read(buffer, 0, buffer.Length);
                if (length == 0)
                {
                    break;
                }
            }

            usePrefix = false;
            var start = 0;
            while (start < length)
            {
                var newline = Array.IndexOf(source, (byte)'\n', start, length - start);
                if (newline < 0)
                {
                    if (!tooLong && pending.WrittenCount + (length - start) > maxLineBytes)
                    {
                        tooLong = true;
                        pending.ResetWrittenCount();
                    }

                    if (!tooLong)
                    {
                        pending.Write(source.AsSpan(start, length - start));
                    }

                    break;
                }

                number++;
                if (tooLong || pending.WrittenCount + (newline - start) > maxLineBytes)
                {
                    tooLong = false;
                    pending.ResetWrittenCount();
                    yield return TooLong(number, maxLineBytes);
                }
                else if (pending.WrittenCount == 0)
                {
                    yield return Line(number, source.AsMemory(start, newline - start));
                }
                else
                {
                    pending.Write(source.AsSpan(start, newline - start));
                    yield return Line(number, pending.WrittenMemory);
                    pending.ResetWrittenCount();
                }

                start = newline + 1;
            }
        }

        if (tooLong)
        {
            yield return TooLong(number + 1, maxLineBytes);
        }
        else if (pending.WrittenCount > 0)
        {
            yield return Line(number + 1, pending.WrittenMemory);
        }
    }

    private static RawLine TooLong(int number, int maxLineBytes) =>
        new(number, default, string.Create(CultureInfo.InvariantCulture, $"line longer than {maxLineBytes / (1024 * 1024)} MB, the most one statement may be"));

    private static RawLine Line(int number, ReadOnlyMemory<byte> line)
    {
        if (number == 1 && line.Span.StartsWith(Bom))
        {
            line = line[Bom.Length..];
        }

        if (line.Length > 0 && line.Span[^1] == (byte)'\r')
        {
            line = line[..^1];
        }

        return new RawLine(number, line, null);
    }

    internal static string InvalidMessage(byte value, int column) =>
        string.Create(CultureInfo.InvariantCulture, $"invalid UTF-8 (byte 0x{value:X2} at byte {column} of the line)");
}
