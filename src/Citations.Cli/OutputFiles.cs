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

            foreach (var (temporary, final) in written) MoveIntoPlace(temporary, final);
            written.Clear();
        }
        finally
        {
            foreach (var (temporary, _) in written) Delete(temporary);
        }
    }

    private static void MoveIntoPlace(string temporary, string final)
    {
        try
        {
            if (Directory.Exists(temporary))
            {
                // A folder cannot replace another in one step: the old one steps aside first, and goes once the new one is in.
                var old = temporary + ".old";
                if (Directory.Exists(final)) Directory.Move(final, old);
                else if (File.Exists(final)) File.Move(final, old);
                Directory.Move(temporary, final);
                Delete(old);
            }
            else
            {
                if (Directory.Exists(final)) throw new IOException($"{final} is a folder");
                File.Move(temporary, final, overwrite: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CitationsException($"cannot move the new output into place: {e.Message}", final, inner: e, kind: CitationsErrorKind.Output);
        }
    }

    private static void Delete(string path)
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
