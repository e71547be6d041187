using System.Net;
using System.Net.Http.Json;
using UnionHome.Cases.Filing;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Cases;

/// <summary>Filing is limited per account and per network, oversized bodies are refused unread, and the duty phone gets at most a few texts an hour.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CaseFloodTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Requests_for_help_past_the_account_limit_and_then_the_network_limit_get_429(DatabaseProvider provider)
    {
        await using var app = await apps.StartDedicatedAsync(
            provider,
            new() { ["RateLimits:CaseFilingPerAccount:PermitLimit"] = "2", ["RateLimits:CaseFiling:PermitLimit"] = "3", ["RateLimits:CaseFiling:Window"] = "01:00:00" },
            Clocks.Thursday1000Beijing());
        app.Time.MoveToStartOfWindow(TimeSpan.FromHours(1));
        var flooder = await Members.ActiveAsync(app);
        await new MemberApi(flooder).FileCaseAsync();
        await new MemberApi(flooder).FileCaseAsync();

        var refused = await FileAsync(flooder);
        await new MemberApi(await Members.ActiveAsync(app)).FileCaseAsync();
        var fromSameNetwork = await FileAsync(await Members.ActiveAsync(app));

        await refused.ShouldBeProblem(HttpStatusCode.TooManyRequests, "account_rate_limited");
        await fromSameNetwork.ShouldBeProblem(HttpStatusCode.TooManyRequests, "rate_limited");
        app.Time.Advance(TimeSpan.FromHours(1));
        await new MemberApi(flooder).FileCaseAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_body_announced_larger_than_five_full_images_is_refused_with_413_before_it_is_read(DatabaseProvider provider)
    {
        var member = await Members.ActiveAsync(apps[provider]);
        var content = new ByteArrayContent("{}"u8.ToArray());
        content.Headers.ContentType = new("application/json");
        content.Headers.ContentLength = 200L * 1024 * 1024;

        var response = await member.PostAsync("/api/v1/cases", content, Ct);

        await response.ShouldBeProblem(HttpStatusCode.RequestEntityTooLarge, "request_too_large");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_duty_phone_gets_the_hourly_cap_of_emergency_texts_then_one_summary_then_silence_until_the_next_hour(DatabaseProvider provider)
    {
        await using var app = await apps.StartDedicatedAsync(provider, new() { ["Cases:DutyPhone:TextsPerHour"] = "2" }, Clocks.Thursday1000Beijing());
        app.Time.MoveToStartOfWindow(TimeSpan.FromHours(1));
        var dutyPhone = Sessions.NewPhone();
        // Not an emergency: it only shows where the seafarers' medical cases go, and texts nobody.
        var first = await new MemberApi(await Members.SeafarerAsync(app)).FileCaseAsync(Medical("urgent"));
        var admin = await app.StaffClientAsync(null, Roles.Admin);
        (await admin.PutAsJsonAsync("/api/v1/staff/case-settings/duty-phone", new { orgUnitId = first.RoutedTo.OrgUnitId, phone = dutyPhone }, Ct)).EnsureSuccessStatusCode();

        for (var i = 0; i < 5; i++)
        {
            (await new MemberApi(await Members.SeafarerAsync(app)).FileCaseAsync(Medical("emergency"))).RoutedTo.OrgUnitId.ShouldBe(first.RoutedTo.OrgUnitId);
        }

        var texts = await TextsSettledAsync(app, dutyPhone, 3);
        texts.Count.ShouldBe(3, string.Join("\n", texts));
        texts.Count(t => t.Contains("紧急医疗求助", StringComparison.Ordinal) && !t.Contains("上限", StringComparison.Ordinal)).ShouldBe(2);
        texts.Count(t => t.Contains("上限", StringComparison.Ordinal)).ShouldBe(1);

        app.Time.Advance(TimeSpan.FromHours(1));
        await new MemberApi(await Members.SeafarerAsync(app)).FileCaseAsync(Medical("emergency"));
        (await TextsSettledAsync(app, dutyPhone, 4)).Count.ShouldBe(4);
    }

    private static object Medical(string urgency) => new
    {
        category = "medical",
        urgency,
        description = "大副从舷梯摔下，腿部变形不能动，船在外海，请求医生指导。",
        clientRequestId = Guid.NewGuid().ToString(),
        shipName = "浙岱渔03188",
    };

    private static Task<HttpResponseMessage> FileAsync(HttpClient member) =>
        member.PostAsJsonAsync("/api/v1/cases", new { category = "legal", urgency = "normal", description = "船东不签劳动合同，怎么办？", clientRequestId = Guid.NewGuid().ToString() }, Ct);

    /// <summary>The texts once the outbox has delivered: at least the expected count, then a pause to let any extra one arrive.</summary>
    private static async Task<List<string>> TextsSettledAsync(UnionHomeApp app, string phone, int expected)
    {
        async Task<List<string>> ReadAsync() =>
            (await app.Anonymous().GetFromJsonAsync<Paged<SmsText>>($"/api/v1/dev/sms-outbox?phone={phone}&pageSize=100", Ct))!.Items.Select(t => t.Text).ToList();

        for (var attempt = 0; attempt < 100 && (await ReadAsync()).Count < expected; attempt++)
        {
            await Task.Delay(100, Ct);
        }

        await Task.Delay(1000, Ct);
        return await ReadAsync();
    }

    private sealed record SmsText(string Text);
}
