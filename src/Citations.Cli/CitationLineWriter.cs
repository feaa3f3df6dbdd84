using System.Buffers;
using System.Globalization;
using Citations.Core;

namespace Citations.Cli;

/// <summary>
/// The line `extract --format jsonl` writes for a statement, formatted into one reused character buffer
/// and handed to the output in one write: no JSON writer, no string per value. The text is the one
/// Newtonsoft's <c>JsonTextWriter</c> writes (its escaping, its doubles with a ".0"), so other tools see
/// the same bytes as before.
/// </summary>
internal sealed class CitationLineWriter(TextWriter output) : IDisposable
{
    // The characters Newtonsoft escapes by default: C0 controls, the quote, the backslash and three line separators.
    private static readonly SearchValues<char> s_ascii = SearchValues.Create(
        new string([.. Enumerable.Range(0, 0x20).Select(c => (char)c), '"', '\\']));

    private static readonly string[] s_kinds =
        [.. Enum.GetValues<InstrumentKind>().Select(k => k.ToString().ToLowerInvariant())];

    private char[] _buffer = ArrayPool<char>.Shared.Rent(1 << 14);
    private int _used;

    /// <summary>{"id", "citations": [{instrument, title, kind, catalogued, surface, start, length, provisions, confidence[, parent]}]} and a line feed.</summary>
    public void Write(Statement statement, IReadOnlyList<Citation> citations)
    {
        _used = 0;
        Raw("{\"id\":");
        String(statement.Id);
        Raw(",\"citations\":[");
        for (var i = 0; i < citations.Count; i++)
        {
            var citation = citations[i];
            Raw(i == 0 ? "{\"instrument\":" : ",{\"instrument\":");
            String(citation.InstrumentId);
            Raw(",\"title\":");
            String(citation.Title);
            Raw(",\"kind\":");
            String(KindName(citation.Kind));
            Raw(citation.Catalogued ? ",\"catalogued\":true,\"surface\":" : ",\"catalogued\":false,\"surface\":");
            String(citation.Surface);
            Raw(",\"start\":");
            Int(citation.Start);
            Raw(",\"length\":");
            Int(citation.Length);
            Raw(",\"provisions\":[");
            for (var k = 0; k < citation.Provisions.Length; k++)
            {
                if (k > 0) Raw(",");
                String(citation.Provisions[k]);
            }

            Raw("],\"confidence\":");
            Double(Math.Round(citation.Confidence, 3));
            if (citation.Parent is not null)
            {
                // Only for an uncatalogued protocol named through its parent: the instrument it belongs to.
                Raw(",\"parent\":");
                String(citation.Parent);
            }

            Raw("}");
        }

        Raw("]}\n");
        output.Write(_buffer, 0, _used);
    }

    private static string KindName(InstrumentKind kind) =>
        (uint)kind < (uint)s_kinds.Length ? s_kinds[(int)kind] : kind.ToString().ToLowerInvariant();

    private void Raw(ReadOnlySpan<char> text)
    {
        Reserve(text.Length);
        text.CopyTo(_buffer.AsSpan(_used));
        _used += text.Length;
    }

    private void Int(int value)
    {
        Reserve(16);
        value.TryFormat(_buffer.AsSpan(_used), out var written, provider: CultureInfo.InvariantCulture);
        _used += written;
    }

    /// <summary>As Newtonsoft writes a double: the round-trip form, with ".0" when it has neither a point nor an exponent.</summary>
    private void Double(double value)
    {
        Reserve(40);
        var span = _buffer.AsSpan(_used);
        value.TryFormat(span, out var written, "R", CultureInfo.InvariantCulture);
        var text = span[..written];
        _used += written;
        if (double.IsFinite(value) && !text.Contains('.') && !text.Contains('E') && !text.Contains('e'))
        {
            Raw(".0");
        }
    }

    private void String(string value)
    {
        Raw("\"");
        var rest = value.AsSpan();
        while (!rest.IsEmpty)
        {
            var special = NextSpecial(rest);
            Raw(special < 0 ? rest : rest[..special]);
            if (special < 0) break;
            var c = rest[special];
            rest = rest[(special + 1)..];
            switch (c)
            {
                case '"': Raw("\\\""); break;
                case '\\': Raw("\\\\"); break;
                case '\n': Raw("\\n"); break;
                case '\r': Raw("\\r"); break;
                case '\t': Raw("\\t"); break;
                case '\b': Raw("\\b"); break;
                case '\f': Raw("\\f"); break;
                default:
                    // Newtonsoft writes the code unit in lower-case hex.
                    Raw("\\u");
                    Reserve(4);
                    ((int)c).TryFormat(_buffer.AsSpan(_used), out var written, "x4", CultureInfo.InvariantCulture);
                    _used += written;
                    break;
            }
        }

        Raw("\"");
    }

    private static int NextSpecial(ReadOnlySpan<char> value)
    {
        var ascii = value.IndexOfAny(s_ascii);
        var before = ascii < 0 ? value : value[..ascii];
        var offset = 0;
        int found;
        while ((found = before[offset..].IndexOfAnyInRange('\u0085', '\u2029')) >= 0)
        {
            if (before[offset + found] is '\u0085' or '\u2028' or '\u2029') return offset + found;
            offset += found + 1;
        }

        return ascii;
    }

    private void Reserve(int chars)
    {
        if (_buffer.Length - _used >= chars) return;
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _used + chars));
        _buffer.AsSpan(0, _used).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = larger;
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0) ArrayPool<char>.Shared.Return(buffer);
    }
}
