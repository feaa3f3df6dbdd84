using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Citations.Core.Extraction.Passes;

/// <summary>
/// UN resolutions by symbol and by phrase (<see cref="ResolutionMatcher"/>), where no name stands.
/// A resolution that is itself a catalogued instrument — one that declares the resolution's symbol,
/// as the Universal Declaration declares A/RES/217(III) — is reported as that instrument.
/// </summary>
internal sealed partial class ResolutionPass : IExtractionPass
{
    private readonly FrozenDictionary<string, string> _instrumentBySymbol;

    public ResolutionPass(ExtractionContext context)
    {
        var bySymbol = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var instrument in context.Catalog.Instruments)
        {
            if (instrument.Symbol is { } symbol) bySymbol.TryAdd(Key(symbol), instrument.Id);
        }

        _instrumentBySymbol = bySymbol.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public void Run(ExtractionState state)
    {
        var found = ResolutionMatcher.Find(state.Text, state.Steps);
        foreach (var mention in found)
        {
            if (_instrumentBySymbol.TryGetValue(mention.InstrumentId!, out var id)) mention.InstrumentId = id;
        }

        state.Mentions.AddWithoutOverlap(found);
    }

    /// <summary>A symbol as the matcher keys it: no spaces, no part letter ("A/RES/217 A (III)" is A/RES/217(III)).</summary>
    internal static string Key(string symbol) => PartLetter().Replace(string.Concat(symbol.Where(c => !char.IsWhiteSpace(c))), "$1$2");

    [GeneratedRegex(@"^(A/RES/\d+)[A-Z](\()")]
    private static partial Regex PartLetter();
}
