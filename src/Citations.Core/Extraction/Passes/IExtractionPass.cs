namespace Citations.Core.Extraction.Passes;

/// <summary>
/// One step of extraction. A pass is built once for a catalog and its language data
/// (<see cref="ExtractionContext"/>) and then run on each text: it reads the text and the mentions
/// the passes before it found, and adds mentions or resolves the ones there. The order of the
/// passes is declared in <see cref="ExtractionPasses"/>.
/// </summary>
internal interface IExtractionPass
{
    void Run(ExtractionState state);
}

/// <summary>What the passes share while working on one text.</summary>
internal sealed class ExtractionState
{
    public ExtractionState(string text, StepCounter? steps = null)
    {
        Text = text;
        Steps = steps ?? new StepCounter();
        Mentions = new MentionSet(Steps);
    }

    public string Text { get; }

    /// <summary>What is known of the statement besides its text: where it was said, which a bare article's instrument may depend on.</summary>
    public StatementMetadata Metadata { get; init; } = StatementMetadata.Empty;

    /// <summary>The mentions found so far, in text order.</summary>
    public MentionSet Mentions { get; }

    public StepCounter Steps { get; }

    /// <summary>
    /// The text's word characters as bits (<see cref="WordMap"/>), worked out on first use and then
    /// shared: a pass that reads words asks it for word starts and ends instead of testing characters.
    /// </summary>
    public WordMap Words => _words ??= new WordMap(Text);

    private WordMap? _words;
}
