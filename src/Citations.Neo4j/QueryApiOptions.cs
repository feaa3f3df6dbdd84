namespace Citations.Neo4j;

/// <summary>Timeouts and retries of <see cref="QueryApiClient"/>.</summary>
public sealed record QueryApiOptions
{
    public static readonly QueryApiOptions Default = new();

    /// <summary>How long one request may take, connection included; a request that takes longer fails
    /// with <see cref="Neo4jErrorKind.Timeout"/> and is not retried.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How many times a request is sent at most when transient errors answer it (1: never retried).</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The wait before the first retry; each further retry waits twice as long, up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>No retry starts later than this after the first attempt, whatever <see cref="MaxAttempts"/> allows.</summary>
    public TimeSpan MaxRetryTime { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The largest reply read (the loader's replies are counters, a few hundred bytes); a larger one fails
    /// with <see cref="Neo4jErrorKind.Protocol"/> instead of filling memory.</summary>
    public long MaxReplyBytes { get; init; } = 16 * 1024 * 1024;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxReplyBytes, 1, nameof(MaxReplyBytes));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(RequestTimeout, TimeSpan.Zero, nameof(RequestTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxAttempts, 1, nameof(MaxAttempts));
        ArgumentOutOfRangeException.ThrowIfLessThan(InitialBackoff, TimeSpan.Zero, nameof(InitialBackoff));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBackoff, InitialBackoff, nameof(MaxBackoff));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRetryTime, TimeSpan.Zero, nameof(MaxRetryTime));
    }

    /// <summary>The wait before retry number <paramref name="retry"/> (1 for the first), with ±20% jitter so that
    /// several loaders that failed together do not retry together.</summary>
    internal TimeSpan Backoff(int retry)
    {
        var exponential = InitialBackoff.TotalMilliseconds * Math.Pow(2, Math.Min(retry - 1, 30));
        var capped = Math.Min(exponential, MaxBackoff.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.8 + (0.4 * Random.Shared.NextDouble())));
    }
}
