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
        for (var k = 0; k + 1 < mentions.Count; k++)
        {
            state.Steps.Add();
            var protocol = mentions[k];
            var alias = mentions[k + 1];
            if (protocol.InstrumentId is not { } id || context.Catalog.Find(id)?.Parent is not { } parent || alias.InstrumentId != parent) continue;
            if (alias.Start < protocol.End || !text.AsSpan(protocol.End, alias.Start - protocol.End).Trim().SequenceEqual("(")) continue;
            var after = text.AsSpan(alias.End).TrimStart();
            if (after.Length == 0 || after[0] != ')') continue;
            mentions.RemoveAt(k + 1);
        }
    }
}
