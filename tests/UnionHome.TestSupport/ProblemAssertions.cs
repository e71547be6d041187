using System.Net;
using System.Text.Json;

namespace UnionHome.TestSupport;

public static class ProblemAssertions
{
    /// <summary>Asserts an RFC 9457 problem with the given status and stable code, and a Chinese title.</summary>
    public static async Task<JsonElement> ShouldBeProblem(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = JsonDocument.Parse(body).RootElement;
        problem.GetProperty("code").GetString().ShouldBe(code, body);
        problem.GetProperty("title").GetString()!.ShouldMatch(@"\p{IsCJKUnifiedIdeographs}");
        return problem;
    }
}
