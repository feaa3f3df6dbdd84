using System.Buffers;
using System.Globalization;
using System.Text.Unicode;

namespace Citations.GraphExport;

/// <summary>
/// UTF-8 markup straight into a pooled buffer that is written to a stream when full: constant parts as
/// bytes, values escaped as they are copied, numbers formatted in place. No string is built on the way.
/// </summary>
internal sealed class Utf8MarkupWriter : IDisposable
{
    private const int Size = 1 << 16;
    // Room for the longest escape of one character ("\\uXXXX" escaped for XML is 7 bytes; a surrogate pair is 4).
    private const int Slack = 16;

    /// <summary>
    /// ASCII characters that are not copied as they are into XML text: the markup characters, CR (written
    /// as a character reference so it reads back as CR), the C0 controls XML 1.0 forbids (all but tab and
    /// LF), and in JSON strings also the quote, the backslash, tab and LF. Beyond ASCII: surrogates (a lone
    /// one is forbidden), U+FFFE and U+FFFF, and in JSON the line separators Newtonsoft escapes (U+0085,
    /// U+2028, U+2029); see <see cref="IsSpecial"/>.
    /// </summary>
    private static readonly SearchValues<char> s_xmlAscii = SearchValues.Create(AsciiSpecials(json: false));
    private static readonly SearchValues<char> s_jsonAscii = SearchValues.Create(AsciiSpecials(json: true));

    private readonly Stream _stream;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(Size);
    private int _used;

    public Utf8MarkupWriter(Stream stream) => _stream = stream;

    public void Raw(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _buffer.Length - _used)
        {
            Flush();
            if (bytes.Length > _buffer.Length)
            {
                _stream.Write(bytes);
                return;
            }
        }

        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    public void Int(int value)
    {
        Reserve(Slack);
        value.TryFormat(_buffer.AsSpan(_used), out var written, provider: CultureInfo.InvariantCulture);
        _used += written;
    }

    /// <summary>As <see cref="Text.Float"/>: the shortest text that reads back as the same double, with a '.' or an exponent.</summary>
    public void Float(double value)
    {
        Reserve(64);
        var span = _buffer.AsSpan(_used);
        value.TryFormat(span, out var written, "R", CultureInfo.InvariantCulture);
        var text = span[..written];
        _used += written;
        if (double.IsFinite(value) && !text.Contains((byte)'.') && !text.Contains((byte)'E'))
        {
            Raw(".0"u8);
        }
    }

    /// <summary>XML character data: <see cref="Text.XmlSafe"/>, then escaped as <see cref="System.Xml.XmlWriter"/> does with entitized new lines.</summary>
    public void XmlText(ReadOnlySpan<char> value) => Escaped(value, json: false);

    /// <summary>The XML text of <c>JsonConvert.SerializeObject(values.Select(Text.XmlSafe))</c>: a JSON array of strings.</summary>
    public void XmlTextOfJsonArray(ReadOnlySpan<string> values)
    {
        Raw("["u8);
        for (var i = 0; i < values.Length; i++)
        {
            Raw(i == 0 ? "\""u8 : ",\""u8);
            Escaped(values[i], json: true);
            Raw("\""u8);
        }

        Raw("]"u8);
    }

    private void Escaped(ReadOnlySpan<char> value, bool json)
    {
        while (!value.IsEmpty)
        {
            var plain = NextSpecial(value, json);
            var run = plain < 0 ? value : value[..plain];
            while (!run.IsEmpty)
            {
                // Three bytes at most per UTF-16 unit; the run holds no surrogate.
                Reserve(Math.Min(run.Length, Size / 4) * 3);
                Utf8.FromUtf16(run, _buffer.AsSpan(_used), out var read, out var written, replaceInvalidSequences: false, isFinalBlock: true);
                _used += written;
                run = run[read..];
            }

            if (plain < 0)
            {
                return;
            }

            value = value[plain..];
            Reserve(Slack);
            var c = value[0];
            if (char.IsHighSurrogate(c) && value.Length > 1 && char.IsLowSurrogate(value[1]))
            {
                Utf8.FromUtf16(value[..2], _buffer.AsSpan(_used), out _, out var written);
                _used += written;
                value = value[2..];
                continue;
            }

            value = value[1..];
            switch (c)
            {
                case '<': Raw("&lt;"u8); break;
                case '>': Raw("&gt;"u8); break;
                case '&': Raw("&amp;"u8); break;
                case '\r': Raw(json ? "\\r"u8 : "&#xD;"u8); break;
                case '\n' when json: Raw("\\n"u8); break;
                case '\t' when json: Raw("\\t"u8); break;
                case '"' when json: Raw("\\\""u8); break;
                case '\\' when json: Raw("\\\\"u8); break;
                case '\u0085' or '\u2028' or '\u2029' when json: Unicode(c, "\\u"u8); break;
                // What XML forbids, as Text.XmlSafe writes it (its backslash escaped again inside JSON).
                default: Unicode(c, json ? "\\\\u"u8 : "\\u"u8); break;
            }
        }
    }

    private void Unicode(char c, ReadOnlySpan<byte> prefix)
    {
        Raw(prefix);
        Reserve(Slack);
        ((int)c).TryFormat(_buffer.AsSpan(_used), out var written, "X4", CultureInfo.InvariantCulture);
        _used += written;
    }

    private void Reserve(int bytes)
    {
        if (_buffer.Length - _used < bytes)
        {
            Flush();
        }
    }

    private void Flush()
    {
        _stream.Write(_buffer, 0, _used);
        _used = 0;
    }

    /// <summary>Writes what is buffered and flushes the stream.</summary>
    public void Complete()
    {
        Flush();
        _stream.Flush();
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _used = 0;
        if (buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
    }

    /// <summary>Where the next character that is not copied as it is stands, or -1; vectorised searches both.</summary>
    private static int NextSpecial(ReadOnlySpan<char> value, bool json)
    {
        var ascii = value.IndexOfAny(json ? s_jsonAscii : s_xmlAscii);
        var before = ascii < 0 ? value : value[..ascii];
        var lowest = json ? '\u0085' : '\uD800';
        var offset = 0;
        int found;
        while ((found = before[offset..].IndexOfAnyInRange(lowest, '\uFFFF')) >= 0)
        {
            if (IsSpecial(before[offset + found], json))
            {
                return offset + found;
            }

            offset += found + 1;
        }

        return ascii;
    }

    private static bool IsSpecial(char c, bool json) =>
        char.IsSurrogate(c) || c >= '\uFFFE' || (json && c is '\u0085' or '\u2028' or '\u2029');

    private static string AsciiSpecials(bool json)
    {
        var set = new List<char> { '<', '>', '&', '\r' };
        for (var c = '\0'; c < ' '; c++)
        {
            if (json || c is not ('\t' or '\n')) set.Add(c);
        }

        if (json) set.AddRange(['"', '\\']);
        return new string([.. set.Distinct()]);
    }
}
