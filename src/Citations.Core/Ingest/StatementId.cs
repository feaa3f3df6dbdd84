using System.Security.Cryptography;
using System.Text;

namespace Citations.Core.Ingest;

/// <summary>
/// Ids for statements that do not bring their own. The id depends on the words of the
/// text only, so the same statement read from two files, with CRLF or LF line endings,
/// or on two machines, gets one id and the graph merges it.
/// </summary>
public static class StatementId
{
    /// <summary>"s-" and the first 16 hex digits of the SHA-256 of the normalised text.</summary>
    public static string Derive(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalised = Normalise(text);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(normalised), hash);
        return "s-" + Convert.ToHexStringLower(hash[..8]);
    }

    /// <summary>NFC, then every run of white space (line breaks included) as one space, trimmed.</summary>
    internal static string Normalise(string text)
    {
        var composed = ReplaceLoneSurrogates(text);
        composed = composed.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(composed.Length);
        var pendingSpace = false;
        foreach (var c in composed)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    // Normalisation refuses unpaired surrogates (a JSON "\ud800" escape yields one); they
    // become U+FFFD, as they would when the text is encoded as UTF-8 anyway.
    private static string ReplaceLoneSurrogates(string text)
    {
        char[]? copy = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i]))
            {
                continue;
            }

            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            copy ??= text.ToCharArray();
            copy[i] = '\uFFFD';
        }

        return copy is null ? text : new string(copy);
    }
}
