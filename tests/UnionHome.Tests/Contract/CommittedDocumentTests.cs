namespace UnionHome.Tests.Contract;

[Collection(ServedDocumentCollection.Name)]
public sealed class CommittedDocumentTests(ServedDocument served)
{
    /// <summary>Set by tools/openapi/export.sh: the served document replaces the committed one instead of failing.</summary>
    private const string AcceptVariable = "UNIONHOME_ACCEPT_OPENAPI";

    [Fact]
    public async Task The_committed_openapi_document_is_the_one_the_application_serves()
    {
        // The file ends in a newline like every text file of the repository; the served document does not.
        var committed = File.Exists(ServedDocument.CommittedFile) ? (await File.ReadAllTextAsync(ServedDocument.CommittedFile, TestContext.Current.CancellationToken)).ReplaceLineEndings("\n").TrimEnd('\n') : "";
        var live = served.Json.ReplaceLineEndings("\n").TrimEnd('\n');
        if (committed != live && Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            await File.WriteAllTextAsync(ServedDocument.CommittedFile, live + "\n", TestContext.Current.CancellationToken);
            return;
        }

        (committed == live).ShouldBeTrue($"docs/openapi/v1.json is not the document the application serves ({FirstDifference(committed, live)}). "
            + "If the API change is intended, run tools/openapi/export.sh and commit the document with it.");
    }

    private static string FirstDifference(string committed, string live)
    {
        var (before, after) = (committed.Split('\n'), live.Split('\n'));
        var line = Enumerable.Range(0, Math.Min(before.Length, after.Length)).FirstOrDefault(i => before[i] != after[i], Math.Min(before.Length, after.Length));
        return $"line {line + 1}: committed `{before.ElementAtOrDefault(line)?.Trim()}`, served `{after.ElementAtOrDefault(line)?.Trim()}`";
    }
}
