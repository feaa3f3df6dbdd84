using Citations.Core.Graph;

namespace Citations.GraphExport;

/// <summary>
/// The short names people read on a node, shared by GraphML's <c>label</c>, DOT and the HTML report:
/// an instrument's id and year ("ICCPR (1966)"), a statement's issuer and date ("Poland (Skubiszewski),
/// 1990"), a provision with its instrument ("ICCPR art. 19(3)"), an actor's or source's name.
/// </summary>
public static class NodeCaption
{
    /// <summary>The caption of a node; never empty.</summary>
    public static string Of(GraphNode node) => Of(node, int.MaxValue);

    /// <summary>
    /// The caption cut to about <paramref name="maxLength"/> characters with an ellipsis, keeping the part
    /// that tells nodes apart: a statement's date and an instrument's year stay whole.
    /// </summary>
    public static string Of(GraphNode node, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 8);
        return node switch
        {
            StatementNode s => Statement(s, maxLength),
            InstrumentNode i => Year(i.Adopted) is { } year ? $"{Cut(i.Id, maxLength - 7)} ({year})" : Cut(i.Id, maxLength),
            ProvisionNode p => $"{p.Instrument} art. {Pinpoint(p)}",
            ActorNode a => Cut(a.Name, maxLength),
            SourceNode s => Cut(s.Name, maxLength),
            _ => Cut(node.Id, maxLength),
        };
    }

    private static string Statement(StatementNode statement, int maxLength)
    {
        // The issuer and date tell statements apart better than a title cut short; a statement
        // without an issuer falls back to its title, then to its id.
        var who = statement.Issuer ?? statement.Title ?? statement.Id;
        return statement.Date is { Length: > 0 } date
            ? $"{Cut(who, Math.Max(4, maxLength - date.Length - 2))}, {date}"
            : Cut(who, maxLength);
    }

    /// <summary>The text cut to at most <paramref name="maxLength"/> characters, the last one an ellipsis.</summary>
    public static string Cut(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var end = maxLength - 1;
        if (char.IsLowSurrogate(text[end]))
        {
            end--;
        }

        return text[..end].TrimEnd() + "…";
    }

    // The provision's id is "ICCPR/art/19(3)": what follows "/art/" is the pinpoint as cited.
    private static string Pinpoint(ProvisionNode provision)
    {
        var marker = provision.Id.LastIndexOf("/art/", StringComparison.Ordinal);
        return marker >= 0 ? provision.Id[(marker + 5)..] : provision.DisplayLabel;
    }

    internal static string? Year(string? date) =>
        date is { Length: >= 4 } && char.IsAsciiDigit(date[0]) && char.IsAsciiDigit(date[1]) && char.IsAsciiDigit(date[2]) && char.IsAsciiDigit(date[3])
            ? date[..4]
            : null;
}
