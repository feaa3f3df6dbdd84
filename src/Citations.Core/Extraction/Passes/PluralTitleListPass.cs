using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Citations.Core.Extraction.Passes;

/// <summary>
/// "the Treaties of Tlatelolco, Rarotonga, Bangkok and Pelindaba", "the Conventions of Geneva and The
/// Hague": one plural head noun and a list of the places or parties that name each instrument. Each
/// item is read as "Treaty of Rarotonga" and looked up among the catalog's names of that shape; an
/// item no single instrument is named by gives nothing.
/// </summary>
internal sealed partial class PluralTitleListPass : IExtractionPass
{
    /// <summary>"treaty|rarotonga" → the instrument named "Treaty of Rarotonga", for every name of that shape one instrument holds.</summary>
    private readonly FrozenDictionary<string, string> _byHeadAndPlace;

    public PluralTitleListPass(ExtractionContext context) =>
        _byHeadAndPlace = UniqueKeys.Of(
            from instrument in context.Catalog.Instruments
            from name in instrument.Names.Concat(instrument.InformalNames)
            let shape = NameShape().Match(name)
            where shape.Success
            select (Key(shape.Groups["head"].Value, shape.Groups["place"].Value), instrument.Id));

    public void Run(ExtractionState state)
    {
        var found = new List<Mention>();
        foreach (var match in s_list.Matches(state.Text, state.Steps))
        {
            var head = Singular(match.Groups["head"].Value);
            var items = match.Groups["item"].Captures;
            for (var k = 0; k < items.Count; k++)
            {
                state.Steps.Add();
                if (!_byHeadAndPlace.TryGetValue(Key(head, items[k].Value), out var id)) continue;
                var start = k == 0 ? match.Index : items[k].Index;
                found.Add(new Mention { Start = start, End = items[k].Index + items[k].Length, Kind = MentionKind.InformalName, InstrumentId = id, Confidence = Confidence.InformalName });
            }
        }

        state.Mentions.AddWithoutOverlap(found);
    }

    private static string Key(string head, string place) =>
        TextNormalizer.Fold(head) + "|" + string.Join(' ', TextNormalizer.Words(place).Select(TextNormalizer.Fold).Where(w => w != "the"));

    private static string Singular(string plural) => plural switch
    {
        "Treaties" => "Treaty",
        "Accords" => "Accord",
        _ => plural[..^1],
    };

    /// <summary>A list holds its plural head noun first.</summary>
    private static readonly TriggeredPattern s_list = new(
        List(), ["Treaties", "Conventions", "Agreements", "Accords", "Protocols", "Declarations"], StringComparison.Ordinal, wordsBefore: 0, extraPrefixChars: "");

    private const string Place = @"(?:[Tt]he\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}";

    [GeneratedRegex(@"\G(?<head>Treaties|Conventions|Agreements|Accords|Protocols|Declarations)\s+of\s+(?<item>" + Place + @")(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?<item>" + Place + @"))+")]
    private static partial Regex List();

    [GeneratedRegex(@"^(?:[Tt]he\s+)?(?<head>Treaty|Convention|Agreement|Accord|Protocol|Declaration)\s+of\s+(?<place>(?:[Tt]he\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})$")]
    private static partial Regex NameShape();
}
