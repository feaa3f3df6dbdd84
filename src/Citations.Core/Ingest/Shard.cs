using System.Globalization;
using System.Text;

namespace Citations.Core.Ingest;

/// <summary>
/// The K-th of N deterministic slices of a corpus, by statement id, so an archive can be processed on
/// several machines: every statement falls in exactly one shard, whatever the order or the machine.
/// </summary>
public readonly record struct Shard(int Index, int Count)
{
    public static readonly Shard All = new(1, 1);

    /// <summary>Parses "K/N" with 1 ≤ K ≤ N.</summary>
    public static bool TryParse(string? text, out Shard shard)
    {
        shard = All;
        var parts = text?.Split('/') ?? [];
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count < 1 || index < 1 || index > count)
        {
            return false;
        }

        shard = new Shard(index, count);
        return true;
    }

    public bool Contains(string statementId)
    {
        if (Count == 1) return true;
        // FNV-1a over the id's UTF-8 bytes: stable across runs, machines and .NET versions.
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(statementId))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return (int)(hash % (ulong)Count) == Index - 1;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
