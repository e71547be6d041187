namespace UnionHome.Platform.Encryption;

/// <summary>A development key file: readable by whoever reads the file, so readable by its owner only, from the first byte.</summary>
public static class OwnerOnlyFile
{
    /// <summary>Creates the file (and its directory); fails if it exists, so a key is never overwritten.</summary>
    public static FileStream Create(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return new FileStream(path, create);
    }

    public static void WriteAllText(string path, string content)
    {
        using var stream = Create(path);
        using var writer = new StreamWriter(stream);
        writer.Write(content);
    }
}
