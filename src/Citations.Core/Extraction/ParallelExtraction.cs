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
    /// <summary>
    /// About 256,000 characters (512 KB of text) per batch: a dozen typical statements. Small enough that
    /// the texts in flight die young (a batch of 8 MB outlived the first garbage collections, was promoted
    /// and cost a quarter more processor time in full collections), large enough that handing a batch over
    /// costs nothing next to extracting it.
    /// </summary>
    public const int DefaultBatchChars = 1 << 18;

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
        return Map(statements, extractor.Extract, degreeOfParallelism, batchChars);
    }

    /// <summary>
    /// <paramref name="work"/> applied to each statement on several cores, the results in input order
    /// (the pipeline without the extractor, so its own cost can be measured with work that does nothing).
    /// </summary>
    internal static IEnumerable<TResult> Map<TResult>(
        IEnumerable<Statement> statements, Func<Statement, TResult> work, int degreeOfParallelism = 0, int batchChars = DefaultBatchChars)
    {
        ArgumentNullException.ThrowIfNull(statements);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchChars, 1);
        var threads = degreeOfParallelism > 0 ? degreeOfParallelism : Environment.ProcessorCount;
        return threads == 1 ? Sequential(statements, work) : Pipelined(statements, work, threads, batchChars);
    }

    private static IEnumerable<TResult> Sequential<TResult>(IEnumerable<Statement> statements, Func<Statement, TResult> work)
    {
        foreach (var statement in statements) yield return work(statement);
    }

    private static IEnumerable<TResult> Pipelined<TResult>(IEnumerable<Statement> statements, Func<Statement, TResult> work, int threads, int batchChars)
    {
        var inFlight = new Queue<Batch<TResult>>(2);
        using var input = statements.GetEnumerator();
        var more = true;
        try
        {
            while (true)
            {
                // Read ahead while the workers are busy, never more than two batches.
                while (more && inFlight.Count < 2)
                {
                    var batch = Read<TResult>(input, batchChars, out more);
                    if (batch is null) break;
                    // The enumerating thread works on the oldest batch too, so one worker less per batch.
                    batch.Start(work, Math.Max(1, threads - 1));
                    inFlight.Enqueue(batch);
                }

                if (inFlight.Count == 0) yield break;
                var head = inFlight.Peek();
                head.Help(work);
                head.WaitUntilDone();
                inFlight.Dequeue();
                for (var k = 0; k < head.Results.Length; k++)
                {
                    var result = head.Results[k];
                    head.Results[k] = default!;
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

    private static Batch<TResult>? Read<TResult>(IEnumerator<Statement> input, int batchChars, out bool more)
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

        return statements.Count == 0 ? null : new Batch<TResult>([.. statements]);
    }

    /// <summary>Statements whose results are written to their own slots, claimed one at a time by whichever thread is free.</summary>
    private sealed class Batch<TResult>(Statement[] statements)
    {
        private readonly ManualResetEventSlim _done = new(false);
        private int _next = -1;
        private int _remaining = statements.Length;
        private ExceptionDispatchInfo? _failure;

        public TResult[] Results { get; } = new TResult[statements.Length];

        public void Start(Func<Statement, TResult> work, int workers)
        {
            for (var k = 0; k < Math.Min(workers, statements.Length); k++)
            {
                ThreadPool.UnsafeQueueUserWorkItem(static state => state.Batch.Help(state.Work), (Batch: this, Work: work), preferLocal: false);
            }
        }

        /// <summary>Extracts unclaimed statements until none is left.</summary>
        public void Help(Func<Statement, TResult> work)
        {
            while (true)
            {
                var k = Interlocked.Increment(ref _next);
                if (k >= statements.Length) return;
                try
                {
                    Results[k] = work(statements[k]);
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
