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

    /// <summary>
    /// The records of every input in <paramref name="paths"/>, in order. A path is a file
    /// (format by extension; unknown extensions are read as plain text), a folder (its
    /// supported files, recursively, in ordinal order of their relative paths, hidden
    /// entries skipped), or "-" for standard input (JSON Lines when it starts with '{',
    /// otherwise plain text).
    /// </summary>
    /// <param name="stdin">Standard input as text; null reads the process's standard input as bytes.</param>
    public static IEnumerable<IngestRecord> Read(IEnumerable<string> paths, TextReader? stdin = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return ReadPaths(paths, stdin);
    }

    private static IEnumerable<IngestRecord> ReadPaths(IEnumerable<string> paths, TextReader? stdin)
    {
        foreach (var path in paths)
        {
            var records = path switch
            {
                "-" => Guard(StandardInputName, stdin is null ? ReadStandardInput(Console.OpenStandardInput()) : ReadStandardInput(stdin)),
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

            var records = entry is { Problem: { } problem, Format: null }
                ? [new RejectedInput(new SourceLocation(display, null), problem)]
                : ReadFile(Path.Combine(folder, entry.RelativePath), display, entry.Format!.Value);

            foreach (var record in records)
            {
                yield return record;
            }
        }
    }

    private static IEnumerable<IngestRecord> ReadFile(string path, string display, InputFormat format) =>
        Guard(display, ExtraInputs.Read(path, display) ?? format switch
        {
            InputFormat.JsonLines or InputFormat.Json => ReadJsonLinesFile(path, display, format == InputFormat.Json),
            InputFormat.Html => ReadWholeFile(path, display, isHtml: true),
            _ => ReadWholeFile(path, display, isHtml: false),
        });

    private static IEnumerable<IngestRecord> ReadWholeFile(string path, string display, bool isHtml)
    {
        byte[] content;
        using (var stream = Open(path))
        {
            content = ReadToEnd(stream, []);
        }

        yield return isHtml ? HtmlDocument(content, display) : TextDocument(content, display);
    }

    private static IEnumerable<IngestRecord> ReadJsonLinesFile(string path, string display, bool mustLookLikeJsonLines)
    {
        using var stream = Open(path);
        var head = ReadHead(stream, Utf8Input.BinaryProbeLength);
        if (Utf8Input.LooksBinary(head))
        {
            yield return Binary(display);
            yield break;
        }

        foreach (var record in JsonLines(Utf8Input.ReadLines(stream, head), display, mustLookLikeJsonLines))
        {
            yield return record;
        }
    }

    private static IEnumerable<IngestRecord> JsonLines(IEnumerable<InputLine> lines, string display, bool mustLookLikeJsonLines)
    {
        var sniffed = !mustLookLikeJsonLines;
        foreach (var line in lines)
        {
            var location = new SourceLocation(display, line.Number);
            if (line.Text is not { } text)
            {
                sniffed = true;
                yield return new RejectedInput(location, line.Error ?? "unreadable line");
                continue;
            }

            if (!sniffed && !string.IsNullOrWhiteSpace(text))
            {
                sniffed = true;
                if (!JsonLineParser.IsObjectLine(text))
                {
                    var what = text.TrimStart().StartsWith('[') ? "the file is a JSON array" : "the line is not a complete JSON object";
                    yield return new RejectedInput(location, $"not JSON Lines (one object per line): {what}");
                    yield break;
                }
            }

            if (JsonLineParser.Parse(text, location) is { } record)
            {
                yield return record;
            }
        }
    }

    /// <summary>Standard input as bytes, so invalid UTF-8 is reported rather than replaced.</summary>
    internal static IEnumerable<IngestRecord> ReadStandardInput(Stream input)
    {
        var buffered = new BufferedStream(input);
        var prefix = new List<byte>();
        int b;
        while ((b = buffered.ReadByte()) >= 0)
        {
            prefix.Add((byte)b);
            var inBom = prefix.Count <= 3 && prefix[0] == 0xEF && b is 0xEF or 0xBB or 0xBF;
            if (!inBom && b is not (' ' or '\t' or '\r' or '\n'))
            {
                break;
            }
        }

        if (b != '{')
        {
            yield return TextDocument(ReadToEnd(buffered, [.. prefix]), StandardInputName);
            yield break;
        }

        foreach (var record in JsonLines(Utf8Input.ReadLines(buffered, [.. prefix]), StandardInputName, mustLookLikeJsonLines: false))
        {
            yield return record;
        }
    }

    /// <summary>Standard input already decoded (as tests and embedding hosts give it).</summary>
    private static IEnumerable<IngestRecord> ReadStandardInput(TextReader input)
    {
        var prefix = new StringBuilder();
        int c;
        while ((c = input.Read()) >= 0)
        {
            prefix.Append((char)c);
            if (!char.IsWhiteSpace((char)c) && c != '\uFEFF')
            {
                break;
            }
        }

        if (c != '{')
        {
            var content = prefix.Append(input.ReadToEnd()).ToString();
            var probe = content.AsSpan(0, Math.Min(content.Length, Utf8Input.BinaryProbeLength));
            yield return probe.Contains('\0') ? Binary(StandardInputName) : PlainTextParser.Parse(content, StandardInputName);
            yield break;
        }

        // The whitespace before '{' may span lines; count them as ReadLine would.
        var number = 1;
        for (var i = 0; i < prefix.Length - 1; i++)
        {
            if (prefix[i] == '\n' || (prefix[i] == '\r' && prefix[i + 1] != '\n'))
            {
                number++;
            }
        }

        var line = "{" + input.ReadLine();
        while (true)
        {
            if (JsonLineParser.Parse(line, new SourceLocation(StandardInputName, number)) is { } record)
            {
                yield return record;
            }

            if (input.ReadLine() is not { } nextLine)
            {
                yield break;
            }

            line = nextLine;
            number++;
        }
    }

    private static IngestRecord TextDocument(byte[] content, string display)
    {
        if (Utf8Input.LooksBinary(content))
        {
            return Binary(display);
        }

        return Utf8Input.TryDecodeDocument(content, out var text, out var line, out var error)
            ? PlainTextParser.Parse(text, display)
            : new RejectedInput(new SourceLocation(display, line), error);
    }

    private static IngestRecord HtmlDocument(byte[] content, string display)
    {
        if (Utf8Input.LooksBinary(content))
        {
            return Binary(display);
        }

        // The page names its own encoding (BOM, <meta charset>); AngleSharp follows it.
        using var stream = new MemoryStream(content, writable: false);
        return HtmlTextParser.Parse(stream, display);
    }

    private static RejectedInput Binary(string display) =>
        new(new SourceLocation(display, null), "binary file (NUL bytes in the first 8 KB)");

    private static FileStream Open(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);

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

    private static byte[] ReadToEnd(Stream stream, byte[] prefix)
    {
        using var memory = new MemoryStream();
        memory.Write(prefix);
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>
    /// Runs a reader and turns an I/O failure (a file that vanished, permissions, a device
    /// error) into one rejection for that input instead of an exception that ends the run.
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

    /// <summary>A file found in a folder, or a folder that could not be listed.</summary>
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
                    entries.Add(new FolderEntry(childRelative, format, null));
                }
                else if (ExtraInputs.Handles(name))
                {
                    entries.Add(new FolderEntry(childRelative, InputFormat.PlainText, null));
                }
            }
        }
    }
}
