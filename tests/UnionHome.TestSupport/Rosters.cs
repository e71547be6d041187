using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using UnionHome.Membership.Rosters;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;

namespace UnionHome.TestSupport;

/// <summary>Roster workbooks and their upload by an enterprise's liaison, as the liaison's browser sends them.</summary>
internal static class Rosters
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A liaison of 杭州湖滨即时配送 (上城区, no union of its own) and the enterprise's id.</summary>
    public static async Task<(string Token, Guid EnterpriseId)> LiaisonAsync(UnionHomeApp app)
    {
        var enterpriseId = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().Enterprises.Where(e => e.CreditCode == "91330102MA2H00001L").Select(e => e.Id).SingleAsync(Ct));
        var (token, _) = await app.NewStaffAsync(Roles.EnterpriseLiaison, "ZJ-HZ-SC", enterprise: "91330102MA2H00001L");
        return (token, enterpriseId);
    }

    /// <summary>Uploads the roster, which must be accepted (202), and follows the import until it finishes.</summary>
    public static async Task<RosterImportProgress> ImportAsync(UnionHomeApp app, string token, Guid enterpriseId, byte[] roster)
    {
        var response = await UploadAsync(app.ClientWithToken(token), enterpriseId, roster);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync(Ct));
        var id = (await response.Content.ReadFromJsonAsync<RosterImportAccepted>(Ct))!.Id;
        for (var i = 0; ; i++)
        {
            var progress = (await app.ClientWithToken(token).GetFromJsonAsync<RosterImportProgress>($"/api/v1/roster-imports/{id}", Ct))!;
            if (progress.Status is "completed" or "failed" || i == 100)
            {
                return progress;
            }

            await Task.Delay(100, Ct);
        }
    }

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid enterpriseId, byte[] roster)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(roster);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", "名册.xlsx");
        return client.PostAsync($"/api/v1/enterprises/{enterpriseId}/roster-imports", form, Ct);
    }

    /// <summary>A workbook whose first sheet holds these rows (the first is usually the header 姓名, 身份证号, 手机号).</summary>
    public static byte[] Workbook(params object?[][] rows)
    {
        var sheet = rows.Select(r => r.Select((v, i) => (Key: ((char)('A' + i)).ToString(), Value: v)).ToDictionary(c => c.Key, c => c.Value));
        using var stream = new MemoryStream();
        stream.SaveAs(sheet.ToList(), printHeader: false); // a list, so the sheet declares its size as Excel and WPS do
        return stream.ToArray();
    }
}
