using System.Collections.Immutable;

namespace Citations.Core.Extraction.Passes;

/// <summary>
/// The passes of extraction, in the order they run. Names come first, then what refines them
/// (protocol families, ambiguous names), then the mentions found by pattern or by reference back to
/// a name (resolutions, defined terms, short forms, covenant pairs, uncatalogued titles), and the
/// article pinpoints last, since they attach to any of those.
/// </summary>
internal static class ExtractionPasses
{
    public static ImmutableArray<IExtractionPass> Create(ExtractionContext context) =>
    [
        new CatalogNamePass(context),
        new ResolutionPass(context),
        new UncataloguedTitlePass(),
        new ApproximateTitlePass(context),
        new NestedProtocolPass(context),
        new ProtocolListPass(context),
        new ProtocolReferencePass(context),
        new AmbiguousNamePass(),
        new DefinedTermPass(),
        new ShortFormPass(context),
        new CovenantPairPass(context),
        new PinpointPass(context),
    ];
}
