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
        new AnachronismPass(context),
        new IndefiniteOuterTitlePass(context),
        new IndefiniteReferencePass(context),
        new PluralTitleListPass(context),
        new SharedTitlePass(context),
        new ResolutionPass(context),
        new TreatySeriesPass(context),
        new AmbiguousByCuesPass(context),
        new UncataloguedTitlePass(context),
        new DehyphenatedTitlePass(context),
        new ApproximateTitlePass(context),
        new NestedProtocolPass(context),
        new ProtocolListPass(context),
        new CovenantPairPass(context),
        new ProtocolReferencePass(context),
        new ParentAliasPass(context),
        new AmbiguousNamePass(context),
        new FoundingInstrumentPass(context),
        new DescriptiveReferencePass(context),
        new ProhibitionDescriptionPass(context),
        new PartiesDescriptionPass(context),
        new DefinedTermPass(context),
        new ShortFormPass(context),
        new DemonstrativeReferencePass(context),
        new AnachronismPass(context),
        new PinpointPass(context),
    ];
}
