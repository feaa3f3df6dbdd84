using System.Collections.Frozen;
using System.Text;
using Citations.Core;
using Citations.GraphExport;

namespace Citations.Cli;

/// <summary>A statement's citations as rows of mentions.csv and the report, each with the sentence it stands in.</summary>
internal static class MentionRows
{
    /// <summary>Characters of context kept on each side of a mention when its sentence is longer.</summary>
    public const int ContextReach = 200;

    // A full stop after these words ends an abbreviation, not a sentence ("art. 6", "No. 14", "Mr. Guterres").
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "art", "arts", "no", "nos", "para", "paras", "p", "pp", "mr", "mrs", "ms", "dr", "st", "e.g", "i.e", "etc", "vol",
        "cf", "v", "vs", "u.n", "u.s", "res", "sec", "ch", "op", "doc", "prof", "gen", "rev", "add", "corr", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<MentionRow> Of(ExtractionResult result)
    {
        var statement = result.Statement;
        foreach (var citation in result.Citations)
        {
            yield return new MentionRow(statement.Id, statement.Metadata.Date, statement.Metadata.Issuer, statement.Metadata.Title,
                citation.InstrumentId, citation.Title, citation.Kind, citation.Catalogued, citation.Provisions, citation.Surface,
                citation.Start, citation.Length, citation.Confidence, Sentence(statement.Text, citation.Start, citation.Length));
        }
    }

    /// <summary>
    /// The sentence holding text[start, start + length), at most <see cref="ContextReach"/> characters either
    /// side of the mention (cut with "…"), its whitespace collapsed to single spaces.
    /// </summary>
    public static string Sentence(string text, int start, int length)
    {
        start = Math.Clamp(start, 0, text.Length);
        var end = Math.Clamp(start + length, start, text.Length);

        var left = start;
        var leftCut = false;
        while (left > 0 && !EndsSentenceBefore(text, left))
        {
            if (start - left >= ContextReach) { leftCut = true; break; }
            left--;
        }

        var right = end;
        var rightCut = false;
        while (right < text.Length && !EndsSentenceBefore(text, right))
        {
            if (right - end >= ContextReach) { rightCut = true; break; }
            right++;
        }

        var builder = new StringBuilder(right - left + 2);
        if (leftCut) builder.Append('…');
        var space = false;
        for (var i = left; i < right; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }

        if (rightCut) builder.Append('…');
        return builder.ToString();
    }

    /// <summary>Whether a sentence ends just before <paramref name="index"/>: after ". " (not an abbreviation) or a blank line.</summary>
    private static bool EndsSentenceBefore(string text, int index)
    {
        if (index <= 0 || index >= text.Length) return true;
        var c = text[index];
        if (c == '\n' && text[index - 1] == '\n') return true;
        if (!char.IsWhiteSpace(c)) return false;
        var previous = text[index - 1];
        if (previous is '!' or '?') return true;
        if (previous == '\n' && index >= 2 && text[index - 2] == '\n') return true;
        if (previous != '.') return false;

        var wordStart = index - 1;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        var word = text[wordStart..(index - 1)];
        if (word.Length == 1 && char.IsUpper(word[0])) return false; // an initial, or "resolution 2603 A."
        return !Abbreviations.Contains(word);
    }
}
