using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace UnionHome.Platform.Validation;

internal static partial class InputText
{
    /// <summary>Full-width forms turned half-width; whitespace and invisible characters removed.</summary>
    public static string Compact(string input)
    {
        var compact = new StringBuilder(input.Length);
        foreach (var c in input)
        {
            // Format characters: a CSV's byte-order mark, zero-width spaces pasted from web pages
            if (char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format)
                continue;
            // Chinese input methods type U+FF01–U+FF5E, which map one to one onto ASCII
            compact.Append(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c);
        }
        return compact.ToString();
    }

    /// <summary>
    /// Excel keeps 15 significant digits and shows long numbers as 1.10105E+17: the digits
    /// past the 15th are already lost, so such input is refused, never repaired.
    /// </summary>
    public static bool LooksLikeExcelNumber(string compact) =>
        compact.AsSpan().IndexOfAny('.', '+') >= 0 && ExcelNumber().IsMatch(compact);

    [GeneratedRegex(@"^[0-9]+(?:\.[0-9]*)?(?:[eE]\+[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ExcelNumber();
}
