using System.Net;
using System.Net.Http.Json;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Cases;

/// <summary>The platform's own SLA targets bind every union, so only an administrator of the whole tree sets them.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PlatformSlaPolicyTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly object PlatformTargets = new { urgency = "urgent", firstResponseMinutes = 5, resolutionMinutes = 120, clock = "allHours" };

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_admin_of_one_province_cannot_set_the_platforms_targets(DatabaseProvider provider)
    {
        var app = apps[provider];
        var provinceAdmin = await app.StaffClientAsync("GZ", Roles.Admin);

        var set = await provinceAdmin.PutAsJsonAsync("/api/v1/staff/case-settings/sla-policies", PlatformTargets, Ct);

        await set.ShouldBeProblem(HttpStatusCode.Forbidden, "platform_scope_required");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_administrator_of_the_whole_tree_sets_the_platforms_targets(DatabaseProvider provider)
    {
        // Its own application: the platform's targets would hold every other test's cases to them.
        await using var app = await apps.StartDedicatedAsync(provider);
        var platformAdmin = await app.StaffClientAsync(null, Roles.Admin);

        var set = await platformAdmin.PutAsJsonAsync("/api/v1/staff/case-settings/sla-policies", PlatformTargets, Ct);

        set.StatusCode.ShouldBe(HttpStatusCode.OK, await set.Content.ReadAsStringAsync(Ct));
    }
}
