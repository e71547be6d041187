using System.IO.Compression;
using UnionHome.Platform.Errors;

namespace UnionHome.Membership.Rosters;

/// <summary>Checks an uploaded roster before anything reads its rows: size, that it is an .xlsx, and no zip bomb.</summary>
internal static class RosterFile
{
    public const long MaxUploadBytes = 10 * 1024 * 1024;
    private const long MaxUnpackedBytes = 200 * 1024 * 1024;
    private const int MaxCompressionRatio = 100;

    public static readonly Error TooLarge = Error.Validation("roster_too_large", "名册文件不能超过10MB", "file");
    public static readonly Error NotXlsx = Error.Validation("roster_not_xlsx", "请上传 .xlsx 格式的 Excel 名册（可先下载模板）", "file");
    public static readonly Error Suspicious = Error.Validation("roster_suspicious", "名册文件解压后过大，已拒绝处理", "file");
    public static readonly Error Missing = Error.Validation("roster_missing", "请选择名册文件", "file");

    public static Error? Check(byte[] content)
    {
        if (content.Length == 0)
        {
            return Missing;
        }

        if (content.Length > MaxUploadBytes)
        {
            return TooLarge;
        }

        // An .xlsx is a zip archive: it starts with the local file header PK\3\4, whatever its name says.
        if (content.Length < 4 || content[0] != 0x50 || content[1] != 0x4B || content[2] != 0x03 || content[3] != 0x04)
        {
            return NotXlsx;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            if (zip.GetEntry("xl/workbook.xml") is null)
            {
                return NotXlsx;
            }

            long unpacked = 0;
            foreach (var entry in zip.Entries)
            {
                unpacked += entry.Length;
                if (unpacked > MaxUnpackedBytes || (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > MaxCompressionRatio))
                {
                    return Suspicious;
                }
            }
        }
        catch (InvalidDataException)
        {
            return NotXlsx;
        }

        return null;
    }
}
