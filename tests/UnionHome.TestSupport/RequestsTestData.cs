using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Events.Requests;
using UnionHome.Platform.Administration;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Validation;

namespace UnionHome.TestSupport;

/// <summary>Menus, enterprises, their liaisons and workers, and requests from the menu, made as the people involved would.</summary>
internal static class RequestsTestData
{
    /// <summary>舟山远洋渔业有限公司: its union is 舟山市海员工会, below 定海区 and 舟山市总工会.</summary>
    public const string FishingCompany = "91330900MA2A000035";

    /// <summary>杭州湖滨即时配送有限公司 (上城区, 330102): no union of its own.</summary>
    public const string HangzhouDelivery = "91330102MA2H00001L";

    /// <summary>贵阳白云同城配送有限公司: in Guizhou, no union of its own.</summary>
    public const string GuiyangDelivery = "91520113MA6E000020";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Task<Guid> EnterpriseIdAsync(UnionHomeApp app, string creditCode) =>
        app.WithServices(sp => sp.GetRequiredService<AppDbContext>().Enterprises.Where(e => e.CreditCode == creditCode).Select(e => e.Id).SingleAsync(Ct));

    /// <summary>A new employer without a union of its own in the region; returns its credit code.</summary>
    public static Task<string> NewEnterpriseAsync(UnionHomeApp app, string region, string name) =>
        app.WithServices(async sp =>
        {
            var code = NewCreditCode(region);
            var created = await sp.GetRequiredService<Accounts>().CreateEnterpriseAsync(code, name, region, null, "制造业", Ct);
            created.Succeeded.ShouldBeTrue(created.Error?.Message);
            return code;
        });

    public static Task<HttpClient> LiaisonAsync(UnionHomeApp app, string creditCode) =>
        app.StaffClientAsync(null, Roles.EnterpriseLiaison, creditCode);

    public static Task<MenuItemView> MenuItemAsync(HttpClient staff, Guid union, string title, string kind = "training") =>
        new StaffApi(staff).AddMenuItemAsync(union, title, kind);

    public static async Task<SessionRequestView> RequestAsync(HttpClient liaison, Guid enterprise, Guid menuItem, int headcount = 30)
    {
        var response = await liaison.PostAsJsonAsync($"/api/v1/enterprises/{enterprise}/session-requests", new { menuItemId = menuItem, preferredDates = "下月上旬的周三下午", headcount, note = "请安排在公司三楼会议室" }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<SessionRequestView>(Ct))!;
    }

    public static object Schedule(UnionHomeApp app, string? title = null, int capacity = 30)
    {
        var starts = app.Time!.GetUtcNow().AddDays(10);
        return new { title, startsAt = starts, endsAt = starts.AddHours(2), place = "舟山远洋渔业有限公司三楼会议室", capacity };
    }

    /// <summary>A signed-in active member who named the employer when applying, approved by the union it was routed to.</summary>
    public static Task<HttpClient> WorkerOfAsync(UnionHomeApp app, string creditCode, string region = "330902") =>
        Members.ApprovedAsync(app, new { name = "周岚", idNumber = ResidentIds.New(region), workerType = "employee", enterpriseUscc = creditCode, workRegionCode = region });

    public static async Task<List<InboxItem>> InboxOnceDeliveredAsync(HttpClient client, string title)
    {
        List<InboxItem> inbox = [];
        for (var i = 0; i < 100 && !inbox.Any(n => n.Title == title); i++)
        {
            await Task.Delay(100, Ct);
            inbox = (await client.GetFromJsonAsync<Paged<InboxItem>>("/api/v1/me/inbox", Ct))!.Items.ToList();
        }

        return inbox;
    }

    /// <summary>A valid unified social credit code (GB 32100) registered by market regulation in the region.</summary>
    private static string NewCreditCode(string region)
    {
        var body = $"91{region}MA{Random.Shared.Next(0, 10_000_000):D7}";
        return "0123456789ABCDEFGHJKLMNPQRTUWXY".Select(check => body + check).First(code => CreditCode.TryParse(code, out _, out _));
    }
}
