using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using UnionHome.Cases.Queue;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Tests.Infrastructure;
using UnionHome.Tests.Membership;

namespace UnionHome.Tests.Cases;

/// <summary>The /help form as a phone without script posts it: a plain form, antiforgery and all.</summary>
[Collection(PlatformCollection.Name)]
public sealed partial class HelpPageTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_help_form_posted_twice_without_script_files_one_case(DatabaseProvider provider)
    {
        var app = apps[provider];
        var member = await Members.ActiveAsync(app, Sessions.NewPhone(), ResidentIds.New("330902"), "330902");
        var page = await member.GetAsync("/help", Ct);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync(Ct);
        var cookie = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var (token, requestId) = (WebUtility.HtmlDecode(AntiforgeryToken().Match(html).Groups[1].Value), RequestId().Match(html).Groups[1].Value);
        requestId.ShouldNotBeNullOrEmpty();
        var description = $"船上发不出工资，已经三个月了。{Guid.NewGuid():N}";

        var first = await PostAsync(member, cookie, token, requestId, description);
        var again = await PostAsync(member, cookie, token, requestId, description);

        first.ShouldContain("role=\"status\"");
        again.ShouldContain("role=\"status\"");
        var mine = (await member.GetFromJsonAsync<Paged<CaseSummary>>("/api/v1/me/cases", Ct))!.Items;
        mine.Count(c => c.Category == "wage").ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_member_replies_from_their_case_page_and_another_member_cannot_open_it(DatabaseProvider provider)
    {
        var app = apps[provider];
        var member = await Members.ActiveAsync(app, Sessions.NewPhone(), ResidentIds.New("330902"), "330902");
        var stranger = await Members.ActiveAsync(app, Sessions.NewPhone(), ResidentIds.New("330902"), "330902");
        var filed = await member.PostAsJsonAsync("/api/v1/cases", new { category = "injury", urgency = "urgent", description = "甲板上摔伤了手腕。", clientRequestId = Guid.NewGuid().ToString() }, Ct);
        var id = (await filed.Content.ReadFromJsonAsync<UnionHome.Cases.Filing.CaseFiled>(Ct))!.Id;

        var page = await member.GetAsync($"/me/cases/{id}", Ct);
        var html = await page.Content.ReadAsStringAsync(Ct);
        var cookie = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        using var reply = new HttpRequestMessage(HttpMethod.Post, $"/me/cases/{id}")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryToken().Match(html).Groups[1].Value),
                ["_handler"] = "message",
                ["Text"] = "已经到医务室包扎了。",
            }),
        };
        reply.Headers.Add("Cookie", cookie);
        (await member.SendAsync(reply, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var view = (await member.GetFromJsonAsync<CaseView>($"/api/v1/cases/{id}", Ct))!;
        view.Timeline.ShouldContain(e => e.Kind == "messageFromMember" && e.Text == "已经到医务室包扎了。");
        (await (await stranger.GetAsync($"/me/cases/{id}", Ct)).Content.ReadAsStringAsync(Ct)).ShouldNotContain("甲板上摔伤了手腕");
    }

    private static async Task<string> PostAsync(HttpClient member, string cookie, string token, string requestId, string description)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("help"), "_handler" },
            { new StringContent(requestId), "RequestId" },
            { new StringContent("wage"), "Category" },
            { new StringContent("normal"), "Urgency" },
            { new StringContent(description), "Description" },
            { new StringContent("浙岱渔03188"), "ShipName" },
            // A browser sends every field, the empty ones too, and an empty part for no photo.
            { new StringContent(""), "Voyage" },
            { new StringContent(""), "BehalfName" },
            { new StringContent(""), "BehalfRelationship" },
            { new StringContent(""), "Lat" },
            { new StringContent(""), "Lng" },
        };
        var noPhoto = new ByteArrayContent([]);
        noPhoto.Headers.Add("Content-Disposition", "form-data; name=\"Photos\"; filename=\"\"");
        noPhoto.Headers.Add("Content-Type", "application/octet-stream");
        form.Add(noPhoto);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/help") { Content = form };
        request.Headers.Add("Cookie", cookie);
        var response = await member.SendAsync(request, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("name=\"RequestId\" value=\"([^\"]+)\"")]
    private static partial Regex RequestId();
}
