using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UnionHome.Membership.Approvals;
using UnionHome.Membership.Cards;
using UnionHome.Membership.Data;
using UnionHome.Membership.Joining;
using UnionHome.Membership.MyMembership;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;
using UnionHome.Platform.RateLimits;

namespace UnionHome.Membership;

internal sealed record RejectRequest(string? Reason);

internal sealed record RerouteRequest(Guid OrgUnitId, string? Reason);

internal sealed record BulkDecisionRequest(IReadOnlyList<Guid>? Ids, string? Reason);

internal sealed record BulkDecisionResult(IReadOnlyList<Decision> Decided, IReadOnlyList<BulkFailure> Failed);

internal sealed record BulkFailure(Guid Id, string Code, string Message);

internal sealed record VerifyCardRequest(string? Token);

internal sealed record CardVerification(bool Valid, string? MaskedName, string? Union, string? Status);

internal sealed record CardPublicKey(string KeyId, string Algorithm, string PublicKeyPem, CardPublicJwk Jwk);

internal static class MembershipApi
{
    public const string CardVerifierPolicy = "card-verifier";

    public static void MapMembershipApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/v1/membership/applications", async (ApplicationRequest request, Actor actor, ApplyForMembership apply, CancellationToken ct) =>
                (await apply.ApplyAsync(actor.Caller, request, ct)).ToHttpResult(accepted => TypedResults.Created("/api/v1/me/membership", accepted)))
            .RequireAuthorization()
            .WithTags("Membership")
            .WithSummary("Apply to join a union (个人申请入会); the answer says where it was routed and why, and never whether the ID number is already known")
            .Produces<ApplicationAccepted>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .LimitPerAccount(RequestLimit.MembershipApplicationPerAccount)
            .LimitPerClientNetwork(RequestLimit.MembershipApplication);

        var me = routes.MapGroup("/api/v1/me").WithTags("Membership").RequireAuthorization();
        me.MapGet("/membership", async (Actor actor, MyMembershipQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.GetAsync(actor.UserId, ct)))
            .WithSummary("My membership: status, member number, union and my latest application")
            .Produces<MyMembershipResponse>();
        me.MapGet("/card", async (Actor actor, MyMembershipQueries queries, CancellationToken ct) =>
                (await queries.CardAsync(actor.UserId, ct)).ToHttpResult(card => TypedResults.Ok(card)))
            .WithSummary("My e-member card with a signed token valid for 5 minutes")
            .Produces<MyCard>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        routes.MapApplicationsQueue();
        MapStaffQueue(routes.MapGroup("/api/v1/staff/applications").WithTags("Membership staff").RequireAuthorization(Policies.Staff));

        var cards = routes.MapGroup("/api/v1/cards").WithTags("E-cards");
        cards.MapPost("/verify", async (VerifyCardRequest request, CardTokens tokens, AppDbContext db, CancellationToken ct) =>
            {
                if (tokens.Read(request.Token) is not { } claims)
                {
                    return TypedResults.Ok(new CardVerification(false, null, null, null));
                }

                var status = await db.Set<Member>().Where(m => m.MemberNumber == claims.MemberNumber).Select(m => (MemberStatus?)m.Status).SingleOrDefaultAsync(ct);
                return TypedResults.Ok(status is null
                    ? new CardVerification(false, null, null, null)
                    : new CardVerification(status == MemberStatus.Active, claims.MaskedName, claims.Union, status.Value.ToString().ToLowerInvariant()));
            })
            .RequireAuthorization(CardVerifierPolicy)
            .WithSummary("Verify an e-card QR token (stations and merchants)")
            .Produces<CardVerification>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        cards.MapGet("/public-key", (CardKeys keys) => TypedResults.Ok(new CardPublicKey(keys.KeyId, "ES256", keys.PublicKeyPem, keys.Jwk)))
            .AllowAnonymous()
            .WithSummary("The public key that verifies e-card tokens offline")
            .Produces<CardPublicKey>();
    }

    private static void MapStaffQueue(RouteGroupBuilder queue)
    {
        queue.MapPost("/{id:guid}/approve", async (Guid id, Actor actor, DecideApplications decide, CancellationToken ct) =>
                (await decide.ApproveAsync(actor, id, ct)).ToHttpResult(d => TypedResults.Ok(d)))
            .RequireAuthorization(Policies.Decide)
            .WithSummary("Approve: the applicant becomes a member with a member number")
            .Produces<Decision>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        queue.MapPost("/{id:guid}/reject", async (Guid id, RejectRequest request, Actor actor, DecideApplications decide, CancellationToken ct) =>
                (await decide.RejectAsync(actor, id, request.Reason, ct)).ToHttpResult(d => TypedResults.Ok(d)))
            .RequireAuthorization(Policies.Decide)
            .WithSummary("Reject with a reason the applicant will read")
            .Produces<Decision>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        queue.MapPost("/{id:guid}/reroute", async (Guid id, RerouteRequest request, Actor actor, DecideApplications decide, CancellationToken ct) =>
                (await decide.RerouteAsync(actor, id, request.OrgUnitId, request.Reason, ct)).ToHttpResult(d => TypedResults.Ok(d)))
            .RequireAuthorization(Policies.Decide)
            .WithSummary("Send an application to another union inside my subtree")
            .Produces<Decision>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        queue.MapPost("/bulk-approve", (BulkDecisionRequest request, Actor actor, AppDbContext db, DecideApplications decide, CancellationToken ct) =>
                BulkAsync(request, db, id => decide.ApproveAsync(actor, id, ct)))
            .RequireAuthorization(Policies.Decide)
            .WithSummary("Approve several applications; each succeeds or fails on its own")
            .Produces<BulkDecisionResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        queue.MapPost("/bulk-reject", (BulkDecisionRequest request, Actor actor, AppDbContext db, DecideApplications decide, CancellationToken ct) =>
                string.IsNullOrWhiteSpace(request.Reason)
                    ? Task.FromResult(ApprovalErrors.ReasonRequired.ToProblem())
                    : BulkAsync(request, db, id => decide.RejectAsync(actor, id, request.Reason, ct)))
            .RequireAuthorization(Policies.Decide)
            .WithSummary("Reject several applications with one reason")
            .Produces<BulkDecisionResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<IResult> BulkAsync(BulkDecisionRequest request, AppDbContext db, Func<Guid, Task<Result<Decision>>> decideOne)
    {
        if (request.Ids is not { Count: > 0 } ids)
        {
            return ApprovalErrors.NothingSelected.ToProblem();
        }

        var decided = new List<Decision>();
        var failed = new List<BulkFailure>();
        foreach (var id in ids.Distinct())
        {
            db.ChangeTracker.Clear();
            var result = await decideOne(id);
            if (result.Succeeded)
            {
                decided.Add(result.Value);
            }
            else
            {
                failed.Add(new BulkFailure(id, result.Error.Code, result.Error.Message));
            }
        }

        return TypedResults.Ok(new BulkDecisionResult(decided, failed));
    }
}
