using UnionHome.Cases.Filing;

namespace UnionHome.TestSupport;

/// <summary>Requests for help as members file them from the app.</summary>
internal static class HelpRequests
{
    /// <summary>A seafarer's emergency medical case at sea, with a position and a ship; returns its number.</summary>
    public static async Task<string> FileEmergencyAsync(HttpClient seafarer, UnionHomeApp node)
    {
        // The member's token works on any node.
        var member = new MemberApi(node.ClientWithToken(seafarer.DefaultRequestHeaders.Authorization!.Parameter!));
        CaseFiled filed = await member.FileCaseAsync(new
        {
            category = "medical",
            urgency = "emergency",
            description = "大副从舷梯摔下，腿部变形不能动，船在外海，请求医生指导。",
            clientRequestId = Guid.NewGuid().ToString(),
            location = new { lat = 30.1, lng = 123.9, datum = "wgs84" },
            shipName = "浙岱渔03188",
        });
        return filed.Number;
    }
}
