using System.Net;
using System.Net.Http.Json;
using UnionHome.Membership.Approvals;
using UnionHome.Membership.Joining;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Membership;

/// <summary>An application answers the same whoever the ID number belongs to, and staff, not the first applicant, decide whose it is.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ApplicationProbingTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Applying_with_a_members_id_number_from_another_account_is_answered_like_any_application_and_flagged_for_staff(DatabaseProvider provider)
    {
        var app = apps[provider];
        var memberId = ResidentIds.New("330902");
        await Members.ActiveAsync(app, Sessions.NewPhone(), memberId, "330902");

        var probe = await (await Members.SignedInAsync(app)).PostAsJsonAsync("/api/v1/membership/applications", new { name = "林海", idNumber = memberId, workerType = "employee", workRegionCode = "330902" }, Ct);
        var stranger = await (await Members.SignedInAsync(app)).PostAsJsonAsync("/api/v1/membership/applications", new { name = "林海", idNumber = ResidentIds.New("330902"), workerType = "employee", workRegionCode = "330902" }, Ct);

        probe.StatusCode.ShouldBe(stranger.StatusCode, await probe.Content.ReadAsStringAsync(Ct));
        var accepted = (await probe.Content.ReadFromJsonAsync<ApplicationAccepted>(Ct))!;
        accepted.Status.ShouldBe("pending");
        (await QueuedAsync(app, accepted.Id)).IdentityConflict.ShouldBeTrue();
        (await QueuedAsync(app, (await stranger.Content.ReadFromJsonAsync<ApplicationAccepted>(Ct))!.Id)).IdentityConflict.ShouldBeFalse();
        await (await (await app.StaffClientAsync(null, Roles.Admin)).PostAsync($"/api/v1/staff/applications/{accepted.Id}/approve", null, Ct))
            .ShouldBeProblem(HttpStatusCode.Conflict, "already_member");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_application_filed_with_a_workers_id_number_does_not_block_the_workers_own_and_both_go_to_staff(DatabaseProvider provider)
    {
        var app = apps[provider];
        var workerId = ResidentIds.New("330902");
        var squatter = await Members.ApplyAsync(app, new { name = "李海军", idNumber = workerId, workRegionCode = "330902", workerType = "seafarer" });

        var own = await Members.ApplyAsync(app, new { name = "李海军", idNumber = workerId.ToLowerInvariant(), workerType = "seafarer", workRegionCode = "330902" });

        own.Status.ShouldBe("pending");
        (await QueuedAsync(app, own.Id)).IdentityConflict.ShouldBeTrue();
        (await QueuedAsync(app, squatter.Id)).IdentityConflict.ShouldBeTrue();
        var admin = new StaffApi(await app.StaffClientAsync(null, Roles.Admin));
        await admin.ApproveApplicationAsync(own.Id);
        await (await admin.Http.PostAsync($"/api/v1/staff/applications/{squatter.Id}/approve", null, Ct)).ShouldBeProblem(HttpStatusCode.Conflict, "already_member");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_account_is_still_told_about_its_own_membership_and_its_own_pending_application(DatabaseProvider provider)
    {
        var app = apps[provider];
        var waiting = await Members.SignedInAsync(app);
        await Members.ApplyAsync(app, new { name = "周平", idNumber = ResidentIds.New(), workerType = "employee", workRegionCode = "330902" }, waiting);
        var member = await Members.ActiveAsync(app);

        await (await waiting.PostAsJsonAsync("/api/v1/membership/applications", new { name = "周平", idNumber = ResidentIds.New(), workerType = "employee", workRegionCode = "330902" }, Ct))
            .ShouldBeProblem(HttpStatusCode.Conflict, "application_pending");
        await (await member.PostAsJsonAsync("/api/v1/membership/applications", new { name = "林海", idNumber = ResidentIds.New(), workerType = "employee", workRegionCode = "330902" }, Ct))
            .ShouldBeProblem(HttpStatusCode.Conflict, "already_member");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Applications_past_the_account_limit_and_then_the_network_limit_get_429(DatabaseProvider provider)
    {
        await using var app = await apps.StartDedicatedAsync(
            provider,
            new()
            {
                ["RateLimits:MembershipApplicationPerAccount:PermitLimit"] = "2",
                ["RateLimits:MembershipApplication:PermitLimit"] = "3",
                ["RateLimits:MembershipApplication:Window"] = "01:00:00",
            },
            Clocks.Thursday1000Beijing());
        app.Time.MoveToStartOfWindow(TimeSpan.FromHours(1));
        var prober = await Members.SignedInAsync(app);
        for (var i = 0; i < 2; i++)
        {
            await (await ProbeAsync(prober)).ShouldBeProblem(HttpStatusCode.BadRequest, "unknown_region");
        }

        var refused = await ProbeAsync(prober);
        await (await ProbeAsync(await Members.SignedInAsync(app))).ShouldBeProblem(HttpStatusCode.BadRequest, "unknown_region");
        var fromSameNetwork = await ProbeAsync(await Members.SignedInAsync(app));

        await refused.ShouldBeProblem(HttpStatusCode.TooManyRequests, "account_rate_limited");
        refused.Headers.RetryAfter.ShouldNotBeNull();
        await fromSameNetwork.ShouldBeProblem(HttpStatusCode.TooManyRequests, "rate_limited");
        app.Time.Advance(TimeSpan.FromHours(1));
        await (await ProbeAsync(prober)).ShouldBeProblem(HttpStatusCode.BadRequest, "unknown_region");
    }

    private static Task<HttpResponseMessage> ProbeAsync(HttpClient client) =>
        client.PostAsJsonAsync("/api/v1/membership/applications", new { name = "林海", idNumber = ResidentIds.New(), workerType = "employee", workRegionCode = "999999" }, Ct);

    private static async Task<ApplicationSummary> QueuedAsync(UnionHomeApp app, Guid applicationId)
    {
        var admin = await app.StaffClientAsync(null, Roles.Admin);
        for (var page = 1; ; page++)
        {
            var queue = (await admin.GetFromJsonAsync<Paged<ApplicationSummary>>($"/api/v1/staff/applications?pageSize=100&page={page}", Ct))!;
            if (queue.Items.SingleOrDefault(a => a.Id == applicationId) is { } found)
            {
                return found;
            }

            queue.Items.Count.ShouldBe(100, $"application {applicationId} is not in the pending queue");
        }
    }
}
