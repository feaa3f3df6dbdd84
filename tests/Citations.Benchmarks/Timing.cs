using System.Diagnostics;

namespace Citations.Benchmarks;

/// <summary>
/// Timings on a shared, noisy machine: contenders measured in turn within each round (so that a
/// burst of load falls on all of them alike) and the median round kept for each; warm-ups long
/// enough for tiered compilation to have replaced the first, quick code.
/// </summary>
internal static class Timing
{
    /// <summary>The median wall-clock seconds of each action over <paramref name="repeat"/> rounds, the actions taking turns in each round.</summary>
    public static double[] Interleaved(int repeat, params Action[] actions) => InterleavedWithCpu(repeat, actions).Wall;

    /// <summary>
    /// Wall-clock seconds and the process's CPU seconds (every thread: the garbage collector's work
    /// counts, other processes' load does not), the median of each over the rounds. On a shared machine
    /// the CPU seconds of one-thread work move far less from run to run than its wall-clock seconds.
    /// </summary>
    public static (double[] Wall, double[] Cpu) InterleavedWithCpu(int repeat, params Action[] actions)
    {
        var wall = actions.Select(_ => new List<double>()).ToArray();
        var cpu = actions.Select(_ => new List<double>()).ToArray();
        using var self = Process.GetCurrentProcess();
        for (var round = 0; round < Math.Max(1, repeat); round++)
        {
            for (var k = 0; k < actions.Length; k++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                self.Refresh();
                var cpuStart = self.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                actions[k]();
                wall[k].Add(watch.Elapsed.TotalSeconds);
                self.Refresh();
                cpu[k].Add((self.TotalProcessorTime - cpuStart).TotalSeconds);
            }
        }

        return ([.. wall.Select(Median)], [.. cpu.Select(Median)]);
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    /// <summary>
    /// Runs each action at least <paramref name="rounds"/> times and for at least <paramref name="minimum"/>
    /// in all, then pauses so that the methods promoted by tiered compilation are compiled before timing.
    /// </summary>
    public static void WarmUp(TimeSpan minimum, int rounds, params Action[] actions)
    {
        var watch = Stopwatch.StartNew();
        for (var round = 0; round < rounds || watch.Elapsed < minimum; round++)
        {
            foreach (var action in actions) action();
        }

        Thread.Sleep(300);
    }
}

/// <summary>How busy the machine was: the one-minute load average (Linux), to read a run's figures by.</summary>
internal static class MachineLoad
{
    public static string Now()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "na";
        }
        catch (UnauthorizedAccessException)
        {
            return "na";
        }
    }
}
