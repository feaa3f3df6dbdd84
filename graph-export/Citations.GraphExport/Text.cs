using System.Globalization;
using System.Text;

namespace Citations.GraphExport;

/// <summary>Culture-proof formatting of property values and character filtering shared by the writers.</summary>
internal static class Text
{
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The shortest text that reads back as the same double, always with a '.' or an exponent.</summary>
    public static string Float(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) || !double.IsFinite(value)
            ? text
            : text + ".0";
    }

    public static string Boolean(bool value) => value ? "true" : "false";

    /// <summary>
    /// Writes what XML 1.0 forbids (C0 controls other than tab, LF and CR, lone surrogates, U+FFFE and
    /// U+FFFF) as a visible <c>\uXXXX</c>, so two values that differ only there (two ids) stay two values.
    /// Everything else is kept (and escaped by the XML writer).
    /// </summary>
    public static string XmlSafe(string value)
    {
        if (IsXmlSafe(value))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[i + 1]);
                i++;
            }
            else if (IsXmlChar(c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return builder.ToString();
    }

    private static bool IsXmlSafe(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (!IsXmlChar(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsXmlChar(char c) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
}
