using System.Text.Json;
using System.Text.RegularExpressions;
using UnionHome.Web.Hosting;

namespace UnionHome.Tests.Contract;

/// <summary>What a client generator relies on in /openapi/v1.json, for every operation the application maps.</summary>
[Collection(ServedDocumentCollection.Name)]
public sealed partial class OpenApiDocumentTests(ServedDocument served)
{
    private const string ProblemRef = "#/components/schemas/Problem";

    [Fact]
    public async Task Every_operation_has_a_unique_camel_case_operation_id()
    {
        var operations = await OperationsAsync();

        operations.Where(o => !o.Body.TryGetProperty("operationId", out _)).Select(o => o.Name).ShouldBeEmpty();
        var ids = operations.Select(o => (o.Name, Id: o.Body.GetProperty("operationId").GetString()!)).ToList();
        ids.GroupBy(i => i.Id).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(i => i.Name))}").ShouldBeEmpty();
        ids.Where(i => !CamelCase().IsMatch(i.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_operation_has_a_summary_a_description_a_tag_and_a_success_response()
    {
        var operations = await OperationsAsync();

        operations.Count.ShouldBeGreaterThan(90);
        operations.Where(o => Text(o.Body, "summary") is null || Text(o.Body, "description") is null).Select(o => o.Name).ShouldBeEmpty();
        operations.Where(o => !o.Body.TryGetProperty("tags", out var tags) || tags.GetArrayLength() == 0).Select(o => o.Name).ShouldBeEmpty();
        operations.Where(o => !o.Body.GetProperty("responses").EnumerateObject().Any(r => r.Name.StartsWith('2'))).Select(o => o.Name).ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_success_but_no_content_describes_the_body_it_answers()
    {
        var operations = await OperationsAsync();

        operations
            .SelectMany(o => o.Body.GetProperty("responses").EnumerateObject()
                .Where(r => r.Name.StartsWith('2') && r.Name != "204" && !r.Value.TryGetProperty("content", out _))
                .Select(r => $"{o.Name} {r.Name}"))
            .ShouldBeEmpty("declare the body with .Produces<T>(status)");
    }

    [Fact]
    public async Task Every_list_answers_one_page_and_takes_page_and_page_size()
    {
        var document = await DocumentAsync();
        var schemas = document.GetProperty("components").GetProperty("schemas");

        var bareLists = new List<string>();
        var unpaged = new List<string>();
        foreach (var (name, operation) in Operations(document).Where(o => o.Name.StartsWith("GET ", StringComparison.Ordinal)))
        {
            if (!operation.GetProperty("responses").TryGetProperty("200", out var ok) || !ok.TryGetProperty("content", out var content)
                || !content.TryGetProperty("application/json", out var json))
            {
                continue;
            }

            var schema = json.GetProperty("schema");
            if (schema.TryGetProperty("type", out var type) && type.GetString() == "array")
            {
                bareLists.Add(name);
            }

            var isPage = schema.TryGetProperty("$ref", out var reference)
                && schemas.GetProperty(reference.GetString()!.Split('/')[^1]).GetProperty("properties") is var properties
                && properties.TryGetProperty("items", out _) && properties.TryGetProperty("total", out _);
            var parameters = operation.TryGetProperty("parameters", out var list) ? list.EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList() : [];
            if (isPage && !(parameters.Contains("page") && parameters.Contains("pageSize")))
            {
                unpaged.Add(name);
            }
        }

        bareLists.ShouldBeEmpty("a list answers Paged<T>: items, total, page, pageSize");
        unpaged.ShouldBeEmpty("a page is asked for with [AsParameters] PageRequest");
    }

    [Fact]
    public async Task Every_error_response_is_a_problem_of_the_one_shared_schema()
    {
        var document = await DocumentAsync();
        var errors = Operations(document)
            .SelectMany(o => o.Body.GetProperty("responses").EnumerateObject().Where(r => r.Name[0] is '4' or '5').Select(r => (Where: $"{o.Name} {r.Name}", Response: r.Value)))
            .ToList();

        errors.Count.ShouldBeGreaterThan(200);
        errors.Where(e => string.Join(",", e.Response.GetProperty("content").EnumerateObject().Select(c => c.Name)) != "application/problem+json"
                || e.Response.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString() != ProblemRef)
            .Select(e => e.Where).ShouldBeEmpty();

        var schemas = document.GetProperty("components").GetProperty("schemas");
        schemas.TryGetProperty("ProblemDetails", out _).ShouldBeFalse();
        var problem = schemas.GetProperty("Problem");
        problem.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ShouldContain("code");
        problem.GetProperty("properties").EnumerateObject().Select(p => p.Name).ShouldBe(["type", "title", "status", "detail", "instance", "code", "errors", "traceId"], ignoreOrder: true);
        problem.GetProperty("properties").GetProperty("code").GetProperty("type").GetString().ShouldBe("string");
        var fieldMessages = problem.GetProperty("properties").GetProperty("errors").GetProperty("additionalProperties");
        fieldMessages.GetProperty("type").GetString().ShouldBe("array");
        fieldMessages.GetProperty("items").GetProperty("type").GetString().ShouldBe("string");
    }

    [Theory]
    [InlineData("post", "/api/v1/auth/sms-code", "400 429")]
    [InlineData("get", "/api/v1/events/{id}", "404")]
    [InlineData("get", "/api/v1/events", "400")]
    [InlineData("get", "/api/v1/me", "401")]
    [InlineData("get", "/api/v1/users", "400 401 403")]
    [InlineData("get", "/api/v1/staff/events", "400 401 403")]
    [InlineData("delete", "/api/v1/bookings/{id}", "401 404 409")]
    [InlineData("post", "/api/v1/events/{id}/sessions/{sessionId}/bookings", "400 401 403 404 409")]
    [InlineData("post", "/api/v1/staff/applications/{id}/approve", "401 403 404 409")]
    public async Task An_operation_declares_the_problems_its_endpoint_can_answer(string method, string path, string problems)
    {
        var operation = (await DocumentAsync()).GetProperty("paths").GetProperty(path).GetProperty(method);

        string.Join(" ", operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).Where(s => s[0] is '4' or '5')).ShouldBe(problems);
    }

    [Fact]
    public async Task Every_operation_asks_for_the_bearer_token_except_sign_in_regions_public_events_and_the_card_key()
    {
        var document = await DocumentAsync();
        string[] anonymous =
        [
            "GET /api/v1/dev/sms-outbox", "POST /api/v1/auth/sms-code", "POST /api/v1/auth/sms-login", "POST /api/v1/auth/refresh", "POST /api/v1/auth/staff-login",
            "GET /api/v1/regions/{code}", "GET /api/v1/regions/{code}/children", "GET /api/v1/events", "GET /api/v1/events/{id}",
            "GET /api/v1/events/{id}/lottery", "GET /api/v1/cards/public-key",
        ];

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer");
        (scheme.GetProperty("type").GetString(), scheme.GetProperty("scheme").GetString(), scheme.GetProperty("bearerFormat").GetString()).ShouldBe(("http", "bearer", "JWT"));
        foreach (var (name, body) in Operations(document))
        {
            var security = body.TryGetProperty("security", out var s) ? JsonSerializer.Serialize(s) : null;
            security.ShouldBe(anonymous.Contains(name) ? null : """[{"bearer":[]}]""", name);
            (security is null || body.GetProperty("responses").TryGetProperty("401", out _)).ShouldBeTrue($"{name} asks for a token but declares no 401");
        }
    }

    [Fact]
    public async Task Enums_are_described_as_camel_case_strings()
    {
        var schemas = (await DocumentAsync()).GetProperty("components").GetProperty("schemas");

        var enums = schemas.EnumerateObject().Where(s => s.Value.TryGetProperty("enum", out _)).ToList();
        enums.Select(e => e.Name).ShouldContain("OrgUnitKind");
        enums.ShouldAllBe(e => e.Value.GetProperty("type").GetString() == "string");
        enums.SelectMany(e => e.Value.GetProperty("enum").EnumerateArray()).ShouldAllBe(v => CamelCase().IsMatch(v.GetString()!));
    }

    [Theory]
    [InlineData("GET", "api/v1/org-units/{id}/children", null, "getOrgUnitsByIdChildren")]
    [InlineData("GET", "api/v1/bookings/{id:guid}/calendar.ics", null, "getBookingsByIdCalendarIcs")]
    [InlineData("POST", "api/v1/events/{id}/sessions/{sessionId}/bookings", null, "postEventsByIdSessionsBySessionIdBookings")]
    [InlineData("DELETE", "api/v1/bookings/{id}", null, "deleteBookingsById")]
    [InlineData("POST", "api/v1/auth/sms-code", "SendSmsLoginCode", "sendSmsLoginCode")]
    public void An_operation_id_comes_from_the_endpoint_name_or_else_from_method_and_route(string method, string route, string? name, string expected)
    {
        OpenApiOperations.OperationIdOf(method, route, name).ShouldBe(expected);
    }

    private Task<JsonElement> DocumentAsync() => Task.FromResult(JsonDocument.Parse(served.Json).RootElement);

    private async Task<List<(string Name, JsonElement Body)>> OperationsAsync() => Operations(await DocumentAsync());

    private static List<(string Name, JsonElement Body)> Operations(JsonElement document) =>
        [.. document.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete")
            .Select(o => ($"{o.Name.ToUpperInvariant()} {path.Name}", o.Value)))];

    private static string? Text(JsonElement operation, string property) =>
        operation.TryGetProperty(property, out var value) && value.GetString() is { Length: > 0 } text ? text : null;

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$")]
    private static partial Regex CamelCase();
}
