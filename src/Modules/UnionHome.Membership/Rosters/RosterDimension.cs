using System.IO.Compression;
using System.Xml;

namespace UnionHome.Membership.Rosters;

/// <summary>
/// The last row the first worksheet declares in its &lt;dimension ref="A1:D100001"/&gt;, read from the top of the
/// sheet without touching its rows, so that progress can say "of N" without a second pass over the file.
/// Null when the writer left the dimension out; the caller then counts the rows itself.
/// </summary>
internal static class RosterDimension
{
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static int? DeclaredLastRow(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var sheet = FirstSheetPath(zip);
            return sheet is null || zip.GetEntry(sheet) is not { } entry ? null : LastRowOf(entry);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException)
        {
            return null;
        }
    }

    private static string? FirstSheetPath(ZipArchive zip)
    {
        var relationId = FirstAttribute(zip.GetEntry("xl/workbook.xml"), "sheet", reader => reader.GetAttribute("id", Relationships));
        if (relationId is null)
        {
            return null;
        }

        var target = FirstAttribute(zip.GetEntry("xl/_rels/workbook.xml.rels"), "Relationship", reader => reader.GetAttribute("Id") == relationId ? reader.GetAttribute("Target") : null);
        return target is null ? null : target.StartsWith('/') ? target[1..] : $"xl/{target}";
    }

    private static int? LastRowOf(ZipArchiveEntry sheet)
    {
        // The dimension comes before sheetData; stop at the first row either way.
        var reference = FirstAttribute(sheet, "dimension", reader => reader.GetAttribute("ref"), stopAt: "sheetData");
        var end = reference?.Split(':') is [_, var last] ? last : null;
        var digits = end is null ? "" : new string(end.SkipWhile(char.IsLetter).ToArray());
        return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var row) ? row : null;
    }

    private static string? FirstAttribute(ZipArchiveEntry? entry, string element, Func<XmlReader, string?> pick, string? stopAt = null)
    {
        if (entry is null)
        {
            return null;
        }

        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == stopAt)
            {
                return null;
            }

            if (reader.LocalName == element && pick(reader) is { } value)
            {
                return value;
            }
        }

        return null;
    }
}
