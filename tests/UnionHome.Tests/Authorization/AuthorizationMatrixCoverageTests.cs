using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Modules;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Authorization;

/// <summary>Every endpoint the application maps has a row in exactly one module's authorization matrix.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AuthorizationMatrixCoverageTests(Apps apps)
{
    // Found by name, so that a new module's matrix in its own test folder is covered without an edit here.
    private static readonly (string Matrix, MatrixRow[] Rows)[] Matrices =
    [
        .. typeof(AuthorizationMatrixCoverageTests).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("AuthorizationMatrix", StringComparison.Ordinal))
            .Select(t => (t.Name, Field: t.GetField("Rows", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)))
            .Where(m => m.Field?.FieldType == typeof(MatrixRow[]))
            .Select(m => (m.Name, (MatrixRow[])m.Field!.GetValue(null)!)),
    ];

    [Fact]
    public async Task The_matrix_callers_stay_signed_in_after_another_test_moves_the_clock_past_a_token_lifetime()
    {
        await using var app = await apps.StartDedicatedAsync(DatabaseProvider.Sqlite);
        var world = await MatrixWorld.OfAsync(app);

        app.Time.Advance(TimeSpan.FromHours(3));
        var me = await world.ClientOf(Roles.Admin).GetAsync("/api/v1/me", TestContext.Current.CancellationToken);

        me.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
    }

    [Fact]
    public void The_platform_and_every_module_in_the_list_own_a_matrix()
    {
        var expected = ModuleList.All.Select(m => char.ToUpperInvariant(m.Name[0]) + m.Name[1..] + "AuthorizationMatrix").Append(nameof(PlatformAuthorizationMatrix));

        Matrices.Select(m => m.Matrix).ShouldBe(expected, ignoreOrder: true);
    }

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
