namespace Citations.Core.Extraction;

/// <summary>
/// A list of mentions that answers "does anything overlap this span", "the last one ending before
/// here" and "the first one starting after here" the way a scan of the list in its order would,
/// without the scan. The list is cut into runs in which neither starts nor ends ever decrease;
/// within a run each question is a binary search. A statement's mentions are sorted by position and
/// do not overlap, so they form one run, and what is appended in text order (pinpoints, short forms)
/// one more: a statement with hundreds of mentions costs a few searches per question, not hundreds
/// of comparisons.
/// </summary>
internal sealed class MentionIndex
{
    private readonly List<Mention> _mentions;
    /// <summary>Where each run begins in <see cref="_mentions"/>; a run ends where the next begins.</summary>
    private readonly List<int> _runs = [];

    /// <summary>Indexes <paramref name="mentions"/> as it stands; add to it only through <see cref="Add"/> from now on.</summary>
    public MentionIndex(List<Mention> mentions)
    {
        _mentions = mentions;
        for (var k = 0; k < mentions.Count; k++) Extend(k);
    }

    public void Add(Mention mention)
    {
        _mentions.Add(mention);
        Extend(_mentions.Count - 1);
    }

    /// <summary>Whether a mention shares a character with [start, end), as <c>m.Start &lt; end &amp;&amp; start &lt; m.End</c>.</summary>
    public bool Overlaps(int start, int end)
    {
        for (var r = 0; r < _runs.Count; r++)
        {
            var (lo, hi) = Run(r);
            // Ends never decrease in a run, so of the mentions starting before end, the last ends furthest.
            var k = FirstStartingAtOrAfter(lo, hi, end) - 1;
            if (k >= lo && _mentions[k].End > start) return true;
        }

        return false;
    }

    /// <summary>The last mention in list order with <c>End &lt;= position</c> and <c>End &gt; after</c>.</summary>
    public Mention? LastEndingBy(int position, int after = int.MinValue)
    {
        for (var r = _runs.Count - 1; r >= 0; r--)
        {
            var (lo, hi) = Run(r);
            var k = FirstEndingAfter(lo, hi, position) - 1;
            if (k >= lo && _mentions[k].End > after) return _mentions[k];
        }

        return null;
    }

    /// <summary>The first mention in list order with <c>Start &gt;= position</c> and <c>Start &lt;= until</c>.</summary>
    public Mention? FirstStartingFrom(int position, int until = int.MaxValue)
    {
        for (var r = 0; r < _runs.Count; r++)
        {
            var (lo, hi) = Run(r);
            var k = FirstStartingAtOrAfter(lo, hi, position);
            if (k < hi && _mentions[k].Start <= until) return _mentions[k];
        }

        return null;
    }

    private void Extend(int k)
    {
        var joins = k > 0 && _runs.Count > 0
                    && _mentions[k].Start >= _mentions[k - 1].Start && _mentions[k].End >= _mentions[k - 1].End;
        if (!joins) _runs.Add(k);
    }

    private (int Lo, int Hi) Run(int r) => (_runs[r], r + 1 < _runs.Count ? _runs[r + 1] : _mentions.Count);

    /// <summary>The index of the first mention in [lo, hi) starting at or after <paramref name="position"/>.</summary>
    private int FirstStartingAtOrAfter(int lo, int hi, int position)
    {
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (_mentions[mid].Start < position) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }

    /// <summary>The index of the first mention in [lo, hi) ending after <paramref name="position"/>.</summary>
    private int FirstEndingAfter(int lo, int hi, int position)
    {
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (_mentions[mid].End <= position) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }
}
