using System.IO.Compression;
using System.Text;

namespace Citations.Core.Ingest;

/// <summary>
/// Inputs beyond the plain formats: gzip-compressed files (<c>statements.jsonl.gz</c>, <c>a.txt.gz</c>,
/// <c>b.csv.gz</c>) decompressed as they stream, CSV with a header row, and PDF and word-processor files,
/// which are rejected with the command that turns them into text.
/// </summary>
internal static class ExtraInputs
{
    private enum Kind { Gzip, Csv, Pdf, WordProcessor }

    /// <summary>Whether a file name is one of these (a folder reads such files too).</summary>
    public static bool Handles(string name) => KindOf(name) is not null;

    /// <summary>The records of the file, or null when it is not one of these formats.</summary>
    public static IEnumerable<IngestRecord>? Read(string path, string display) => (KindOf(path) ?? Sniff(path)) switch
    {
        Kind.Gzip => ReadGzip(path, display),
        Kind.Csv => ReadCsv(() => Open(path), display),
        Kind.Pdf => [new RejectedInput(new SourceLocation(display, null),
            $"a PDF file: convert it to text first, e.g. pdftotext -layout '{display}' '{Path.ChangeExtension(display, ".txt")}'")],
        Kind.WordProcessor => [new RejectedInput(new SourceLocation(display, null),
            $"a word-processor file: convert it to text first, e.g. pandoc '{display}' -t plain -o '{Path.ChangeExtension(display, ".txt")}'")],
        _ => null,
    };

    private static Kind? KindOf(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".gz" => Kind.Gzip,
        ".csv" => Kind.Csv,
        ".pdf" => Kind.Pdf,
        ".doc" or ".docx" or ".odt" or ".rtf" or ".pages" => Kind.WordProcessor,
        _ => null,
    };

    /// <summary>
    /// A file without a known extension (read as plain text otherwise) that starts like a PDF, a Word
    /// document or a gzip archive is taken for one, so it gets the hint rather than "binary".
    /// </summary>
    private static Kind? Sniff(string path)
    {
        // A FIFO or device named on the command line is read once, by the plain reader: peeking would consume it.
        if (InputFormats.FromPath(path) is not null || !FileKind.IsRegularFile(path)) return null;
        Span<byte> head = stackalloc byte[8];
        int read;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // the plain-text reader reports it
        }

        head = head[..read];
        if (head.StartsWith("%PDF-"u8)) return Kind.Pdf;
        if (head.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 })) return Kind.WordProcessor;
        return null;
    }

    private static IEnumerable<IngestRecord> ReadGzip(string path, string display)
    {
        var inner = path[..^3];
        Stream OpenDecompressed() => new CheckedGzipStream(Open(path));
        var records = KindOf(inner) switch
        {
            Kind.Csv => ReadCsv(OpenDecompressed, display),
            Kind.Gzip or Kind.Pdf or Kind.WordProcessor => [new RejectedInput(new SourceLocation(display, null),
                $"a compressed {Path.GetExtension(inner).TrimStart('.').ToUpperInvariant()} file: decompress and convert it to text first")],
            _ => ReadDecompressed(OpenDecompressed, display, InputFormats.FromPath(inner) ?? InputFormat.PlainText),
        };
        return Guard(display, records);
    }

    /// <summary>
    /// The decompressed bytes read as a file of that format would be: the same binary check, UTF-16
    /// handling and size limit per statement or line (so a small archive cannot expand into memory).
    /// </summary>
    private static IEnumerable<IngestRecord> ReadDecompressed(Func<Stream> open, string display, InputFormat format)
    {
        using var stream = open();
        foreach (var record in StatementReader.ReadStream(stream, display, format)) yield return record;
    }

    private static IEnumerable<IngestRecord> ReadCsv(Func<Stream> open, string display) => Guard(display, ReadCsvRows(open, display));

    private static IEnumerable<IngestRecord> ReadCsvRows(Func<Stream> open, string display)
    {
        using var reader = new StreamReader(open(), new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        foreach (var record in CsvStatementParser.Parse(reader, display)) yield return record;
    }

    private static FileStream Open(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);

    /// <summary>A corrupt archive or invalid UTF-8 met part way ends this input with one rejection; the run goes on.</summary>
    private static IEnumerable<IngestRecord> Guard(string display, IEnumerable<IngestRecord> records)
    {
        using var enumerator = records.GetEnumerator();
        while (true)
        {
            string? failure = null;
            var hasNext = false;
            try
            {
                hasNext = enumerator.MoveNext();
            }
            catch (InvalidDataException e)
            {
                failure = "not a valid gzip file: " + e.Message.ReplaceLineEndings(" ").Trim();
            }
            catch (DecoderFallbackException)
            {
                failure = "invalid UTF-8 in the CSV file (save it as CSV UTF-8)";
            }

            if (failure is not null)
            {
                yield return new RejectedInput(new SourceLocation(display, null), failure);
                yield break;
            }

            if (!hasNext) yield break;
            yield return enumerator.Current;
        }
    }

    /// <summary>
    /// Decompresses and, at the end, compares the length read with the one the gzip trailer records, so a
    /// file cut short (an interrupted download) is reported instead of read as a shorter corpus. A file of
    /// several gzip members (concatenated archives) keeps only the last length there and is reported too.
    /// </summary>
    private sealed class CheckedGzipStream(FileStream file) : Stream
    {
        private readonly uint? _expected = Trailer(file);
        private readonly GZipStream _gzip = new(file, CompressionMode.Decompress);
        private long _read;

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = _gzip.Read(buffer);
            _read += n;
            if (n == 0 && buffer.Length > 0 && _expected != (uint)_read)
            {
                throw new InvalidDataException("the file ends early or is damaged (its length does not match the gzip trailer)");
            }

            return n;
        }

        private static uint? Trailer(FileStream file)
        {
            if (file.Length < 18) return null;
            Span<byte> last = stackalloc byte[4];
            file.Seek(-4, SeekOrigin.End);
            file.ReadExactly(last);
            file.Seek(0, SeekOrigin.Begin);
            return System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(last);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _gzip.Dispose();
            base.Dispose(disposing);
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
