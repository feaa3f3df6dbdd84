using Citations.Core;

namespace Citations.Cli;

/// <summary>
/// Outputs written beside their final place under temporary names and moved into place only when every one
/// of them was written, so a failed or interrupted run leaves the previous outputs as they were.
/// </summary>
internal static class OutputFiles
{
    /// <param name="outputs">Each final path (a file or a folder) and how to write it to a path given.</param>
    public static void WriteAll(IEnumerable<(string Path, Action<string> Write)> outputs)
    {
        var written = new List<(string Temporary, string Final)>();
        try
        {
            foreach (var (path, write) in outputs)
            {
                var full = Path.GetFullPath(path);
                var folder = Path.GetDirectoryName(full)!;
                try
                {
                    Directory.CreateDirectory(folder);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new CitationsException($"cannot create the output folder: {e.Message}", folder, inner: e, kind: CitationsErrorKind.Output);
                }

                var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
                written.Add((temporary, full));
                write(temporary);
            }

            MoveIntoPlace(written);
            written.Clear();
        }
        finally
        {
            foreach (var (temporary, _) in written) Delete(temporary);
        }
    }

    /// <summary>
    /// Every new output replaces its old one, or none does: what is there steps aside first, and is put back
    /// when a move fails. Something of another kind in an output's place (a folder named graph.dot) is the
    /// user's, never moved: the run stops before anything changes.
    /// </summary>
    private static void MoveIntoPlace(List<(string Temporary, string Final)> written)
    {
        foreach (var (temporary, final) in written)
        {
            var isFolder = Directory.Exists(temporary);
            if (isFolder ? File.Exists(final) : Directory.Exists(final))
            {
                throw new CitationsException($"cannot replace it with the new output: it is a {(isFolder ? "file" : "folder")}", final, kind: CitationsErrorKind.Output);
            }
        }

        var asides = new List<(string Final, string Aside)>();
        var placed = new List<string>();
        try
        {
            foreach (var (temporary, final) in written)
            {
                if (File.Exists(final) || Directory.Exists(final))
                {
                    var aside = temporary + ".old";
                    Move(final, aside);
                    asides.Add((final, aside));
                }

                Move(temporary, final);
                placed.Add(final);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            foreach (var final in placed) Delete(final);
            foreach (var (final, aside) in asides) Move(aside, final);
            throw new CitationsException($"cannot move the new outputs into place; the earlier ones are as they were: {e.Message}", Path.GetDirectoryName(written[0].Final), inner: e, kind: CitationsErrorKind.Output);
        }

        foreach (var (_, aside) in asides) Delete(aside);
    }

    private static void Move(string from, string to)
    {
        if (Directory.Exists(from)) Directory.Move(from, to);
        else File.Move(from, to);
    }

    internal static void Delete(string path)
    {
        try
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
            else if (File.Exists(path)) File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary file is harmless; the error that brought us here matters more.
        }
    }
}
