using System.Runtime.ExceptionServices;

namespace Citations.Core.Extraction;

/// <summary>
/// Extracts a stream of statements on several cores and gives the results back in input order.
/// Statements are read in batches of about <c>batchChars</c> characters on the thread that
/// enumerates the results (so the input is only ever touched by one thread), and at most two
/// batches are held at a time: one being worked on while the one before it is handed out. Memory
/// stays bounded by the batch size, however long the input.
/// </summary>
public static class ParallelExtraction
{
    /// <summary>About 4 million characters (8 MB of text) per batch: hundreds of typical statements.</summary>
    public const int DefaultBatchChars = 1 << 22;

    /// <summary>At most this many statements per batch, so that many tiny statements still stream.</summary>
    private const int MaxBatchStatements = 4096;

    /// <summary>
    /// The extraction result of each statement, in the order of <paramref name="statements"/>; the
    /// same results, in the same order, as calling <see cref="CitationExtractor.Extract(Statement)"/>
    /// on each in turn.
    /// </summary>
    /// <param name="degreeOfParallelism">Threads to use; 0 or less means one per core; 1 extracts on the calling thread alone.</param>
    /// <param name="batchChars">Characters of text per batch; a longer statement is a batch of its own.</param>
    public static IEnumerable<ExtractionResult> Extract(
        IEnumerable<Statement> statements, CitationExtractor extractor, int degreeOfParallelism = 0, int batchChars = DefaultBatchChars)
    {
        ArgumentNullException.ThrowIfNull(statements);
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchChars, 1);
        var threads = degreeOfParallelism > 0 ? degreeOfParallelism : Environment.ProcessorCount;
        return threads == 1 ? Sequential(statements, extractor) : Pipelined(statements, extractor, threads, batchChars);
    }

    private static IEnumerable<ExtractionResult> Sequential(IEnumerable<Statement> statements, CitationExtractor extractor)
    {
        foreach (var statement in statements) yield return extractor.Extract(statement);
    }

    private static IEnumerable<ExtractionResult> Pipelined(IEnumerable<Statement> statements, CitationExtractor extractor, int threads, int batchChars)
    {
        var inFlight = new Queue<Batch>(2);
        using var input = statements.GetEnumerator();
        var more = true;
        try
        {
            while (true)
            {
                // Read ahead while the workers are busy, never more than two batches.
                while (more && inFlight.Count < 2)
                {
                    var batch = Read(input, batchChars, out more);
                    if (batch is null) break;
                    // The enumerating thread works on the oldest batch too, so one worker less per batch.
                    batch.Start(extractor, Math.Max(1, threads - 1));
                    inFlight.Enqueue(batch);
                }

                if (inFlight.Count == 0) yield break;
                var head = inFlight.Peek();
                head.Help(extractor);
                head.WaitUntilDone();
                inFlight.Dequeue();
                for (var k = 0; k < head.Results.Length; k++)
                {
                    var result = head.Results[k];
                    head.Results[k] = null!;
                    yield return result;
                }
            }
        }
        finally
        {
            // An abandoned enumeration stops its workers after the statement each is on.
            foreach (var batch in inFlight) batch.Abandon();
        }
    }

    private static Batch? Read(IEnumerator<Statement> input, int batchChars, out bool more)
    {
        var statements = new List<Statement>();
        long chars = 0;
        more = true;
        while (chars < batchChars && statements.Count < MaxBatchStatements)
        {
            if (!input.MoveNext())
            {
                more = false;
                break;
            }

            statements.Add(input.Current);
            chars += input.Current.Text.Length;
        }

        return statements.Count == 0 ? null : new Batch([.. statements]);
    }

    /// <summary>Statements whose results are written to their own slots, claimed one at a time by whichever thread is free.</summary>
    private sealed class Batch(Statement[] statements)
    {
        private readonly ManualResetEventSlim _done = new(false);
        private int _next = -1;
        private int _remaining = statements.Length;
        private ExceptionDispatchInfo? _failure;

        public ExtractionResult[] Results { get; } = new ExtractionResult[statements.Length];

        public void Start(CitationExtractor extractor, int workers)
        {
            for (var k = 0; k < Math.Min(workers, statements.Length); k++)
            {
                ThreadPool.UnsafeQueueUserWorkItem(static state => state.Batch.Help(state.Extractor), (Batch: this, Extractor: extractor), preferLocal: false);
            }
        }

        /// <summary>Extracts unclaimed statements until none is left.</summary>
        public void Help(CitationExtractor extractor)
        {
            while (true)
            {
                var k = Interlocked.Increment(ref _next);
                if (k >= statements.Length) return;
                try
                {
                    Results[k] = extractor.Extract(statements[k]);
                }
                catch (Exception e)
                {
                    // Extraction does not throw on text; should it all the same, the enumerating thread rethrows it.
                    Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(e), null);
                }

                if (Interlocked.Decrement(ref _remaining) == 0) _done.Set();
            }
        }

        public void WaitUntilDone()
        {
            _done.Wait();
            _done.Dispose();
            _failure?.Throw();
        }

        public void Abandon() => Interlocked.Exchange(ref _next, statements.Length);
    }
}
