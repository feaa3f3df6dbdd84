using System.Collections.Immutable;
using Citations.Core;

namespace Citations.GraphExport;

/// <summary>One mention of an instrument in a statement, as a row of <c>mentions.csv</c> and of the HTML report.</summary>
/// <param name="Start">UTF-16 offset of the surface in the statement's text.</param>
/// <param name="Context">The sentence around the mention, whitespace collapsed, trimmed to a readable length.</param>
public sealed record MentionRow(
    string StatementId,
    string? Date,
    string? Issuer,
    string? StatementTitle,
    string Instrument,
    string InstrumentTitle,
    InstrumentKind Kind,
    bool Catalogued,
    ImmutableArray<string> Provisions,
    string Surface,
    int Start,
    int Length,
    double Confidence,
    string Context);

/// <summary>
/// Writes <c>mentions.csv</c>: one row per mention, header first, RFC 4180 (CRLF between records, every
/// text field quoted with doubled quotes inside, line breaks kept inside quotes), UTF-8 without a byte
/// order mark, so a spreadsheet and <c>pandas.read_csv</c> open it as it is. Provisions are joined with
/// "; " (<c>6(1); 26</c>). Rows are written as they come, so a large corpus streams through.
/// </summary>
public sealed class MentionsCsvWriter : IDisposable
{
    /// <summary>The columns, in order.</summary>
    public static ImmutableArray<string> Columns { get; } =
    [
        "statement_id", "date", "issuer", "statement_title", "instrument", "instrument_title", "kind", "catalogued",
        "provisions", "surface", "start", "length", "confidence", "context",
    ];

    private readonly TextWriter _writer;
    private readonly bool _ownsWriter;

    /// <summary>Writes to a text writer, which stays open; the header is written at once.</summary>
    public MentionsCsvWriter(TextWriter writer) : this(writer, ownsWriter: false)
    {
    }

    private MentionsCsvWriter(TextWriter writer, bool ownsWriter)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
        _ownsWriter = ownsWriter;
        for (var i = 0; i < Columns.Length; i++)
        {
            if (i > 0) _writer.Write(',');
            _writer.Write(Columns[i]);
        }

        _writer.Write("\r\n");
    }

    /// <summary>Creates (or replaces) the file, and its folder when missing.</summary>
    /// <exception cref="GraphExportException">The file cannot be written.</exception>
    public static MentionsCsvWriter Create(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory) Directory.CreateDirectory(directory);
            var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
            return new MentionsCsvWriter(new StreamWriter(stream, Text.Utf8, bufferSize: 1 << 16), ownsWriter: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GraphExportException($"cannot write mentions: {e.Message}", path, inner: e, kind: Citations.Core.CitationsErrorKind.Output);
        }
    }

    public int Rows { get; private set; }

    public void Write(MentionRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        // Text is quoted; numbers and booleans are bare, so a spreadsheet and pandas type them.
        (string? Value, bool Quoted)[] fields =
        [
            (row.StatementId, true), (row.Date, true), (row.Issuer, true), (row.StatementTitle, true),
            (row.Instrument, true), (row.InstrumentTitle, true), (Core.Graph.GraphSchema.KindName(row.Kind), false),
            (Text.Boolean(row.Catalogued), false), (string.Join("; ", row.Provisions), true), (row.Surface, true),
            (Text.Int(row.Start), false), (Text.Int(row.Length), false), (Text.Float(row.Confidence), false), (row.Context, true),
        ];
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) _writer.Write(',');
            if (fields[i].Quoted) Quoted(fields[i].Value);
            else _writer.Write(fields[i].Value);
        }

        _writer.Write("\r\n");
        Rows++;
    }

    public void Dispose()
    {
        if (_ownsWriter) _writer.Dispose();
        else _writer.Flush();
    }

    // An absent value is an empty unquoted field, which pandas reads as NaN and a spreadsheet as blank.
    private void Quoted(string? value)
    {
        if (value is null) return;
        _writer.Write('"');
        _writer.Write(Clean(value).Replace("\"", "\"\"", StringComparison.Ordinal));
        _writer.Write('"');
    }

    // NUL and lone surrogates are what spreadsheets and UTF-8 readers choke on: they are written as a visible
    // \uXXXX, as in GraphML, so two statement ids that differ only there stay two. Line breaks stay (quoted).
    private static string Clean(string value) => Text.XmlSafe(value);
}
