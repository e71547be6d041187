namespace UnionHome.Platform.Api;

/// <summary>
/// Cells of exported workbooks hold what people typed. Excel and WPS run a text cell that starts with = + - @ (or a
/// tab or carriage return before one) as a formula: a link that sends the sheet away, a command. Such text is written
/// with a leading apostrophe, which shows it as the text it is.
/// </summary>
public static class SpreadsheetCells
{
    public static object? Escape(object? value) => value is string text ? Escape(text) : value;

    public static string Escape(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    /// <summary>A row with every text cell escaped.</summary>
    public static Dictionary<string, object?> EscapeRow(IEnumerable<KeyValuePair<string, object?>> row) =>
        row.ToDictionary(c => c.Key, c => Escape(c.Value), StringComparer.Ordinal);
}
