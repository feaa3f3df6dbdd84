using System.Globalization;

namespace Citations.Core.Extraction;

/// <summary>
/// How sure extraction is that a mention invokes its instrument, by the way the instrument was
/// named: written out in full, abbreviated, referred back to, inferred. Each way has one named level,
/// so that the levels can be compared and changed in one place.
/// </summary>
internal readonly record struct Confidence(double Value)
{
    /// <summary>The official title, or a UN document symbol written out ("S/RES/242(1967)").</summary>
    public static readonly Confidence ExactTitle = new(1.0);

    /// <summary>A resolution's number with its year or session ("resolution 1514 (XV)").</summary>
    public static readonly Confidence NumberWithYear = new(1.0);

    /// <summary>The first of two head nouns sharing one title ("the Declaration and the Programme of Action on …").</summary>
    public static readonly Confidence SharedTitle = new(0.9);

    /// <summary>A treaty-series citation the catalog lists ("999 U.N.T.S. 171").</summary>
    public static readonly Confidence TreatySeries = new(0.95);

    /// <summary>A catalog acronym, case and all ("ICCPR").</summary>
    public static readonly Confidence Abbreviation = new(0.95);

    /// <summary>A common name ("the Ottawa Treaty").</summary>
    public static readonly Confidence InformalName = new(0.95);

    /// <summary>A title in another UN language.</summary>
    public static readonly Confidence Translation = new(0.95);

    /// <summary>A protocol named with its parent ("Additional Protocol II of the Tlatelolco Treaty").</summary>
    public static readonly Confidence ProtocolOfNamedParent = new(0.95);

    /// <summary>A term the text defined for an instrument (the "Treaty").</summary>
    public static readonly Confidence DefinedTerm = new(0.9);

    /// <summary>A Security Council resolution's number alone, its year read from the Council's numbering.</summary>
    public static readonly Confidence YearFromNumbering = new(0.9);

    /// <summary>"common Article 3" with no instrument named for it.</summary>
    public static readonly Confidence CommonArticle = new(0.9);

    /// <summary>One of several protocols a list names ("the Geneva Conventions and their Additional Protocols").</summary>
    public static readonly Confidence ProtocolOfList = new(0.85);

    /// <summary>An anaphor resolved to the nearest fitting instrument named before it ("the Covenant").</summary>
    public static readonly Confidence ShortFormResolved = new(0.8);

    /// <summary>A protocol named through its parent ("its Optional Protocol", "the Second Optional Protocol to that Covenant").</summary>
    public static readonly Confidence ProtocolThroughParent = new(0.8);

    /// <summary>A protocol's name taken as the like-named protocol of the instrument the text is about.</summary>
    public static readonly Confidence SiblingProtocol = new(0.8);

    /// <summary>"the two Covenants": each of the covenants named before.</summary>
    public static readonly Confidence CovenantPair = new(0.75);

    /// <summary>An instrument described by the occasion it was adopted at ("the Declaration adopted at the sixteenth special session").</summary>
    public static readonly Confidence DescribedByOccasion = new(0.75);

    /// <summary>A ban treaty described by what it bans ("the convention banning chemical weapons").</summary>
    public static readonly Confidence DescribedByPurpose = new(0.7);

    /// <summary>A treaty between two States described by them ("the peace agreement between Israel and Jordan").</summary>
    public static readonly Confidence DescribedByParties = new(0.7);

    /// <summary>As <see cref="DescribedByOccasion"/>, the occasion referred back to ("the Declaration adopted by the Summit").</summary>
    public static readonly Confidence DescribedByOccasionReferredTo = new(0.7);

    /// <summary>An anaphor with a year or date ("the 1967 Protocol"), resolved by the instruments' dates.</summary>
    public static readonly Confidence ShortFormByDate = new(0.7);

    /// <summary>A lower-case demonstrative ("this treaty", "that instrument") read as the instrument named right before it.</summary>
    public static readonly Confidence DemonstrativeReference = new(0.7);

    /// <summary>An anaphor with nothing fitting before it, taken as the catalog's default for its head noun ("the Charter").</summary>
    public static readonly Confidence ShortFormDefault = new(0.7);

    /// <summary>An ambiguous name resolved by the one candidate named elsewhere in the statement.</summary>
    public static readonly Confidence AmbiguousByContext = new(0.7);

    /// <summary>An ambiguous name resolved by words around it ("consular notification" near "the Vienna Convention").</summary>
    public static readonly Confidence AmbiguousByCues = new(0.65);

    /// <summary>An ambiguous name of a series resolved by the statement's date ("the Lomé Convention" in 1982: Lomé II).</summary>
    public static readonly Confidence AmbiguousByDate = new(0.6);

    /// <summary>A bare "Article 27" given to the instrument the text is talking about.</summary>
    public static readonly Confidence BarePinpoint = new(0.7);

    /// <summary>A bare "Article 19" with no instrument able to hold it named, in a UN organ's meeting: the Charter's.</summary>
    public static readonly Confidence BarePinpointAtTheUnitedNations = new(0.6);

    /// <summary>A title near an official one but not the same (an OCR error, a dropped small word).</summary>
    public static readonly Confidence Approximate = new(0.6);

    /// <summary>A title of an instrument the catalog does not hold.</summary>
    public static readonly Confidence UncataloguedTitle = new(0.5);

    public override string ToString() => Value.ToString("0.##", CultureInfo.InvariantCulture);
}
