using Citations.Core.Extraction;
using Citations.Core.Extraction.Passes;

namespace Citations.Core.Tests.Extraction.Passes;

/// <summary>Runs single passes over a text: the built-in catalog's, or a small catalog a test writes for itself.</summary>
internal static class PassHarness
{
    private static readonly Lazy<ExtractionContext> s_builtIn = new(() => new ExtractionContext(InstrumentCatalog.BuiltIn));

    public static ExtractionContext BuiltIn => s_builtIn.Value;

    public static ExtractionContext With(string catalogJson) => new(InstrumentCatalog.FromJson(catalogJson));

    /// <summary>The state after running <paramref name="passes"/> in order, each built for <paramref name="context"/>.</summary>
    public static ExtractionState Run(string text, ExtractionContext context, params Func<ExtractionContext, IExtractionPass>[] passes)
    {
        var state = new ExtractionState(text);
        foreach (var pass in passes) pass(context).Run(state);
        return state;
    }

    public static IExtractionPass Names(ExtractionContext context) => new CatalogNamePass(context);

    public static string Surface(ExtractionState state, Mention mention) => state.Text[mention.Start..mention.End];

    /// <summary>A one-instrument catalog entry in the catalog's JSON format.</summary>
    public static string Entry(string id, string title, string kind = "treaty", string adopted = "1990-01-01", string extra = "") =>
        $$"""{ "id": "{{id}}", "title": "{{title}}", "kind": "{{kind}}", "adopted": "{{adopted}}", "names": ["{{title}}"]{{extra}} }""";

    public static string CatalogOf(params string[] entries) => $$"""{ "instruments": [ {{string.Join(", ", entries)}} ] }""";
}
