using System.Net;
using System.Net.Http.Json;
using Npgsql;
using UnionHome.Platform.Data;
using UnionHome.Tests.Infrastructure;
using UnionHome.Tests.Membership;

namespace UnionHome.Tests.ScaleOut;

/// <summary>A PostgreSQL restart or failover, seen from a node: its connections drop, then the database is back.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DatabaseOutageTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_database_outage_answers_503_with_retry_after_and_the_node_recovers_by_itself()
    {
        var direct = new NpgsqlConnectionStringBuilder(await apps.Postgres.CreateDatabaseAsync());
        await using var link = new DatabaseLink(direct.Host!, direct.Port);
        link.Connect();
        var throughLink = new NpgsqlConnectionStringBuilder(direct.ConnectionString) { Port = link.Port, Timeout = 3 }.ConnectionString;
        await using var node = await apps.StartDedicatedAsync(DatabaseProvider.Postgres, new() { ["ConnectionStrings:UnionHome"] = throughLink });
        var member = await Members.ActiveAsync(node, Sessions.NewPhone(), ResidentIds.New("330902"), "330902");
        (await member.GetAsync("/api/v1/me/membership", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        link.Cut();
        using var during = await member.GetAsync("/api/v1/me/membership", Ct);

        during.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        during.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(2));
        var problem = await during.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct);
        problem.GetProperty("code").GetString().ShouldBe("service_unavailable");
        problem.GetProperty("title").GetString().ShouldBe("服务暂时不可用，请稍后重试");

        link.Connect();
        // Connections pooled before the cut fail once each and are discarded; nothing needs restarting.
        HttpStatusCode after = default;
        for (var attempt = 0; attempt < 100 && after != HttpStatusCode.OK; attempt++)
        {
            await Task.Delay(attempt == 0 ? 0 : 100, Ct);
            using var response = await member.GetAsync("/api/v1/me/membership", Ct);
            after = response.StatusCode;
            after.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable);
        }

        after.ShouldBe(HttpStatusCode.OK);
    }
}
