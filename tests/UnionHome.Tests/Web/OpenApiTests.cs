using System.Net;
using System.Text.Json;
using UnionHome.Platform.Data;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Web;

[Collection(PlatformCollection.Name)]
public sealed class OpenApiTests(Apps apps)
{
    [Fact]
    public async Task The_openapi_document_describes_the_contract_paths()
    {
        var json = await apps[DatabaseProvider.Sqlite].Anonymous().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        var paths = JsonDocument.Parse(json).RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/auth/sms-code", "/api/v1/auth/sms-login", "/api/v1/auth/staff-login", "/api/v1/me", "/api/v1/org-units/{id}", "/api/v1/org-units/{id}/children", "/api/v1/regions/{code}/children" })
        {
            paths.TryGetProperty(path, out _).ShouldBeTrue(path);
        }
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    [InlineData("/api-docs/")]
    public async Task Health_and_reference_pages_answer(string path)
    {
        var response = await apps[DatabaseProvider.Postgres].Anonymous().GetAsync(path, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
