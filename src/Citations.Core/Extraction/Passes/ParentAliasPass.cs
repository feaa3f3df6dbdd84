namespace Citations.Core.Extraction.Passes;

/// <summary>
/// "Additional Protocol I of the Treaty for the Prohibition of Nuclear Weapons in Latin America (Treaty of
/// Tlatelolco)": the bracketed name after a protocol's title explains the parent named inside that title,
/// so, like the parent's name there, it does not cite the parent on its own (RULES.md rule 7).
/// </summary>
internal sealed class ParentAliasPass(ExtractionContext context) : IExtractionPass
{
    public void Run(ExtractionState state)
    {
        var text = state.Text;
        var mentions = state.Mentions;
        List<Mention>? kept = null;
        for (var k = 0; k < mentions.Count; k++)
        {
            state.Steps.Add();
            var alias = mentions[k];
            var isAlias = k > 0 && IsAliasOfParent(text, mentions[k - 1], alias);
            if (isAlias && kept is null) kept = [.. mentions.Take(k)];
            if (kept is not null && !isAlias) kept.Add(alias);
        }

        if (kept is not null) mentions.ReplaceAll(kept);
    }

    private bool IsAliasOfParent(string text, Mention protocol, Mention alias)
    {
        if (protocol.InstrumentId is not { } id || context.Catalog.Find(id)?.Parent is not { } parent || alias.InstrumentId != parent) return false;
        if (alias.Start < protocol.End || !text.AsSpan(protocol.End, alias.Start - protocol.End).Trim().SequenceEqual("(")) return false;
        var after = text.AsSpan(alias.End).TrimStart();
        return after.Length > 0 && after[0] == ')';
    }
}
