using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace UnionHome.Web.Hosting;

/// <summary>
/// The OpenAPI document as clients and generators read it (committed as docs/openapi/v1.json): the same for every
/// host it is served from, one problem schema for every error, one bearer scheme for every signed-in operation.
/// </summary>
internal static class OpenApiContract
{
    public const string ProblemSchema = "Problem";
    public const string BearerScheme = "bearer";

    public static void Configure(OpenApiOptions options)
    {
        options.AddOperationTransformer(OpenApiOperations.Describe);
        options.AddDocumentTransformer(DescribeDocument);
        options.AddSchemaTransformer(NameEnumsAsStrings);
    }

    /// <summary>Enums travel as names (WireJson); without a type, generators cannot tell the names are strings.</summary>
    private static Task NameEnumsAsStrings(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (type.IsEnum && schema.Enum is { Count: > 0 } && schema.Type is null)
        {
            schema.Type = JsonSchemaType.String;
        }

        return Task.CompletedTask;
    }

    private static Task DescribeDocument(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "职工之家 UnionHome API",
            Version = "v1",
            Description = "The JSON API of 职工之家 UnionHome. Enums are camelCase strings, timestamps are UTC (ISO 8601 with Z), "
                + "and every error is an RFC 9457 problem with a Chinese title and a stable code.",
            Contact = new OpenApiContact { Name = "职工之家 UnionHome" },
        };

        // Paths in name order, not in the order modules are listed: the committed document changes only with the API.
        var paths = new OpenApiPaths();
        foreach (var (path, item) in document.Paths.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            paths[path] = item;
        }

        document.Paths = paths;
        if (document.Tags is { Count: > 0 } tags)
        {
            document.Tags = new HashSet<OpenApiTag>(tags.OrderBy(t => t.Name, StringComparer.Ordinal));
        }

        // The host the document was asked from is no part of the contract: clients call the server they read it from.
        document.Servers = [new OpenApiServer { Url = "/", Description = "The server this document was read from" }];

        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[ProblemSchema] = Problem();
        document.Components.Schemas.Remove("ProblemDetails");
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "The access token from POST /api/v1/auth/sms-login (members) or /api/v1/auth/staff-login (staff).",
        };
        return Task.CompletedTask;
    }

    /// <summary>RFC 9457 problem details as Errors/ProblemResults writes them.</summary>
    private static OpenApiSchema Problem() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "An RFC 9457 problem: a Chinese title for people, a stable code for programs.",
        Required = new HashSet<string> { "title", "status", "code" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = Text("A URI naming the kind of problem."),
            ["title"] = Text("What went wrong, in Chinese, for the person using the app."),
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status code." },
            ["detail"] = Text("More about this occurrence, when there is more to say."),
            ["instance"] = Text("The request the problem occurred in."),
            ["code"] = Text("The stable machine-readable code (for example already_booked): branch on this, never on the title."),
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "The fields at fault, each with its messages.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
            ["traceId"] = Text("The trace of the request, for support."),
        },
    };

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
}
