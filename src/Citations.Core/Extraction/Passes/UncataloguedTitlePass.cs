using System.Collections.Frozen;

namespace Citations.Core.Extraction.Passes;

/// <summary>Titles of instruments the catalog lacks, reported uncatalogued rather than lost (<see cref="UncataloguedTitleFinder"/>).</summary>
internal sealed class UncataloguedTitlePass(ExtractionContext context) : IExtractionPass
{
    /// <summary>Head nouns that alone mean one catalogued instrument (<see cref="Instrument.DefaultShortForms"/>: "Charter").</summary>
    private readonly FrozenSet<string> _defaultHeads = context.Catalog.Instruments.SelectMany(i => i.DefaultShortForms).ToFrozenSet(StringComparer.Ordinal);

    public void Run(ExtractionState state)
    {
        var found = UncataloguedTitleFinder.Find(state.Text, state.Mentions, state.Steps, context.Patterns);
        found.RemoveAll(IsDefaultWithPurpose);
        found.RemoveAll(title => NameBetweenParties(state, title));
        // An ambiguous name inside a longer title ("Geneva Convention on the Continental Shelf") is part of that title.
        foreach (var title in found) state.Mentions.RemoveOverlapping(title.Start, title.End, m => m.InstrumentId is null && m.Start >= title.Start);
        state.Mentions.AddWithoutOverlap(found);
    }

    /// <summary>
    /// "the Lomé Convention between the European Economic Community and …": a name the catalog holds (though it may be
    /// ambiguous), then its parties, is that name described, not another instrument's title.
    /// </summary>
    private static bool NameBetweenParties(ExtractionState state, Mention title)
    {
        var name = state.Mentions.FirstOverlapping(title.Start, title.End, m => m.Start == title.Start && m.End < title.End);
        if (name is null) return false;
        var k = name.End;
        while (k < title.End && char.IsWhiteSpace(state.Text[k])) k++;
        return state.Text.AsSpan(k).StartsWith("between ", StringComparison.Ordinal);
    }

    /// <summary>
    /// "Chapter VII of the Charter against Israel", "congruent with the Charter for Member States": a head noun that
    /// alone means one instrument, with nothing before it, then "for" or "against", is that instrument and what it is
    /// used for, not another charter's title; a title with a qualifier ("the Carthage Charter for Tolerance") stays.
    /// </summary>
    private bool IsDefaultWithPurpose(Mention title)
    {
        var words = title.Title!.Split(' ', 3);
        return words.Length == 3 && _defaultHeads.Contains(words[0]) && words[1] is "for" or "against";
    }
}
