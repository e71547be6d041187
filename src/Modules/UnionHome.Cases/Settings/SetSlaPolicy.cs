using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UnionHome.Cases.Data;
using UnionHome.Cases.Sla;
using UnionHome.Platform.Api;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Settings;

/// <param name="OrgUnitId">The union whose targets these are; null for the platform's own, which only an administrator of the whole tree sets.</param>
/// <param name="Category">A case category, or null for every category of that urgency.</param>
/// <param name="Clock">business (working time on China's calendar) or allHours.</param>
internal sealed record SlaPolicyRequest(Guid? OrgUnitId, string? Category, string? Urgency, int? FirstResponseMinutes, int? ResolutionMinutes, string? Clock);

/// <summary>A union's own targets for an urgency (and a category, or all); cases filed or escalated from then on are held to them.</summary>
internal sealed class SetSlaPolicy(AppDbContext db, AuditLog audit)
{
    public async Task<Result<SlaPolicyView>> SetAsync(Actor actor, SlaPolicyRequest request, CancellationToken cancellationToken)
    {
        if (actor.EnsureCanWrite() is { } refused)
        {
            return refused;
        }

        // The platform's own targets hold every union to them: only a caller whose scope is the whole tree sets them.
        if (request.OrgUnitId is null && !actor.Scope.IsEverything)
        {
            return SettingsErrors.PlatformPolicyNeedsWholeTree;
        }

        Guid? owner = null;
        if (request.OrgUnitId is not null)
        {
            var unit = await actor.ManagedUnitAsync(db, request.OrgUnitId, cancellationToken);
            if (!unit.Succeeded)
            {
                return unit.Error;
            }

            owner = unit.Value.Id;
        }

        CaseCategory? category = null;
        if (request.Category is not null)
        {
            if (!Names.TryParse<CaseCategory>(request.Category, out var parsed))
            {
                return SettingsErrors.PolicyInvalid;
            }

            category = parsed;
        }

        if (!Names.TryParse<CaseUrgency>(request.Urgency, out var urgency) || !Names.TryParse<SlaClock>(request.Clock ?? "business", out var clock)
            || request.FirstResponseMinutes is not (>= 1 and <= 43200) || request.ResolutionMinutes is not (>= 1 and <= 525600) || request.FirstResponseMinutes > request.ResolutionMinutes)
        {
            return SettingsErrors.PolicyInvalid;
        }

        await using var write = await db.BeginWriteAsync(cancellationToken);
        var policy = await db.Set<SlaPolicy>().SingleOrDefaultAsync(p => p.OrgUnitId == owner && p.Category == category && p.Urgency == urgency, cancellationToken);
        if (policy is null)
        {
            policy = new SlaPolicy { Id = Guid.CreateVersion7(), OrgUnitId = owner, Category = category, Urgency = urgency };
            db.Add(policy);
        }

        policy.FirstResponseMinutes = request.FirstResponseMinutes.Value;
        policy.ResolutionMinutes = request.ResolutionMinutes.Value;
        policy.Clock = clock;
        audit.Record("cases.sla_policy_set", $"sla_policy:{policy.Id}", $"{request.Category ?? "*"}/{request.Urgency}: {policy.FirstResponseMinutes}/{policy.ResolutionMinutes} min {request.Clock ?? "business"}", owner);
        await db.SaveChangesAsync(cancellationToken);
        await write.CommitAsync(cancellationToken);
        return CaseSettingsQueries.View(policy);
    }
}

internal static class SetSlaPolicyEndpoint
{
    /// <summary>PUT /api/v1/staff/case-settings/sla-policies, on the settings group.</summary>
    public static void MapSetSlaPolicy(this IEndpointRouteBuilder settings) =>
        settings.MapPut("/sla-policies", async (SlaPolicyRequest request, Actor actor, SetSlaPolicy set, CancellationToken ct) =>
                (await set.SetAsync(actor, request, ct)).ToHttpResult(policy => TypedResults.Ok(policy)))
            .RequireAuthorization(Policies.Decide)
            .WithSummary("Set a union's targets for an urgency (and a category, or all); cases filed or escalated from then on are held to them")
            .Produces<SlaPolicyView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
