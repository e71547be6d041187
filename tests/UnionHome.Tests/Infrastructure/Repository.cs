namespace UnionHome.Tests.Infrastructure;

/// <summary>The source tree the tests were built from, for tests that read documents and sources.</summary>
public static class Repository
{
    public static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "UnionHome.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("UnionHome.slnx not found above the test binaries");
    }
}
