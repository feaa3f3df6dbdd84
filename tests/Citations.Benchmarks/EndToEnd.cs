using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Citations.Core;
using Citations.CorpusGenerator;

namespace Citations.Benchmarks;

/// <summary>
/// The built command end to end, as a user runs it, in child processes: <c>extract FILE --format
/// jsonl</c> to /dev/null and <c>build FILE --out DIR</c>, against <c>zcat FILE | wc -c</c> (<c>cat</c>
/// for an uncompressed file) reading the same file; each the median of several runs, the three
/// taking turns so that the machine's load falls on all of them alike. Beside the wall-clock seconds,
/// the processor seconds (user and system, every thread) of each child: on a machine shared with other
/// work they move far less than the wall clock, and they give what the wall clock would be on free cores.
/// </summary>
internal static class EndToEnd
{
    public readonly record struct Figures(
        double InputMb, double ReadSeconds, double ExtractSeconds, double BuildSeconds, double StartupSeconds,
        double ExtractCpuSeconds, double StartupCpuSeconds)
    {
        /// <summary>
        /// The wall-clock seconds of the extract run on <paramref name="cores"/> cores nobody else uses: its
        /// start-up (one statement's whole run, which is serial) and the rest of its processor time shared out
        /// over the cores. A bound the run reaches only when no stage waits on another.
        /// </summary>
        public double ExtractSecondsOnFreeCores(int cores) =>
            StartupCpuSeconds + (Math.Max(0, ExtractCpuSeconds - StartupCpuSeconds) / Math.Max(1, cores));
    }

    /// <summary>--cli PATH, or the Release build of src/Citations.Cli in the repository this benchmark was built from; null when it is not built.</summary>
    public static string? FindCli(Options options)
    {
        if (options.Get("--cli") is { } given) return File.Exists(given) ? given : null;
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "src", "Citations.Cli", "Citations.Cli.csproj")))
            {
                var cli = Path.Combine(folder.FullName, "src", "Citations.Cli", "bin", "Release", "net10.0", "citations.dll");
                return File.Exists(cli) ? cli : null;
            }
        }

        return null;
    }

    public static Figures? Run(string cli, string file, Statement first, int runs, string? threads)
    {
        var extra = threads is null ? [] : new[] { "--threads", threads };
        var folder = Path.Combine(Path.GetTempPath(), $"citations-bench-{Environment.ProcessId}-e2e");
        Directory.CreateDirectory(folder);
        try
        {
            var one = Path.Combine(folder, "one.jsonl");
            CorpusWriter.WriteJsonLines(one, [first], 1);
            string[] read = ["sh", "-c", (file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? "zcat" : "cat") + " \"$0\" | wc -c", file];
            string[] extract = ["dotnet", cli, "extract", file, "--format", "jsonl", .. extra];
            string[] startup = ["dotnet", cli, "extract", one, "--format", "jsonl"];
            var output = Path.Combine(folder, "out");
            string[] build = ["dotnet", cli, "build", file, "--out", output, "--quiet", .. extra];

            // The first read fills the page cache, so that every timed run reads the file from memory.
            var bytes = long.Parse(Time(read, toNull: false).Output.Trim(), CultureInfo.InvariantCulture);
            Time(startup, toNull: true);
            var times = new List<double>[6];
            for (var k = 0; k < times.Length; k++) times[k] = [];
            for (var run = 0; run < Math.Max(1, runs); run++)
            {
                times[0].Add(Time(read, toNull: false).Seconds);
                var extracted = Time(extract, toNull: true);
                times[1].Add(extracted.Seconds);
                times[4].Add(extracted.CpuSeconds);
                times[2].Add(Time(build, toNull: true).Seconds);
                Directory.Delete(output, recursive: true);
                var started = Time(startup, toNull: true);
                times[3].Add(started.Seconds);
                times[5].Add(started.CpuSeconds);
            }

            return new Figures(bytes / 1048576.0, Median(times[0]), Median(times[1]), Median(times[2]), Median(times[3]), Median(times[4]), Median(times[5]));
        }
        catch (ChildFailedException e)
        {
            Console.Error.WriteLine("end-to-end rows skipped: " + e.Message);
            return null;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// Runs a command to its end; its standard output goes to /dev/null or is returned. CpuSeconds is the
    /// user and system time of the command and everything it started (NaN where it cannot be read).
    /// </summary>
    internal static (double Seconds, string Output, double CpuSeconds) Time(string[] command, bool toNull)
    {
        var cpuBefore = ChildProcessorSeconds();
        var start = new ProcessStartInfo("sh") { RedirectStandardOutput = !toNull, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(toNull ? "exec \"$@\" > /dev/null" : "exec \"$@\"");
        start.ArgumentList.Add("sh");
        foreach (var argument in command) start.ArgumentList.Add(argument);
        var watch = Stopwatch.StartNew();
        using var child = Process.Start(start) ?? throw new ChildFailedException($"cannot start {command[0]}");
        // Only one stream is read at a time: the other is /dev/null or a few bytes (wc's count), so neither pipe fills.
        var output = toNull ? "" : child.StandardOutput.ReadToEnd();
        var error = child.StandardError.ReadToEnd();
        child.WaitForExit();
        var seconds = watch.Elapsed.TotalSeconds;
        var cpu = ChildProcessorSeconds() - cpuBefore;
        if (child.ExitCode != 0)
        {
            throw new ChildFailedException($"`{string.Join(' ', command)}` exited with {child.ExitCode}: {error.Trim().Split('\n')[^1]}");
        }

        return (seconds, output, cpu);
    }

    /// <summary>
    /// User and system seconds of every child process that has ended and been waited for (getrusage with
    /// RUSAGE_CHILDREN); a child's own children count once it has waited for them, as a shell does.
    /// </summary>
    private static double ChildProcessorSeconds()
    {
        if (!OperatingSystem.IsLinux()) return double.NaN;
        return GetResourceUsage(-1, out var usage) == 0
            ? usage.UserSeconds + (usage.UserMicroseconds / 1e6) + usage.SystemSeconds + (usage.SystemMicroseconds / 1e6)
            : double.NaN;
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetResourceUsage(int who, out ResourceUsage usage);

    /// <summary>struct rusage on 64-bit Linux: two timevals, then fourteen longs this benchmark does not read (144 bytes in all).</summary>
    [StructLayout(LayoutKind.Sequential, Size = 144)]
    private struct ResourceUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}

/// <summary>A child process of a benchmark failed; the rows it was for are skipped with this message.</summary>
internal sealed class ChildFailedException(string message) : Exception(message);
