using System.Diagnostics;
using System.Globalization;

namespace Citations.Cli;

/// <summary>A line on stderr at most once a second while a long run goes on; silent for short runs.</summary>
internal sealed class ProgressReporter(TextWriter error, bool enabled)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _last = TimeSpan.Zero;
    private bool _shown;

    public void Report(int statements, long characters)
    {
        if (!enabled || _clock.Elapsed - _last < TimeSpan.FromSeconds(1)) return;
        _last = _clock.Elapsed;
        _shown = true;
        var megabytes = characters / 1_000_000.0;
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  … {statements:N0} statements, {megabytes:F1} MB of text, {megabytes / Math.Max(0.001, _clock.Elapsed.TotalSeconds):F1} MB/s"));
    }

    public void Finish(string what)
    {
        if (enabled && _shown) error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what} in {_clock.Elapsed.TotalSeconds:F1} s"));
    }
}
