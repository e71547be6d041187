namespace UnionHome.Cases.Filing;

/// <summary>
/// Takes out what a phone writes beside the picture: EXIF (GPS position, time, device), XMP, comments and
/// text chunks. Done on the file's structure, without decoding the picture, so no image decoder sees untrusted bytes;
/// the pixels are kept as they came. A part that cannot be parsed is kept as it is.
/// </summary>
internal static class ImageMetadata
{
    private static readonly HashSet<string> PngMetadataChunks = new(StringComparer.Ordinal) { "eXIf", "tEXt", "zTXt", "iTXt", "tIME" };

    public static byte[] Strip(byte[] image, string contentType) => contentType switch
    {
        "image/jpeg" => StripJpeg(image),
        "image/png" => StripPng(image),
        "image/webp" => StripWebp(image),
        _ => image,
    };

    /// <summary>Drops APP1–APP15 (EXIF, XMP, maker notes…) and COM segments before the scan; keeps APP0 (JFIF) and the rest.</summary>
    private static byte[] StripJpeg(byte[] jpeg)
    {
        var output = new List<byte>(jpeg.Length) { 0xFF, 0xD8 };
        var at = 2;
        while (at + 4 <= jpeg.Length && jpeg[at] == 0xFF)
        {
            var marker = jpeg[at + 1];
            if (marker == 0xDA || marker == 0xD9)
            {
                break; // the scan: everything from here on is the picture
            }

            var length = (jpeg[at + 2] << 8) | jpeg[at + 3];
            if (length < 2 || at + 2 + length > jpeg.Length)
            {
                break;
            }

            if (!(marker is >= 0xE1 and <= 0xEF || marker == 0xFE))
            {
                output.AddRange(jpeg.AsSpan(at, 2 + length));
            }

            at += 2 + length;
        }

        output.AddRange(jpeg.AsSpan(Math.Min(at, jpeg.Length)));
        return [.. output];
    }

    private static byte[] StripPng(byte[] png)
    {
        var output = new List<byte>(png.Length);
        output.AddRange(png.AsSpan(0, Math.Min(8, png.Length)));
        var at = 8;
        while (at + 12 <= png.Length)
        {
            var length = (png[at] << 24) | (png[at + 1] << 16) | (png[at + 2] << 8) | png[at + 3];
            if (length < 0 || at + 12L + length > png.Length)
            {
                break;
            }

            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            if (!PngMetadataChunks.Contains(type))
            {
                output.AddRange(png.AsSpan(at, 12 + length));
            }

            at += 12 + length;
        }

        output.AddRange(png.AsSpan(Math.Min(at, png.Length)));
        return [.. output];
    }

    /// <summary>Drops the EXIF and XMP chunks of an extended WebP and clears their flags; the RIFF size follows.</summary>
    private static byte[] StripWebp(byte[] webp)
    {
        var output = new List<byte>(webp.Length);
        output.AddRange(webp.AsSpan(0, Math.Min(12, webp.Length)));
        var at = 12;
        while (at + 8 <= webp.Length)
        {
            var length = webp[at + 4] | (webp[at + 5] << 8) | (webp[at + 6] << 16) | (webp[at + 7] << 24);
            var padded = length + (length & 1);
            if (length < 0 || at + 8L + padded > webp.Length)
            {
                break;
            }

            var type = System.Text.Encoding.ASCII.GetString(webp, at, 4);
            if (type is not ("EXIF" or "XMP "))
            {
                var start = output.Count;
                output.AddRange(webp.AsSpan(at, 8 + padded));
                if (type == "VP8X" && length >= 1)
                {
                    output[start + 8] &= unchecked((byte)~0x0C); // the EXIF (0x08) and XMP (0x04) flags
                }
            }

            at += 8 + padded;
        }

        output.AddRange(webp.AsSpan(Math.Min(at, webp.Length)));
        var bytes = output.ToArray();
        if (bytes.Length >= 8)
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(4, 4), bytes.Length - 8);
            if (!BitConverter.IsLittleEndian)
            {
                bytes.AsSpan(4, 4).Reverse();
            }
        }

        return bytes;
    }
}
