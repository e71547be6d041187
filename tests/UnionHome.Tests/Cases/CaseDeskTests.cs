using UnionHome.Platform.Api;
using System.Net;
using System.Net.Http.Json;
using UnionHome.Cases.Demo;
using UnionHome.Cases.Filing;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;
using UnionHome.Tests.Membership;

namespace UnionHome.Tests.Cases;

/// <summary>The demo's medical desk for seafarers under 舟山市总工会, and its duty phone.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CaseDeskTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_seafarers_emergency_medical_case_goes_to_the_seafarers_union_desk_and_texts_its_duty_phone(DatabaseProvider provider)
    {
        var app = apps[provider];
        var seafarer = await Members.SeafarerAsync(app);

        var filed = await seafarer.PostAsJsonAsync("/api/v1/cases", new
        {
            category = "medical",
            urgency = "emergency",
            description = "轮机长高烧不退、意识模糊，船在外海，请求医生指导。",
            clientRequestId = Guid.NewGuid().ToString(),
            location = new { lat = 30.1, lng = 123.9, datum = "wgs84" },
            shipName = "浙岱渔03188",
        }, Ct);

        filed.StatusCode.ShouldBe(HttpStatusCode.Created, await filed.Content.ReadAsStringAsync(Ct));
        var routed = (await filed.Content.ReadFromJsonAsync<CaseFiled>(Ct))!;
        routed.RoutedTo.Name.ShouldBe("舟山市海员工会");
        routed.RoutedTo.Reason.ShouldContain(CasesDemoData.MedicalDesk);
        await WaitUntilAsync(async () => (await app.Anonymous().GetFromJsonAsync<Paged<SmsText>>($"/api/v1/dev/sms-outbox?phone={CasesDemoData.DutyPhone}", Ct))!.Items
            .Any(m => m.Text.Contains(routed.Number, StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_seafarers_legal_case_stays_with_their_own_union(DatabaseProvider provider)
    {
        var app = apps[provider];
        var seafarer = await Members.SeafarerAsync(app);

        var filed = await seafarer.PostAsJsonAsync("/api/v1/cases", new { category = "legal", urgency = "normal", description = "船东不签劳动合同。", clientRequestId = Guid.NewGuid().ToString() }, Ct);

        filed.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await filed.Content.ReadFromJsonAsync<CaseFiled>(Ct))!.RoutedTo.Reason.ShouldNotContain(CasesDemoData.MedicalDesk);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100 && !await condition(); i++)
        {
            await Task.Delay(50, Ct);
        }

        (await condition()).ShouldBeTrue();
    }

    private sealed record SmsText(string Text);
}
