using System.Text;

namespace Citations.Core.Ingest;

/// <summary>
/// Reads statements from files, folders and standard input, one record at a time.
/// Nothing is read before it is asked for and a JSON Lines file is never held in memory
/// whole, so a corpus of any size streams. Bad input comes back as <see cref="RejectedInput"/>
/// with its file and line, and reading goes on; only a null argument throws.
/// </summary>
public static class StatementReader
{
    /// <summary>The file name given to records read from standard input.</summary>
    public const string StandardInputName = "<stdin>";

    /// <summary>The most one document (a text, Markdown or HTML file) or one JSON line may hold: 64 MiB.</summary>
    public const int MaxRecordBytes = 64 * 1024 * 1024;

    /// <summary>
    /// The records of every input in <paramref name="paths"/>, in order. A path is a file
    /// (format by extension, gzip and CSV included, see <see cref="ExtraInputs"/>; unknown
    /// extensions are read as plain text), a folder (its
    /// supported files, recursively, in ordinal order of their relative paths, hidden
    /// entries and non-regular files such as FIFOs skipped with a notice), or "-" for standard
    /// input (JSON Lines when it starts with '{', otherwise plain text).
    /// </summary>
    /// <param name="stdin">Standard input as text; null reads the process's standard input as bytes.</param>
    public static IEnumerable<IngestRecord> Read(IEnumerable<string> paths, TextReader? stdin = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return ReadPaths(paths, () => stdin is null ? Console.OpenStandardInput() : new TextReaderStream(stdin));
    }

    /// <summary>As <see cref="Read(IEnumerable{string}, TextReader?)"/>, with standard input as bytes, decoded as strictly as a file.</summary>
    public static IEnumerable<IngestRecord> Read(IEnumerable<string> paths, Stream stdin)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(stdin);
        return ReadPaths(paths, () => stdin);
    }

    private static IEnumerable<IngestRecord> ReadPaths(IEnumerable<string> paths, Func<Stream> stdin)
    {
        foreach (var path in paths)
        {
            var records = path switch
            {
                "-" => Guard(StandardInputName, ReadStream(stdin(), StandardInputName, format: null)),
                _ when Directory.Exists(path) => ReadFolder(path),
                _ when File.Exists(path) => ReadFile(path, path, InputFormats.FromPath(path) ?? InputFormat.PlainText),
                _ => [new RejectedInput(new SourceLocation(path ?? string.Empty, null), "no such file or directory")],
            };

            foreach (var record in records)
            {
                yield return record;
            }
        }
    }

    private static IEnumerable<IngestRecord> ReadFolder(string folder)
    {
        var entries = new List<FolderEntry>();
        FolderEntry.Collect(folder, string.Empty, entries);
        entries.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));

        foreach (var entry in entries)
        {
            var display = entry.RelativePath.Length == 0 ? folder
                : folder.EndsWith('/') || folder.EndsWith(Path.DirectorySeparatorChar) ? folder + entry.RelativePath
                : folder + "/" + entry.RelativePath;

            var records = entry switch
            {
                { Problem: { } problem, Format: null } => [new RejectedInput(new SourceLocation(display, null), problem)],
                { Problem: { } notice } => [new SkippedInput(new SourceLocation(display, null), notice)],
                _ => ReadFile(Path.Combine(folder, entry.RelativePath), display, entry.Format!.Value),
            };

            foreach (var record in records)
            {
                yield return record;
            }
        }
    }

    private static IEnumerable<IngestRecord> ReadFile(string path, string display, InputFormat format) =>
        Guard(display, ExtraInputs.Read(path, display) ?? ReadOpenedFile(path, display, format));

    private static IEnumerable<IngestRecord> ReadOpenedFile(string path, string display, InputFormat format)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        foreach (var record in ReadStream(stream, display, format))
        {
            yield return record;
        }
    }

    /// <summary>
    /// One input as bytes: UTF-16 with a byte-order mark is transcoded to UTF-8, then the first
    /// 8 KB decide binary or not (and, for standard input, the format) before the rest is read.
    /// </summary>
    /// <param name="format">The format, or null to sniff it (JSON Lines when the first character is '{').</param>
    internal static IEnumerable<IngestRecord> ReadStream(Stream raw, string display, InputFormat? format)
    {
        var stream = raw;
        var head = ReadHead(stream, Utf8Input.BinaryProbeLength);
        if (Utf8Input.Utf16Encoding(head) is { } utf16)
        {
            // Windows Notepad's "Unicode": decoded strictly, so an unpaired surrogate is reported, not replaced.
            stream = Encoding.CreateTranscodingStream(new PrefixedStream(head[2..], raw), utf16, Encoding.UTF8, leaveOpen: true);
            head = ReadHead(stream, Utf8Input.BinaryProbeLength);
        }

        format ??= Utf8Input.FirstNonSpace(head) == '{' ? InputFormat.JsonLines : InputFormat.PlainText;
        if (format is InputFormat.JsonLines or InputFormat.Json)
        {
            foreach (var record in JsonLines(Utf8Input.ReadLines(stream, head, MaxRecordBytes), display, format == InputFormat.Json, Utf8Input.MostlyBinary(head)))
            {
                yield return record;
            }

            yield break;
        }

        if (Utf8Input.LooksBinary(head))
        {
            yield return Binary(display);
            yield break;
        }

        if (ReadToEnd(stream, head, MaxRecordBytes) is not { } content)
        {
            yield return new RejectedInput(new SourceLocation(display, null), $"larger than {MaxRecordBytes / (1024 * 1024)} MB, the most one statement may be");
            yield break;
        }

        yield return format == InputFormat.Html ? HtmlDocument(content, display) : TextDocument(content, display);
    }

    private static IEnumerable<IngestRecord> JsonLines(IEnumerable<RawLine> lines, string display, bool mustLookLikeJsonLines, bool headLooksBinary)
    {
        var sniffed = false;
        var any = false;
        foreach (var raw in lines)
        {
            var location = new SourceLocation(display, raw.Number);
            // A well-formed record is read from its bytes; anything out of the ordinary takes the path below,
            // which gives every rejection its wording.
            if (raw.Error is null && JsonLineParser.ParseWellFormed(raw.Bytes.Span, location) is { } statement)
            {
                sniffed = any = true;
                yield return statement;
                continue;
            }

            var line = raw.Decode();
            if (line.Text is not { } text)
            {
                sniffed = any = true;
                yield return new RejectedInput(location, line.Error ?? "unreadable line");
                continue;
            }

            if (!sniffed && !string.IsNullOrWhiteSpace(text))
            {
                sniffed = any = true;
                // Many NUL bytes where the file starts: a binary file (or UTF-16 without a byte-order mark),
                // not JSON Lines with one bad line.
                if (headLooksBinary && text.Contains('\0'))
                {
                    yield return Binary(display);
                    yield break;
                }

                if (!JsonLineParser.IsObjectLine(text))
                {
                    if (mustLookLikeJsonLines)
                    {
                        var what = text.TrimStart().StartsWith('[') ? "the file is a JSON array" : "the line is not a complete JSON object";
                        yield return new RejectedInput(location, $"not JSON Lines (one object per line): {what}");
                        yield break;
                    }
                }
            }

            any |= !string.IsNullOrWhiteSpace(text);
            if (text.Contains('\0'))
            {
                yield return new RejectedInput(location, "NUL byte in the line (binary data)");
                continue;
            }

            if (JsonLineParser.Parse(text, location) is { } record)
            {
                yield return record;
            }
        }

        // An empty graph.json or statements.jsonl is what an interrupted run leaves: say so.
        if (!any)
        {
            yield return new RejectedInput(new SourceLocation(display, null), "empty file (no JSON line in it)");
        }
    }

    /// <summary>Standard input as bytes, so invalid UTF-8 is reported rather than replaced.</summary>
    internal static IEnumerable<IngestRecord> ReadStandardInput(Stream input) =>
        Guard(StandardInputName, ReadStream(input, StandardInputName, format: null));

    private static IngestRecord TextDocument(byte[] content, string display) =>
        Utf8Input.TryDecodeDocument(content, out var text, out var line, out var error)
            ? PlainTextParser.Parse(text, display)
            : new RejectedInput(new SourceLocation(display, line), error);

    private static IngestRecord HtmlDocument(byte[] content, string display)
    {
        // The page names its own encoding (BOM, <meta charset>); AngleSharp follows it.
        using var stream = new MemoryStream(content, writable: false);
        return HtmlTextParser.Parse(stream, display);
    }

    private static RejectedInput Binary(string display) =>
        new(new SourceLocation(display, null), "binary file (NUL bytes in the first 8 KB)");

    /// <summary>Up to <paramref name="length"/> bytes from the start of a stream that may not seek (a pipe).</summary>
    private static byte[] ReadHead(Stream stream, int length)
    {
        var head = new byte[length];
        var filled = 0;
        int read;
        while (filled < length && (read = stream.Read(head, filled, length - filled)) > 0)
        {
            filled += read;
        }

        return filled == length ? head : head[..filled];
    }

    /// <summary>The prefix and the rest of the stream, or null when together they exceed <paramref name="limit"/> bytes.</summary>
    private static byte[]? ReadToEnd(Stream stream, byte[] prefix, int limit)
    {
        using var memory = new MemoryStream();
        memory.Write(prefix);
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (memory.Length + read > limit)
            {
                return null;
            }

            memory.Write(buffer, 0, read);
        }

        return memory.ToArray();
    }

    /// <summary>
    /// Runs a reader and turns a failure (a file that vanished, permissions, a device error,
    /// anything a parser throws) into one rejection for that input instead of an exception that
    /// ends the run.
    /// </summary>
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
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                failure = "no such file or directory";
            }
            catch (UnauthorizedAccessException)
            {
                failure = "permission denied";
            }
            catch (IOException e)
            {
                failure = "cannot read: " + e.Message.ReplaceLineEndings(" ").Trim();
            }
            catch (DecoderFallbackException)
            {
                failure = "invalid UTF-16 (an unpaired surrogate)";
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Whatever a parser throws on one input ends that input, never the run.
                failure = "cannot read: " + e.GetType().Name + ": " + e.Message.ReplaceLineEndings(" ").Trim();
            }

            if (failure is not null)
            {
                yield return new RejectedInput(new SourceLocation(display, null), failure);
                yield break;
            }

            if (!hasNext)
            {
                yield break;
            }

            yield return enumerator.Current;
        }
    }

    /// <summary>A file found in a folder, a file skipped (format and notice), or a folder that could not be listed (notice only).</summary>
    private sealed record FolderEntry(string RelativePath, InputFormat? Format, string? Problem)
    {
        // Symbolic links to folders are not followed (as find and grep -r do), which also rules out cycles.
        public static void Collect(string directory, string relative, List<FolderEntry> entries)
        {
            string[] children;
            try
            {
                children = Directory.GetFileSystemEntries(directory);
            }
            catch (UnauthorizedAccessException)
            {
                entries.Add(new FolderEntry(relative, null, "permission denied"));
                return;
            }
            catch (IOException e)
            {
                entries.Add(new FolderEntry(relative, null, "cannot list folder: " + e.Message.ReplaceLineEndings(" ").Trim()));
                return;
            }

            foreach (var child in children)
            {
                var name = Path.GetFileName(child);
                if (name.StartsWith('.'))
                {
                    continue;
                }

                var childRelative = relative.Length == 0 ? name : relative + "/" + name;
                if (Directory.Exists(child))
                {
                    if (new DirectoryInfo(child).LinkTarget is null)
                    {
                        Collect(child, childRelative, entries);
                    }
                }
                else if (InputFormats.FromPath(name) is { } format)
                {
                    // A FIFO or device would block the run or never end; named on the command line it is read.
                    entries.Add(FileKind.IsRegularFile(child)
                        ? new FolderEntry(childRelative, format, null)
                        : new FolderEntry(childRelative, format, "skipped: not a regular file (a FIFO, socket or device)"));
                }
                else if (ExtraInputs.Handles(name))
                {
                    entries.Add(FileKind.IsRegularFile(child)
                        ? new FolderEntry(childRelative, InputFormat.PlainText, null)
                        : new FolderEntry(childRelative, InputFormat.PlainText, "skipped: not a regular file (a FIFO, socket or device)"));
                }
            }
        }
    }
}
