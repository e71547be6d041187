using UnionHome.Membership.Joining;
using UnionHome.Platform.Identity;

namespace UnionHome.TestSupport;

/// <summary>People who sign in and join the union through the API, as a worker and an admin would.</summary>
internal static class Members
{
    /// <summary>Someone signed in with a text code who has not applied yet.</summary>
    public static async Task<HttpClient> SignedInAsync(UnionHomeApp app, string? phone = null) =>
        app.ClientWithToken(await app.MemberTokenAsync(phone ?? Sessions.NewPhone()));

    /// <summary>An application that must be accepted (201), from the given client or a newly signed-in one.</summary>
    public static async Task<ApplicationAccepted> ApplyAsync(UnionHomeApp app, object body, HttpClient? client = null) =>
        await new MemberApi(client ?? await SignedInAsync(app)).ApplyAsync(body);

    /// <summary>A signed-in member of the union serving the region (330902 定海区, 330102 上城区), applied without an employer, approved by an admin.</summary>
    public static Task<HttpClient> ActiveAsync(UnionHomeApp app, string region = "330902") =>
        ActiveAsync(app, Sessions.NewPhone(), ResidentIds.New(region), region);

    /// <summary>As <see cref="ActiveAsync(UnionHomeApp, string)"/>, with the phone and resident ID given.</summary>
    public static Task<HttpClient> ActiveAsync(UnionHomeApp app, string phone, string idNumber, string region) =>
        ApprovedAsync(app, new { name = "林海", idNumber, workerType = "employee", workRegionCode = region }, phone);

    /// <summary>A signed-in seafarer member of 定海区总工会.</summary>
    public static Task<HttpClient> SeafarerAsync(UnionHomeApp app) =>
        ApprovedAsync(app, new { name = "郑海生", idNumber = ResidentIds.New("330902"), workerType = "seafarer", workRegionCode = "330902" });

    /// <summary>A signed-in member who applied with this body and was approved by an admin.</summary>
    public static async Task<HttpClient> ApprovedAsync(UnionHomeApp app, object application, string? phone = null)
    {
        var client = await SignedInAsync(app, phone);
        var applied = await new MemberApi(client).ApplyAsync(application);
        await new StaffApi(await app.StaffClientAsync(null, Roles.Admin)).ApproveApplicationAsync(applied.Id);
        return client;
    }
}
