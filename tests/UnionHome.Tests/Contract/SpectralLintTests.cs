using System.ComponentModel;
using System.Diagnostics;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Contract;

[Collection(ServedDocumentCollection.Name)]
public sealed class SpectralLintTests(ServedDocument served)
{
    private static readonly string Tools = Path.Combine(Repository.Root(), "tools", "openapi");

    [Fact]
    public async Task Spectral_finds_nothing_to_report_in_the_served_openapi_document()
    {
        var spectral = Path.Combine(Tools, "node_modules", "@stoplight", "spectral-cli", "dist", "index.js");
        File.Exists(spectral).ShouldBeTrue("Spectral is not installed: run `npm ci --prefix tools/openapi` (./test.sh does).");
        var folder = Directory.CreateTempSubdirectory("unionhome-openapi-");
        try
        {
            var document = Path.Combine(folder.FullName, "v1.json");
            await File.WriteAllTextAsync(document, served.Json, TestContext.Current.CancellationToken);

            var (exitCode, output) = await RunNodeAsync(spectral, "lint", document, "--ruleset", Path.Combine(Tools, ".spectral.yaml"), "--fail-severity", "hint");

            exitCode.ShouldBe(0, $"spectral lint (spectral:oas) reported:\n{output}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunNodeAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Tools };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"Node.js is needed to lint the OpenAPI document with Spectral, and `node` could not be started ({e.Message}). Install Node.js 20 and npm.");
            throw;
        }

        using (process)
        {
            var ct = TestContext.Current.CancellationToken;
            var output = process.StandardOutput.ReadToEndAsync(ct);
            var errors = process.StandardError.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            return (process.ExitCode, await output + await errors);
        }
    }
}
