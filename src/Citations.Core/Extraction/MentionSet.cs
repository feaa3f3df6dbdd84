namespace Citations.Core.Extraction;

/// <summary>
/// A statement's mentions in text order — by start, and the longer first where two start together —
/// kept in that order as passes add, replace and remove them, so that no pass has to sort and every
/// pass sees the same order. Mentions with the same span keep the order they were added in.
/// </summary>
internal sealed class MentionSet : IReadOnlyList<Mention>
{
    private readonly List<Mention> _mentions = [];
    private readonly StepCounter _steps;
    /// <summary>The longest span ever held: no mention starting further back than this can reach a position.</summary>
    private int _longest;

    public MentionSet(StepCounter steps) => _steps = steps;

    public int Count => _mentions.Count;

    public Mention this[int index] => _mentions[index];

    public IEnumerator<Mention> GetEnumerator() => _mentions.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Adds a mention after every mention that sorts before it or with it.</summary>
    public void Add(Mention mention)
    {
        _mentions.Insert(UpperBound(mention), mention);
        _longest = Math.Max(_longest, mention.Length);
    }

    /// <summary>
    /// Adds each mention of <paramref name="more"/>, in its order, that shares no character with a
    /// mention already held or with one added before it.
    /// </summary>
    public void AddWithoutOverlap(IReadOnlyList<Mention> more)
    {
        if (more.Count == 0) return;
        var accepted = new List<Mention>();
        var acceptedIndex = new MentionIndex(accepted);
        foreach (var mention in more)
        {
            _steps.Add();
            if (!Overlaps(mention.Start, mention.End) && !acceptedIndex.Overlaps(mention.Start, mention.End)) acceptedIndex.Add(mention);
        }

        AddRange(accepted);
    }

    /// <summary>Adds mentions in any order: sorted (stably) and merged in, one pass over the set.</summary>
    public void AddRange(IEnumerable<Mention> more)
    {
        // Passes mostly hand over mentions already in text order; a stable sort leaves those as they are, so it is skipped.
        var added = more as List<Mention> ?? [.. more];
        if (added.Count == 0) return;
        if (!InOrder(added)) added = [.. added.OrderBy(m => m, Comparer<Mention>.Create(ByPosition))];
        foreach (var mention in added) _longest = Math.Max(_longest, mention.Length);
        _steps.Add(added.Count);
        // Mentions that all sort after the held ones (the catalog pass's into an empty set, pinpoints at the end) are appended.
        if (_mentions.Count == 0 || ByPosition(_mentions[^1], added[0]) <= 0)
        {
            _mentions.AddRange(added);
            return;
        }

        var merged = new List<Mention>(_mentions.Count + added.Count);
        var i = 0;
        var j = 0;
        while (i < _mentions.Count || j < added.Count)
        {
            _steps.Add();
            // Held mentions go first among equals, as Add would place them.
            if (j == added.Count || (i < _mentions.Count && ByPosition(_mentions[i], added[j]) <= 0)) merged.Add(_mentions[i++]);
            else merged.Add(added[j++]);
        }

        _mentions.Clear();
        _mentions.AddRange(merged);
    }

    private static bool InOrder(List<Mention> mentions)
    {
        for (var k = 1; k < mentions.Count; k++)
        {
            if (ByPosition(mentions[k - 1], mentions[k]) > 0) return false;
        }

        return true;
    }

    /// <summary>Puts <paramref name="mentions"/> in place of everything held.</summary>
    public void ReplaceAll(IEnumerable<Mention> mentions)
    {
        _mentions.Clear();
        AddRange(mentions);
    }

    /// <summary>Removes every mention that shares a character with [start, end).</summary>
    public void RemoveOverlapping(int start, int end) => RemoveOverlapping(start, end, _ => true);

    /// <summary>Removes every mention that shares a character with [start, end) and satisfies <paramref name="match"/>.</summary>
    public void RemoveOverlapping(int start, int end, Func<Mention, bool> match)
    {
        var hi = FirstStartingAtOrAfter(end);
        var lo = hi;
        while (lo > 0 && _mentions[lo - 1].Start > start - _longest - 1)
        {
            lo--;
            _steps.Add();
        }

        for (var k = hi - 1; k >= lo; k--)
        {
            if (_mentions[k].End > start && match(_mentions[k])) _mentions.RemoveAt(k);
        }
    }

    /// <summary>Removes every mention the predicate holds for, one pass over the set.</summary>
    public int RemoveAll(Predicate<Mention> match)
    {
        _steps.Add(_mentions.Count);
        return _mentions.RemoveAll(match);
    }

    /// <summary>Whether a mention shares a character with [start, end), as <c>m.Start &lt; end &amp;&amp; start &lt; m.End</c>.</summary>
    public bool Overlaps(int start, int end) => FirstOverlapping(start, end, _ => true) is not null;

    /// <summary>The first mention, in text order, that shares a character with [start, end) and satisfies <paramref name="match"/>.</summary>
    public Mention? FirstOverlapping(int start, int end, Func<Mention, bool> match)
    {
        // Mentions starting before end; of those, only the ones starting within the longest span of start can reach it.
        var hi = FirstStartingAtOrAfter(end);
        var lo = hi;
        while (lo > 0 && _mentions[lo - 1].Start > start - _longest - 1)
        {
            lo--;
            _steps.Add();
        }

        for (var k = lo; k < hi; k++)
        {
            if (_mentions[k].End > start && match(_mentions[k])) return _mentions[k];
        }

        return null;
    }

    /// <summary>The index of the first mention starting at or after <paramref name="position"/> (Count if none).</summary>
    public int FirstStartingAtOrAfter(int position)
    {
        int lo = 0, hi = _mentions.Count;
        while (lo < hi)
        {
            _steps.Add();
            var mid = lo + ((hi - lo) >> 1);
            if (_mentions[mid].Start < position) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }

    /// <summary>The order of the set: by start, the longer span first.</summary>
    public static int ByPosition(Mention a, Mention b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End);

    private int UpperBound(Mention mention)
    {
        int lo = 0, hi = _mentions.Count;
        while (lo < hi)
        {
            _steps.Add();
            var mid = lo + ((hi - lo) >> 1);
            if (ByPosition(_mentions[mid], mention) <= 0) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }
}
