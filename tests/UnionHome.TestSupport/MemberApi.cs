using System.Net;
using System.Net.Http.Json;
using UnionHome.Cases.Filing;
using UnionHome.Events.Bookings;
using UnionHome.Events.Catalogue;
using UnionHome.Membership.Joining;

namespace UnionHome.TestSupport;

/// <summary>The calls a member's app repeats, over a signed-in client, answering the typed views.</summary>
internal sealed class MemberApi(HttpClient http)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public HttpClient Http => http;

    /// <summary>Applies to join; the application must be accepted (201).</summary>
    public async Task<ApplicationAccepted> ApplyAsync(object body)
    {
        var response = await http.PostAsJsonAsync("/api/v1/membership/applications", body, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<ApplicationAccepted>(Ct))!;
    }

    /// <summary>Books a place on a session; the answer may be a refusal, so the status and body come back with it.</summary>
    public async Task<(HttpStatusCode Status, BookingView? Booking, string Body)> BookAsync(EventView e, string? clientRequestId = null, int session = 0)
    {
        var response = await http.PostAsJsonAsync($"/api/v1/events/{e.Id}/sessions/{e.Sessions[session].Id}/bookings", new { clientRequestId = clientRequestId ?? Guid.NewGuid().ToString() }, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return (response.StatusCode, response.IsSuccessStatusCode ? System.Text.Json.JsonSerializer.Deserialize<BookingView>(text, System.Text.Json.JsonSerializerOptions.Web) : null, text);
    }

    /// <summary>Asks for help; the case must be filed (201). A legal question of normal urgency unless the body says otherwise.</summary>
    public async Task<CaseFiled> FileCaseAsync(object? body = null)
    {
        var response = await http.PostAsJsonAsync(
            "/api/v1/cases",
            body ?? new { category = "legal", urgency = "normal", description = "船东不签劳动合同，怎么办？", clientRequestId = Guid.NewGuid().ToString() },
            Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<CaseFiled>(Ct))!;
    }
}
