using System.Globalization;
using System.Text;
using Citations.Core;

namespace Citations.CorpusGenerator;

/// <summary>
/// Synthetic statements that read like UN speeches, press releases and NGO statements: sentences
/// built from templates over real phrasing, with catalog names in all their variants (case, "the",
/// hyphens, line breaks, abbreviations, informal names, translations), article pinpoints,
/// resolutions and enumerations, and the ordinary words that look like instruments ("the
/// convention centre", "diplomatic protocol", "the company's charter"). The same seed and catalog
/// give the same statements, byte for byte.
/// </summary>
public sealed class StatementGenerator
{
    private readonly Random _random;
    private readonly Instrument[] _instruments;
    private readonly StringBuilder _text = new();
    private int _count;

    public StatementGenerator(int seed, InstrumentCatalog catalog)
    {
        _random = new Random(seed);
        _instruments = [.. catalog.Instruments.Where(i => i.Names.Length > 0)];
    }

    /// <summary>Smallest and largest text, in UTF-16 code units (about bytes: the texts are mostly ASCII).</summary>
    public int MinLength { get; init; } = 1024;

    public int MaxLength { get; init; } = 50 * 1024;

    /// <summary>An endless sequence of statements; take as many as needed.</summary>
    public IEnumerable<Statement> Generate()
    {
        while (true) yield return Next();
    }

    /// <summary>Statements until their texts add up to <paramref name="totalChars"/>.</summary>
    public IEnumerable<Statement> Generate(long totalChars)
    {
        long written = 0;
        while (written < totalChars)
        {
            var statement = Next();
            written += statement.Text.Length;
            yield return statement;
        }
    }

    public Statement Next()
    {
        _count++;
        // Log-uniform between the bounds: many short statements, some long speeches.
        var target = (int)Math.Exp(Math.Log(MinLength) + _random.NextDouble() * (Math.Log(MaxLength) - Math.Log(MinLength)));
        _text.Clear();
        var cited = new List<Instrument>();
        while (_text.Length < target)
        {
            Paragraph(cited, target);
        }

        var issuer = Pick(Vocabulary.Issuers);
        var year = _random.Next(1990, 2025);
        var metadata = new StatementMetadata
        {
            Title = $"{Pick(Vocabulary.TitleKinds)} by {issuer} on {Pick(Vocabulary.Topics)}",
            Date = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{_random.Next(1, 13):D2}-{_random.Next(1, 29):D2}"),
            Issuer = issuer,
            Source = Pick(Vocabulary.Sources),
            Url = string.Create(CultureInfo.InvariantCulture, $"https://example.org/statements/{year}/{_count:D7}"),
            Language = "en",
        };
        var id = string.Create(CultureInfo.InvariantCulture, $"gen-{_count:D7}");
        return new Statement(id, _text.ToString(), metadata);
    }

    private void Paragraph(List<Instrument> cited, int target)
    {
        var sentences = _random.Next(2, 7);
        for (var k = 0; k < sentences && _text.Length < target + 200; k++)
        {
            if (k > 0) _text.Append(' ');
            Sentence(cited);
        }

        _text.Append(_random.Next(6) == 0 ? "\r\n\r\n" : "\n\n");
    }

    private void Sentence(List<Instrument> cited)
    {
        var roll = _random.Next(100);
        switch (roll)
        {
            case < 45:
                Plain();
                break;
            case < 62:
                Citing(cited);
                break;
            case < 70:
                Pinpointed(cited);
                break;
            case < 76:
                ShortForm(cited);
                break;
            case < 83:
                Resolutions();
                break;
            case < 93:
                NearMiss();
                break;
            default:
                Enumeration(cited);
                break;
        }
    }

    private void Plain()
    {
        _text.Append(Pick(Vocabulary.Openers)).Append(' ').Append(Pick(Vocabulary.Topics)).Append(' ')
            .Append(Pick(Vocabulary.Continuations)).Append(' ').Append(Pick(Vocabulary.Topics)).Append('.');
    }

    private void Citing(List<Instrument> cited)
    {
        var instrument = Instrument(cited);
        _text.Append(Pick(Vocabulary.CitingOpeners)).Append(' ');
        Name(instrument);
        _text.Append(' ').Append(Pick(Vocabulary.CitingClosers)).Append(' ').Append(Pick(Vocabulary.Topics)).Append('.');
    }

    private void Pinpointed(List<Instrument> cited)
    {
        var instrument = Instrument(cited);
        var articles = Articles();
        switch (_random.Next(5))
        {
            case 0:
                _text.Append("The Committee recalled that ").Append(articles).Append(" of ");
                Name(instrument);
                _text.Append(" guarantee ").Append(Pick(Vocabulary.Topics)).Append('.');
                break;
            case 1:
                _text.Append("Under ");
                Name(instrument, allowShortForm: false);
                _text.Append(", in ").Append(articles).Append(", States undertook to respect ").Append(Pick(Vocabulary.Topics)).Append('.');
                break;
            case 2:
                _text.Append("We recall common Article 3 to the Geneva Conventions and ").Append(Pick(Vocabulary.Topics)).Append('.');
                break;
            case 3:
                _text.Append(string.Create(CultureInfo.InvariantCulture, $"Paragraph {_random.Next(1, 8)} of Article {_random.Next(1, 60)} of "));
                Name(instrument);
                _text.Append(" is clear on ").Append(Pick(Vocabulary.Topics)).Append('.');
                break;
            default:
                _text.Append(Pick(Vocabulary.Openers)).Append(' ').Append(Pick(Vocabulary.Topics))
                    .Append(string.Create(CultureInfo.InvariantCulture, $" (Art. {_random.Next(1, 40)}{(char)('a' + _random.Next(4))}). "));
                _text.Append("This is consistent with ").Append(articles).Append(" thereof.");
                break;
        }
    }

    private string Articles()
    {
        var first = _random.Next(1, 60);
        return _random.Next(6) switch
        {
            0 => string.Create(CultureInfo.InvariantCulture, $"article {first}"),
            1 => string.Create(CultureInfo.InvariantCulture, $"article {first} ({_random.Next(1, 5)})"),
            2 => string.Create(CultureInfo.InvariantCulture, $"articles {first}, {first + _random.Next(1, 6)} and {first + _random.Next(6, 20)}"),
            3 => string.Create(CultureInfo.InvariantCulture, $"Article {first}, paragraph {_random.Next(1, 8)}"),
            4 => string.Create(CultureInfo.InvariantCulture, $"articles {first} to {first + _random.Next(2, 6)}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"Article {first}.{_random.Next(1, 5)}"),
        };
    }

    private void ShortForm(List<Instrument> cited)
    {
        var head = Pick(Vocabulary.Heads);
        _text.Append(Pick(Vocabulary.ShortFormOpeners)).Append(' ').Append(Pick(["the", "that", "this", "the said"])).Append(' ')
            .Append(head).Append(' ').Append(Pick(Vocabulary.CitingClosers)).Append(' ').Append(Pick(Vocabulary.Topics)).Append('.');
        if (cited.Count == 0) Instrument(cited);
    }

    private void Resolutions()
    {
        var year = _random.Next(1946, 2024);
        switch (_random.Next(6))
        {
            case 0:
                _text.Append("We call for the full implementation of Security Council resolutions 242 (1967) and 338 (1973).");
                break;
            case 1:
                _text.Append(string.Create(CultureInfo.InvariantCulture,
                    $"The Council, in its resolution {_random.Next(100, 2700)} ({year}), demanded {Pick(Vocabulary.Topics)}."));
                break;
            case 2:
                _text.Append(string.Create(CultureInfo.InvariantCulture,
                    $"Recalling General Assembly resolution {_random.Next(100, 3400)} ({RomanSession()}) on {Pick(Vocabulary.Topics)}, we note progress."));
                break;
            case 3:
                _text.Append(string.Create(CultureInfo.InvariantCulture,
                    $"The report (A/RES/{_random.Next(40, 79)}/{_random.Next(1, 330)}) welcomed {Pick(Vocabulary.Topics)}."));
                break;
            case 4:
                _text.Append(string.Create(CultureInfo.InvariantCulture,
                    $"Security Council resolutions {_random.Next(800, 900)}, {_random.Next(900, 950)} and {_random.Next(950, 999)} (1993) remain unimplemented."));
                break;
            default:
                _text.Append(string.Create(CultureInfo.InvariantCulture,
                    $"The Human Rights Council resolution {_random.Next(1, 55)}/{_random.Next(1, 40)} addressed {Pick(Vocabulary.Topics)}."));
                break;
        }
    }

    private string RomanSession() => Pick(["XV", "XXI", "XXIV", "XXV", "XXIX", "XXXIV", "XLI"]);

    private void NearMiss() => _text.Append(Pick(Vocabulary.NearMisses)).Append(' ').Append(Pick(Vocabulary.Topics)).Append('.');

    private void Enumeration(List<Instrument> cited)
    {
        _text.Append(Pick(["Our country has ratified ", "We urge all States to accede to ", "The report reviews "]));
        var n = _random.Next(2, 5);
        for (var k = 0; k < n; k++)
        {
            if (k > 0) _text.Append(k == n - 1 ? " and " : ", ");
            Name(Instrument(cited), allowShortForm: false);
        }

        _text.Append('.');
    }

    private Instrument Instrument(List<Instrument> cited)
    {
        var instrument = cited.Count > 0 && _random.Next(3) == 0 ? cited[_random.Next(cited.Count)] : _instruments[_random.Next(_instruments.Length)];
        cited.Add(instrument);
        return instrument;
    }

    /// <summary>One of the instrument's names, written the way people write it.</summary>
    private void Name(Instrument instrument, bool allowShortForm = true)
    {
        var roll = _random.Next(100);
        if (roll < 15 && instrument.Abbreviations.Length > 0)
        {
            _text.Append("the ").Append(instrument.Abbreviations[_random.Next(instrument.Abbreviations.Length)]);
            return;
        }

        if (roll < 30 && instrument.InformalNames.Length > 0)
        {
            _text.Append("the ").Append(Vary(instrument.InformalNames[_random.Next(instrument.InformalNames.Length)]));
            return;
        }

        if (roll < 35 && instrument.Translations.Count > 0)
        {
            var names = instrument.Translations.OrderBy(t => t.Key, StringComparer.Ordinal).ElementAt(_random.Next(instrument.Translations.Count)).Value;
            if (names.Length > 0)
            {
                _text.Append(names[_random.Next(names.Length)]);
                return;
            }
        }

        if (roll < 40 && allowShortForm && instrument.ShortForms.Length > 0)
        {
            _text.Append("the ").Append(instrument.ShortForms[_random.Next(instrument.ShortForms.Length)]);
            return;
        }

        var name = instrument.Names[_random.Next(instrument.Names.Length)];
        if (_random.Next(3) > 0 && !name.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) _text.Append("the ");
        if (_random.Next(8) == 0) _text.Append(instrument.Adopted.AsSpan(0, 4)).Append(' ');
        _text.Append(Vary(name));
    }

    /// <summary>Case, hyphens and line breaks as they come in real texts.</summary>
    private string Vary(string name)
    {
        var roll = _random.Next(20);
        if (roll == 0) name = name.ToLowerInvariant();
        else if (roll == 1) name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name);
        if (_random.Next(10) == 0)
        {
            // A title broken over two lines.
            var spaces = name.Count(c => c == ' ');
            if (spaces > 0)
            {
                var target = _random.Next(spaces);
                var seen = 0;
                var chars = name.ToCharArray();
                for (var k = 0; k < chars.Length; k++)
                {
                    if (chars[k] == ' ' && seen++ == target)
                    {
                        name = string.Concat(name.AsSpan(0, k), "\n", name.AsSpan(k + 1));
                        break;
                    }
                }
            }
        }

        if (_random.Next(10) == 0)
        {
            name = name.Contains('-', StringComparison.Ordinal) ? name.Replace('-', ' ') : name.Replace("Test Ban", "Test-Ban", StringComparison.Ordinal);
        }

        return name;
    }

    private string Pick(string[] choices) => choices[_random.Next(choices.Length)];
}
