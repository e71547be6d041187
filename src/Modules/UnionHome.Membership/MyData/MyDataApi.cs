using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UnionHome.Membership.Data;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Organization;

namespace UnionHome.Membership.MyData;

internal static class MyDataApi
{
    public static void MapMyDataApi(this IEndpointRouteBuilder routes)
    {
        var me = routes.MapGroup("/api/v1/me").WithTags("My data (PIPL)").RequireAuthorization();
        me.MapPost("/phone", async (PhoneCorrection correction, ClaimsPrincipal user, PersonalData data, CancellationToken ct) =>
                (await data.CorrectPhoneAsync(Caller.From(user)!.UserId, correction, ct)).ToHttpResult(masked => TypedResults.Ok(new { phoneMasked = masked })))
            .WithSummary("Correct my phone: send a code to the new number with /auth/sms-code first, then post it here");
        me.MapPost("/deletion-request", async (DeletionRequestBody body, ClaimsPrincipal user, PersonalData data, CancellationToken ct) =>
                (await data.RequestDeletionAsync(Caller.From(user)!.UserId, body.Reason, ct)).ToHttpResult(r => TypedResults.Created("/api/v1/me/data-export", r)))
            .WithSummary("Ask the union to erase my personal data");

        var staff = routes.MapGroup("/api/v1/staff/deletion-requests").WithTags("My data (PIPL)").RequireAuthorization(Policies.Staff);
        staff.MapGet("/", async (ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
            {
                var scope = await OrgScope.ResolveAsync(db, Caller.From(user), ct);
                return TypedResults.Ok(await PersonalData.DeletionRequestsInScope(db, scope, ApplicationStatus.Pending).ToListAsync(ct));
            })
            .WithSummary("Deletion requests of members of my subtree (of people in no union: platform admins)");
        staff.MapPost("/{id:guid}/process", async (Guid id, ClaimsPrincipal user, AppDbContext db, PersonalData data, CancellationToken ct) =>
            {
                var caller = Caller.From(user)!;
                return (await data.ProcessDeletionAsync(await OrgScope.ResolveAsync(db, caller, ct), caller.UserId, id, ct)).ToHttpResult(r => TypedResults.Ok(r));
            })
            .RequireAuthorization(Policies.Decide)
            .WithSummary("Erase the person's personal fields; statistics keep union, worker type, region and dates");
    }
}
