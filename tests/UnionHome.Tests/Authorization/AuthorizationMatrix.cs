using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;

namespace UnionHome.Tests.Authorization;

/// <summary>
/// One endpoint's row: its cells, "inside/outside" per caller in the order of <see cref="AuthorizationMatrix.Callers"/>,
/// and how to call it for a caller inside or outside their part of the tree (a fresh fixture where the call consumes one,
/// a valid body). Without a request, the endpoint is called on the caller's own unit (inside) or 白云区总工会 (outside)
/// with an empty body. Where <paramref name="NotFound"/> is given, every 404 cell must carry that problem code: the
/// refusal of the scope check, not a route that does not exist.
/// </summary>
internal sealed record MatrixRow(string Endpoint, string Cells, Func<MatrixCall, Task<HttpResponseMessage>>? Request = null, string? NotFound = null);

/// <summary>
/// The engine the module matrices share: every row × every caller × a target inside and outside the caller's subtree.
/// Callers with a union sit at 舟山市总工会 (members at 舟山市海员工会 below it); "outside" is 白云区总工会 in Guizhou.
/// </summary>
internal static class AuthorizationMatrix
{
    public static readonly string[] Callers =
        ["anonymous", "registered", Roles.Member, Roles.EnterpriseLiaison, Roles.UnionStaff, Roles.Reviewer, Roles.Auditor, Roles.Admin, Roles.Volunteer, Roles.Expert, Roles.StationOperator, Roles.Merchant];

    public static TheoryData<DatabaseProvider, string> TheoryRows(IEnumerable<MatrixRow> rows)
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            foreach (var row in rows)
            {
                data.Add(provider, row.Endpoint);
            }
        }

        return data;
    }

    /// <summary>Calls the row's endpoint as every caller, inside and outside, and fails with every cell that differs.</summary>
    public static async Task RunAsync(UnionHomeApp app, IEnumerable<MatrixRow> rows, string endpoint)
    {
        var row = rows.Single(r => r.Endpoint == endpoint);
        var world = await MatrixWorld.OfAsync(app);
        var expected = row.Cells.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        expected.Length.ShouldBe(Callers.Length, endpoint);
        var failures = new List<string>();
        for (var i = 0; i < Callers.Length; i++)
        {
            var cells = expected[i].Split('/');
            foreach (var (inside, cell) in new[] { (true, cells[0]), (false, cells[1]) })
            {
                var call = new MatrixCall(world, Callers[i], inside, endpoint);
                using var response = await (row.Request ?? DefaultRequest)(call);
                var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                if ((int)response.StatusCode != int.Parse(cell, CultureInfo.InvariantCulture))
                {
                    failures.Add($"{Callers[i]} {(inside ? "inside" : "outside")}: expected {cell}, got {(int)response.StatusCode} {body[..Math.Min(body.Length, 160)]}");
                }
                else if (row.NotFound is { } code && response.StatusCode == HttpStatusCode.NotFound && ProblemCode(body) != code)
                {
                    failures.Add($"{Callers[i]} {(inside ? "inside" : "outside")}: expected 404 {code}, got 404 {body[..Math.Min(body.Length, 160)]}");
                }
            }
        }

        failures.ShouldBeEmpty($"{endpoint} on {app.Provider}");
    }

    private static string? ProblemCode(string body)
    {
        try
        {
            using var problem = JsonDocument.Parse(body);
            return problem.RootElement.TryGetProperty("code", out var code) ? code.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The endpoint on the caller's unit (inside) or 白云区总工会 (outside); an empty JSON body, or an empty form for a page.</summary>
    private static Task<HttpResponseMessage> DefaultRequest(MatrixCall call)
    {
        var path = call.Template
            .Replace("{id}", call.Unit.ToString(), StringComparison.Ordinal)
            .Replace("{code}", call.Inside ? "330900" : "520113", StringComparison.Ordinal)
            .Replace("{documentName}", "v1", StringComparison.Ordinal);
        return call.SendAsync(path, path.StartsWith("/api/", StringComparison.Ordinal) ? new { } : null);
    }
}

/// <summary>One cell's call: who calls, whether the target is inside their subtree, and the world the matrix built.</summary>
internal sealed class MatrixCall(MatrixWorld world, string caller, bool inside, string endpoint)
{
    public MatrixWorld World => world;

    public UnionHomeApp App => world.App;

    public string Caller => caller;

    public bool Inside => inside;

    public bool Anonymous => caller == "anonymous";

    public string Method => endpoint.Split(' ')[0];

    public string Template => endpoint.Split(' ')[1];

    public HttpClient Client => world.ClientOf(caller);

    /// <summary>The caller's own union inside (舟山市总工会, or 舟山市海员工会 for members); 白云区总工会 outside.</summary>
    public Guid Unit => inside ? world.OwnUnit(caller) : world.Baiyun;

    /// <summary>舟山远洋渔业 inside (its union is 舟山市海员工会; the matrix's liaison works for it); 贵阳白云同城配送 outside.</summary>
    public Guid Enterprise => inside ? world.InsideEnterprise : world.OutsideEnterprise;

    /// <summary>A fixture the call consumes, made fresh for each caller who gets past sign-in; an empty id for the anonymous caller.</summary>
    public async Task<Guid> FreshAsync(Func<bool, Task<Guid>> make) => Anonymous ? Guid.Empty : await make(inside);

    /// <summary>The template with its route values filled in, in order.</summary>
    public string Path(params object[] values)
    {
        var path = Template;
        foreach (var value in values)
        {
            var open = path.IndexOf('{', StringComparison.Ordinal);
            path = path[..open] + value + path[(path.IndexOf('}', open) + 1)..];
        }

        return path;
    }

    /// <summary>Sends the row's method to the path: JSON for the API, an empty form without antiforgery token for a page.</summary>
    public Task<HttpResponseMessage> SendAsync(string path, object? body = null)
    {
        var ct = TestContext.Current.CancellationToken;
        return Method switch
        {
            "GET" => Client.GetAsync(path, ct),
            "DELETE" => Client.DeleteAsync(path, ct),
            "PUT" => Client.PutAsJsonAsync(path, body ?? new { }, ct),
            _ when path.StartsWith("/api/", StringComparison.Ordinal) => Client.PostAsJsonAsync(path, body ?? new { }, ct),
            _ => Client.PostAsync(path, new FormUrlEncodedContent([]), ct),
        };
    }

    public Task<HttpResponseMessage> SendAsync(string path, HttpContent content) => Client.PostAsync(path, content, TestContext.Current.CancellationToken);
}
