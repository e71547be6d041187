using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UnionHome.Membership.Data;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Membership.MyData;

internal static class MyDataApi
{
    public static void MapMyDataApi(this IEndpointRouteBuilder routes)
    {
        var me = routes.MapGroup("/api/v1/me").WithTags("My data (PIPL)").RequireAuthorization();
        me.MapPost("/phone", async (PhoneCorrection correction, Actor actor, PersonalData data, CancellationToken ct) =>
                (await data.CorrectPhoneAsync(actor.UserId, correction, ct)).ToHttpResult(masked => TypedResults.Ok(new { phoneMasked = masked })))
            .WithSummary("Correct my phone: send a code to the new number with /auth/sms-code first, then post it here");
        me.MapPost("/deletion-request", async (DeletionRequestBody body, Actor actor, PersonalData data, CancellationToken ct) =>
                (await data.RequestDeletionAsync(actor.UserId, body.Reason, ct)).ToHttpResult(r => TypedResults.Created("/api/v1/me/data-export", r)))
            .WithSummary("Ask the union to erase my personal data");

        var staff = routes.MapGroup("/api/v1/staff/deletion-requests").WithTags("My data (PIPL)").RequireAuthorization(Policies.Staff);
        staff.MapGet("/", async (Actor actor, AppDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await PersonalData.DeletionRequestsInScope(db, actor, ApplicationStatus.Pending).ToListAsync(ct)))
            .WithSummary("Deletion requests of members of my subtree (of people in no union: platform admins)");
        staff.MapPost("/{id:guid}/process", async (Guid id, Actor actor, PersonalData data, CancellationToken ct) =>
                (await data.ProcessDeletionAsync(actor, id, ct)).ToHttpResult(r => TypedResults.Ok(r)))
            .RequireAuthorization(Policies.Decide)
            .WithSummary("Erase the person's personal fields; statistics keep union, worker type, region and dates");
    }
}
