using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;

namespace UnionHome.Web.Hosting;

/// <summary>
/// Completes every operation from its endpoint's metadata, so that no endpoint has to spell out what the platform does
/// for all of them: an operationId, a description, the bearer token it needs, and the problems it may answer.
/// </summary>
internal static class OpenApiOperations
{
    public static Task Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var api = context.Description;
        var metadata = api.ActionDescriptor.EndpointMetadata;
        operation.OperationId = OperationIdOf(api.HttpMethod ?? "GET", api.RelativePath ?? "", metadata.OfType<IEndpointNameMetadata>().LastOrDefault()?.EndpointName);
        operation.Description ??= operation.Summary;

        var authorize = metadata.OfType<IAuthorizeData>().ToList();
        var signedIn = authorize.Count > 0 && !metadata.OfType<IAllowAnonymous>().Any();
        var sources = api.ParameterDescriptions.Select(p => p.Source).ToList();
        var write = !HttpMethods.IsGet(api.HttpMethod ?? "GET") && !HttpMethods.IsHead(api.HttpMethod ?? "GET");

        var problems = new SortedSet<int>((operation.Responses ?? []).Keys.Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Where(status => status >= 400));
        AddIf(problems, StatusCodes.Status400BadRequest, sources.Any(s => s == BindingSource.Body || s == BindingSource.Form || s == BindingSource.FormFile || s == BindingSource.Query));
        AddIf(problems, StatusCodes.Status401Unauthorized, signedIn);
        AddIf(problems, StatusCodes.Status403Forbidden, signedIn && authorize.Any(a => a.Policy is not null || a.Roles is not null));
        AddIf(problems, StatusCodes.Status404NotFound, sources.Contains(BindingSource.Path));

        // A signed-in write may find the state changed under it: already decided, booked, full, taken.
        AddIf(problems, StatusCodes.Status409Conflict, signedIn && write);

        var responses = new SortedDictionary<string, IOpenApiResponse>(operation.Responses ?? [], StringComparer.Ordinal);
        foreach (var status in problems)
        {
            responses[status.ToString(CultureInfo.InvariantCulture)] = new OpenApiResponse
            {
                Description = ReasonPhrases.GetReasonPhrase(status),
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(OpenApiContract.ProblemSchema, context.Document) },
                },
            };
        }

        operation.Responses = [];
        foreach (var (status, response) in responses)
        {
            operation.Responses[status] = response;
        }

        if (signedIn)
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(OpenApiContract.BearerScheme, context.Document)] = [] }];
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// The endpoint's name when it has one, else the method and the route after /api/v1/, parameters as "By…":
    /// GET api/v1/org-units/{id}/children is getOrgUnitsByIdChildren. Routes are the contract, so the ids stay put.
    /// </summary>
    public static string OperationIdOf(string method, string relativePath, string? endpointName)
    {
        if (!string.IsNullOrWhiteSpace(endpointName))
        {
            return JsonNamingPolicy.CamelCase.ConvertName(endpointName);
        }

        var path = relativePath.Split('?')[0].Trim('/');
        path = path.StartsWith("api/v1/", StringComparison.Ordinal) ? path["api/v1/".Length..] : path;
        var id = new StringBuilder(method.ToLowerInvariant());
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment.StartsWith('{'))
            {
                id.Append("By").Append(Pascal(segment.Trim('{', '}').Split(':', '=')[0].TrimEnd('?').TrimStart('*')));
            }
            else
            {
                id.Append(Pascal(segment));
            }
        }

        return id.ToString();
    }

    private static string Pascal(string words)
    {
        var pascal = new StringBuilder();
        foreach (var word in words.Split(['-', '_', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            pascal.Append(char.ToUpperInvariant(word[0])).Append(word[1..]);
        }

        return pascal.ToString();
    }

    private static void AddIf(SortedSet<int> statuses, int status, bool applies)
    {
        if (applies)
        {
            statuses.Add(status);
        }
    }
}
