using System.Net;
using System.Net.Http.Json;
using UnionHome.Events.Catalogue;
using UnionHome.Events.Requests;

namespace UnionHome.TestSupport;

/// <summary>The calls a union officer's console repeats, over a signed-in staff client, answering the typed views.</summary>
internal sealed class StaffApi(HttpClient http)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public HttpClient Http => http;

    public async Task ApproveApplicationAsync(Guid applicationId)
    {
        var response = await http.PostAsync($"/api/v1/staff/applications/{applicationId}/approve", null, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>Creates an event (a draft); it must be accepted (201).</summary>
    public async Task<EventView> CreateEventAsync(object body)
    {
        var response = await http.PostAsJsonAsync("/api/v1/staff/events", body, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<EventView>(Ct))!;
    }

    public async Task<EventView> PublishEventAsync(Guid eventId)
    {
        var response = await http.PostAsync($"/api/v1/staff/events/{eventId}/publish", null, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<EventView>(Ct))!;
    }

    /// <summary>Puts a training or lecture on a union's menu; it must be accepted (201).</summary>
    public async Task<MenuItemView> AddMenuItemAsync(Guid union, string title, string kind = "training")
    {
        var response = await http.PostAsJsonAsync("/api/v1/staff/menu-items", new { orgUnitId = union, kind, title, description = "约2小时，可到企业上课" }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<MenuItemView>(Ct))!;
    }
}
