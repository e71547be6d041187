using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Platform.Data;
using UnionHome.Tests.Cases;
using UnionHome.Tests.Events;
using UnionHome.Tests.Infrastructure;
using UnionHome.Tests.Membership;

namespace UnionHome.Tests.Authorization;

/// <summary>Every endpoint the application maps has a row in exactly one module's authorization matrix.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AuthorizationMatrixCoverageTests(Apps apps)
{
    private static readonly (string Matrix, MatrixRow[] Rows)[] Matrices =
    [
        (nameof(PlatformAuthorizationMatrix), PlatformAuthorizationMatrix.Rows),
        (nameof(MembershipAuthorizationMatrix), MembershipAuthorizationMatrix.Rows),
        (nameof(EventsAuthorizationMatrix), EventsAuthorizationMatrix.Rows),
        (nameof(CasesAuthorizationMatrix), CasesAuthorizationMatrix.Rows),
    ];

    [Fact]
    public void Every_mapped_endpoint_has_a_row_in_a_module_matrix_and_every_row_an_endpoint()
    {
        var mapped = apps[DatabaseProvider.Sqlite].Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => IsOurs(e.RoutePattern.RawText ?? ""))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => $"{m} {Normalize(e.RoutePattern.RawText!)}"))
            .ToHashSet();
        var rows = Matrices.SelectMany(m => m.Rows.Select(r => r.Endpoint)).ToHashSet();

        mapped.Except(rows).ShouldBeEmpty("endpoints without a row in an authorization matrix");
        rows.Except(mapped).ShouldBeEmpty("rows for endpoints that no longer exist");
    }

    [Fact]
    public void No_endpoint_has_a_row_in_two_matrices_or_two_rows_in_one()
    {
        Matrices.SelectMany(m => m.Rows.Select(r => (m.Matrix, r.Endpoint)))
            .GroupBy(r => r.Endpoint)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(r => r.Matrix))}")
            .ShouldBeEmpty();
    }

    [Fact]
    public void Every_row_has_a_cell_for_every_caller()
    {
        Matrices.SelectMany(m => m.Rows)
            .Where(r => r.Cells.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length != AuthorizationMatrix.Callers.Length)
            .Select(r => r.Endpoint)
            .ShouldBeEmpty();
    }

    private static string Normalize(string pattern)
    {
        var normalized = System.Text.RegularExpressions.Regex.Replace(pattern, @"\{(\w+)(:[^}?]+)?\??\}", "{$1}").TrimEnd('/');
        return normalized.StartsWith('/') ? normalized : "/" + normalized;
    }

    // Static files and the Blazor framework's own endpoints are not ours to authorize.
    private static bool IsOurs(string pattern) =>
        !pattern.TrimStart('/').StartsWith('_')
        && !pattern.Contains("{**path:file}", StringComparison.Ordinal)
        && !(pattern.Contains('.', StringComparison.Ordinal) && !pattern.Contains('{', StringComparison.Ordinal));
}
