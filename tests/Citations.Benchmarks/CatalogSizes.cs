using Citations.Core;
using Citations.CorpusGenerator;
using Newtonsoft.Json.Linq;

namespace Citations.Benchmarks;

/// <summary>
/// The catalog at three sizes: the 130 instruments of commit b0639ee (a subset of today's entries,
/// Data/catalog-b0639ee-ids.txt), today's built-in catalog, and today's plus synthetic entries to ten
/// times its size (<see cref="SyntheticCatalog"/>).
/// </summary>
internal static class CatalogSizes
{
    /// <summary>Today's entries whose ids are listed in <paramref name="idsFile"/>, with the ambiguous names that still join two of them.</summary>
    public static InstrumentCatalog Subset(string idsFile)
    {
        var ids = File.ReadLines(idsFile).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
        var instruments = new JArray();
        var ambiguous = new JArray();
        var assembly = typeof(InstrumentCatalog).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith("Citations.Catalog.", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var root = JObject.Parse(reader.ReadToEnd());
            foreach (var record in ((JArray)root["instruments"]!).Cast<JObject>())
            {
                if (ids.Contains((string)record["id"]!)) instruments.Add(record);
            }

            foreach (var entry in (root["ambiguous"] as JArray ?? []).Cast<JObject>())
            {
                var kept = entry["instruments"]!.Values<string>().Where(i => i is not null && ids.Contains(i)).ToList();
                if (kept.Count < 2) continue;
                var copy = (JObject)entry.DeepClone();
                copy["instruments"] = new JArray(kept);
                ambiguous.Add(copy);
            }
        }

        var missing = ids.Except(instruments.Select(r => (string)r["id"]!)).ToList();
        if (missing.Count > 0) throw new InvalidOperationException($"{idsFile}: ids not in today's catalog: {string.Join(", ", missing)}");
        return InstrumentCatalog.FromJson(new JObject { ["instruments"] = instruments, ["ambiguous"] = ambiguous }.ToString(), idsFile);
    }

    public static string OldIdsFile => Path.Combine(AppContext.BaseDirectory, "Data", "catalog-b0639ee-ids.txt");

    /// <summary>Today's catalog plus synthetic instruments until it holds <paramref name="factor"/> times as many.</summary>
    public static InstrumentCatalog Scaled(int factor, int seed)
    {
        var real = InstrumentCatalog.BuiltIn;
        var file = Path.Combine(Path.GetTempPath(), $"citations-bench-{Environment.ProcessId}-synthetic.json");
        try
        {
            using (var writer = new StreamWriter(file))
            {
                new SyntheticCatalog(real, seed).Write(writer, (factor - 1) * real.Count);
            }

            return InstrumentCatalog.Load([file]);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
