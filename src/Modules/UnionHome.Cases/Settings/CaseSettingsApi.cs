using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UnionHome.Cases.Data;
using UnionHome.Cases.Sla;
using UnionHome.Platform.Api;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Organization;
using UnionHome.Platform.Validation;

namespace UnionHome.Cases.Settings;

/// <param name="Category">A case category, or null for every category of that urgency.</param>
/// <param name="Clock">business (working time on China's calendar) or allHours.</param>
internal sealed record SlaPolicyRequest(Guid? OrgUnitId, string? Category, string? Urgency, int? FirstResponseMinutes, int? ResolutionMinutes, string? Clock);

internal sealed record SlaPolicyView(Guid Id, Guid? OrgUnitId, string? Category, string Urgency, int FirstResponseMinutes, int ResolutionMinutes, string Clock);

/// <param name="WorkerType">employee, gig, seafarer, migrant, other; null for any.</param>
internal sealed record DeskRequest(Guid? OrgUnitId, string? Category, string? WorkerType, Guid? TargetOrgUnitId, string? DeskName);

internal sealed record DeskView(Guid Id, Guid OrgUnitId, string Category, string? WorkerType, Guid TargetOrgUnitId, string DeskName);

internal sealed record DutyPhoneRequest(Guid? OrgUnitId, string? Phone);

/// <summary>
/// What a union configures for its cases: its own SLA targets (else its parents', else the platform's), the
/// specialised desks cases of a category go to, and the duty phone that hears emergency medical cases.
/// Everything here applies to a union of the caller's subtree, and every change is audited.
/// </summary>
internal static class CaseSettingsApi
{
    private static readonly Error PolicyInvalid = Error.Validation("sla_policy_invalid", "请填写紧急程度、首次响应和办结时限（分钟，首次响应不长于办结），计时方式为 business 或 allHours", "firstResponseMinutes");
    private static readonly Error DeskInvalid = Error.Validation("desk_invalid", "请填写求助类别、窗口名称，并选择本工会或其下级工会作为受理单位", "targetOrgUnitId");
    private static readonly Error PhoneInvalid = Error.Validation("duty_phone_invalid", "值班电话应为有效的手机号码", "phone");

    public static void MapCaseSettingsApi(this IEndpointRouteBuilder routes)
    {
        var settings = routes.MapGroup("/api/v1/staff/case-settings").WithTags("Cases staff").RequireAuthorization(Policies.Staff);
        settings.MapGet("/sla-policies", async (Actor actor, AppDbContext db, CancellationToken ct) =>
            {
                var rows = await db.Set<SlaPolicy>().AsNoTracking().InScopeOrAboveOf(actor, db.OrgUnits, orPlatform: true).ToListAsync(ct);
                return TypedResults.Ok(rows.ConvertAll(View));
            })
            .WithSummary("SLA policies that apply in my part of the tree (the platform's when orgUnitId is null); the built-in defaults apply where none is set");
        settings.MapPut("/sla-policies", async (SlaPolicyRequest request, Actor actor, AppDbContext db, AuditLog audit, CancellationToken ct) =>
            {
                if (actor.EnsureCanWrite() is { } refused)
                {
                    return refused.ToProblem();
                }

                // No union named: the platform's own targets, which only an admin sets.
                Guid? owner = null;
                if (request.OrgUnitId is not null || !actor.Caller.IsInRole(Roles.Admin))
                {
                    var unit = await actor.ManagedUnitAsync(db, request.OrgUnitId, ct);
                    if (!unit.Succeeded)
                    {
                        return unit.Error.ToProblem();
                    }

                    owner = unit.Value.Id;
                }

                CaseCategory? category = null;
                if (request.Category is not null)
                {
                    if (!Names.TryParse<CaseCategory>(request.Category, out var parsed))
                    {
                        return PolicyInvalid.ToProblem();
                    }

                    category = parsed;
                }

                if (!Names.TryParse<CaseUrgency>(request.Urgency, out var urgency) || !Names.TryParse<SlaClock>(request.Clock ?? "business", out var clock)
                    || request.FirstResponseMinutes is not (>= 1 and <= 43200) || request.ResolutionMinutes is not (>= 1 and <= 525600) || request.FirstResponseMinutes > request.ResolutionMinutes)
                {
                    return PolicyInvalid.ToProblem();
                }

                var policy = await db.Set<SlaPolicy>().SingleOrDefaultAsync(p => p.OrgUnitId == owner && p.Category == category && p.Urgency == urgency, ct);
                if (policy is null)
                {
                    policy = new SlaPolicy { Id = Guid.CreateVersion7(), OrgUnitId = owner, Category = category, Urgency = urgency };
                    db.Add(policy);
                }

                policy.FirstResponseMinutes = request.FirstResponseMinutes.Value;
                policy.ResolutionMinutes = request.ResolutionMinutes.Value;
                policy.Clock = clock;
                audit.Record("cases.sla_policy_set", $"sla_policy:{policy.Id}", $"{request.Category ?? "*"}/{request.Urgency}: {policy.FirstResponseMinutes}/{policy.ResolutionMinutes} min {request.Clock ?? "business"}", owner);
                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(View(policy));
            })
            .RequireAuthorization(Policies.Decide)
            .WithSummary("Set a union's targets for an urgency (and a category, or all); cases filed or escalated from then on are held to them");

        settings.MapGet("/desks", async (Actor actor, AppDbContext db, CancellationToken ct) =>
            {
                var rows = await db.Set<CaseRoute>().AsNoTracking().InScopeOf(actor, db.OrgUnits).ToListAsync(ct);
                return TypedResults.Ok(rows.ConvertAll(View));
            })
            .WithSummary("Specialised desks configured in my subtree");
        settings.MapPost("/desks", async (DeskRequest request, Actor actor, AppDbContext db, AuditLog audit, CancellationToken ct) =>
            {
                if (actor.EnsureCanWrite() is { } refused)
                {
                    return refused.ToProblem();
                }

                var managed = await actor.ManagedUnitAsync(db, request.OrgUnitId, ct);
                if (!managed.Succeeded)
                {
                    return managed.Error.ToProblem();
                }

                var unit = managed.Value;
                var target = request.TargetOrgUnitId is { } targetId ? await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == targetId, ct) : null;
                if (!Names.TryParse<CaseCategory>(request.Category, out var category) || request.DeskName?.Trim() is not { Length: >= 2 and <= 64 } deskName
                    || target is null || !unit.Contains(target)
                    || request.WorkerType is { } type && type is not ("employee" or "gig" or "seafarer" or "migrant" or "other"))
                {
                    return DeskInvalid.ToProblem();
                }

                var desk = new CaseRoute { Id = Guid.CreateVersion7(), OrgUnitId = unit.Id, Category = category, WorkerType = request.WorkerType, TargetOrgUnitId = target.Id, DeskName = deskName };
                db.Add(desk);
                audit.Record("cases.desk_added", $"case_route:{desk.Id}", $"{request.Category} → {target.Name}{deskName}", unit.Id);
                await db.SaveChangesAsync(ct);
                return TypedResults.Created($"/api/v1/staff/case-settings/desks/{desk.Id}", View(desk));
            })
            .RequireAuthorization(Policies.Decide)
            .WithSummary("Send cases of a category (and worker type) under a union to a specialised desk of its subtree");

        settings.MapPut("/duty-phone", async (DutyPhoneRequest request, Actor actor, AppDbContext db, FieldCipher cipher, AuditLog audit, CancellationToken ct) =>
            {
                if (actor.EnsureCanWrite() is { } refused)
                {
                    return refused.ToProblem();
                }

                var managed = await actor.ManagedUnitAsync(db, request.OrgUnitId, ct);
                if (!managed.Succeeded)
                {
                    return managed.Error.ToProblem();
                }

                var unitId = managed.Value.Id;

                if (!MobilePhone.TryParse(request.Phone, out var phone, out _))
                {
                    return PhoneInvalid.ToProblem();
                }

                var roster = await db.Set<DutyRoster>().SingleOrDefaultAsync(d => d.OrgUnitId == unitId, ct);
                if (roster is null)
                {
                    roster = new DutyRoster { Id = Guid.CreateVersion7(), OrgUnitId = unitId };
                    db.Add(roster);
                }

                roster.DutyPhoneCipher = cipher.Encrypt(phone.Value);
                audit.Record("cases.duty_phone_set", $"duty_roster:{roster.Id}", phone.Masked, unitId);
                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(new { orgUnitId = unitId, phone = phone.Masked });
            })
            .RequireAuthorization(Policies.Decide)
            .WithSummary("The phone that receives a text for every emergency medical case of the union");
    }

    private static SlaPolicyView View(SlaPolicy p) =>
        new(p.Id, p.OrgUnitId, p.Category is { } c ? Names.Of(c) : null, Names.Of(p.Urgency), p.FirstResponseMinutes, p.ResolutionMinutes, Names.Of(p.Clock));

    private static DeskView View(CaseRoute r) => new(r.Id, r.OrgUnitId!.Value, Names.Of(r.Category), r.WorkerType, r.TargetOrgUnitId, r.DeskName);
}
