using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UnionHome.Cases.Data;
using UnionHome.Platform.Api;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Pools;

internal sealed record NewPoolRequest(Guid? OrgUnitId, string? Name, string? Kind);

internal sealed record NewPoolMemberRequest(string? UserId, string? Name, IReadOnlyList<string>? Specialties, bool? Available, string? Availability);

internal sealed record PoolMemberView(Guid Id, string UserId, string Name, IReadOnlyList<string> Specialties, bool Available, string? Availability);

internal sealed record PoolView(Guid Id, Guid OrgUnitId, string OrgUnitName, string Name, string Kind, IReadOnlyList<PoolMemberView> Members);

internal sealed record DutyRequest(bool? OnDuty);

internal sealed record DutyView(Guid OrgUnitId, bool OnDuty);

/// <summary>
/// Expert and volunteer pools: owned by a union, shared down its subtree, so a district's case can go to a doctor
/// of the city's pool. And the duty switch that puts a staff member's console on the alert list of their unit.
/// </summary>
internal static class PoolsApi
{
    private static readonly Error PoolInvalid = Error.Validation("pool_invalid", "请填写库名称（2至64字）、类型（experts 或 volunteers）和所属工会", "name");
    private static readonly Error PoolNotFound = Error.NotFound("pool_not_found", "专家库不存在或不在您的管理范围内");
    private static readonly Error MemberInvalid = Error.Validation("pool_member_invalid", "请填写专家或志愿者的账号和姓名", "userId");

    public static void MapPoolsApi(this IEndpointRouteBuilder routes)
    {
        var pools = routes.MapGroup("/api/v1/staff/pools").WithTags("Cases staff").RequireAuthorization(Policies.Staff);
        pools.MapGet("/", async (Actor actor, AppDbContext db, CancellationToken ct) => TypedResults.Ok(await UsableAsync(db, actor, ct)))
            .WithSummary("Expert and volunteer pools I may assign cases to: my subtree's and those of the unions above me");
        pools.MapPost("/", async (NewPoolRequest request, Actor actor, AppDbContext db, AuditLog audit, CancellationToken ct) =>
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

                if (request.Name?.Trim() is not { Length: >= 2 and <= 64 } name || !Names.TryParse<PoolKind>(request.Kind, out var kind))
                {
                    return PoolInvalid.ToProblem();
                }

                var pool = new ExpertPool { Id = Guid.CreateVersion7(), OrgUnitId = unit.Id, Name = name, Kind = kind };
                db.Add(pool);
                audit.Record("cases.pool_created", $"pool:{pool.Id}", name, unit.Id);
                await db.SaveChangesAsync(ct);
                return TypedResults.Created($"/api/v1/staff/pools/{pool.Id}", (await ViewsAsync(db, [pool.Id], ct))[0]);
            })
            .RequireAuthorization(Policies.Decide)
            .WithSummary("Create a pool owned by a union of my subtree");
        pools.MapPost("/{id:guid}/members", async (Guid id, NewPoolMemberRequest request, Actor actor, AppDbContext db, AuditLog audit, CancellationToken ct) =>
            {
                if (actor.EnsureCanWrite() is { } refused)
                {
                    return refused.ToProblem();
                }

                if (await db.Set<ExpertPool>().AsNoTracking().InScopeOf(actor, db.OrgUnits).SingleOrDefaultAsync(p => p.Id == id, ct) is not { } pool)
                {
                    return PoolNotFound.ToProblem();
                }

                if (request.UserId is not { Length: > 0 } userId || request.Name?.Trim() is not { Length: >= 2 and <= 64 } name || !await db.Users.AnyAsync(u => u.Id == userId, ct))
                {
                    return MemberInvalid.ToProblem();
                }

                db.Add(new PoolMember
                {
                    Id = Guid.CreateVersion7(), PoolId = pool.Id, UserId = userId, Name = name,
                    Specialties = string.Join(',', (request.Specialties ?? []).Select(s => s.Trim()).Where(s => s.Length > 0)),
                    Available = request.Available ?? true, Availability = request.Availability?.Trim(),
                });
                audit.Record("cases.pool_member_added", $"pool:{pool.Id}", name, pool.OrgUnitId);
                await db.SaveChangesAsync(ct);
                return TypedResults.Ok((await ViewsAsync(db, [pool.Id], ct))[0]);
            })
            .RequireAuthorization(Policies.Decide)
            .WithSummary("Add an expert or volunteer (an account with the expert or volunteer role) to a pool");

        routes.MapPost("/api/v1/staff/duty", async (DutyRequest request, Actor actor, DutySwitch duty, CancellationToken ct) =>
            {
                var switched = await duty.SwitchAsync(actor, request.OnDuty, ct);
                return switched.Succeeded ? TypedResults.Ok(switched.Value) : switched.Error!.ToProblem();
            })
            .WithTags("Cases staff")
            .RequireAuthorization(Policies.Decide)
            .WithSummary("Go on or off duty for my unit: on-duty consoles get live alerts of urgent and emergency cases (reconnect to take effect)");
    }

    /// <summary>Pools of my subtree and of the unions above me: both are mine to use.</summary>
    public static async Task<List<PoolView>> UsableAsync(AppDbContext db, Actor actor, CancellationToken ct)
    {
        var visible = await db.Set<ExpertPool>().AsNoTracking().InScopeOrAboveOf(actor, db.OrgUnits).Select(p => p.Id).ToListAsync(ct);
        return await ViewsAsync(db, visible, ct);
    }

    private static async Task<List<PoolView>> ViewsAsync(AppDbContext db, List<Guid> ids, CancellationToken ct)
    {
        var pools = await db.Set<ExpertPool>().AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.OrgUnitId, p.Name, p.Kind, Unit = db.OrgUnits.Where(u => u.Id == p.OrgUnitId).Select(u => u.Name).First() })
            .ToListAsync(ct);
        var members = await db.Set<PoolMember>().AsNoTracking().Where(m => ids.Contains(m.PoolId)).OrderBy(m => m.Name).ToListAsync(ct);
        return pools.ConvertAll(p => new PoolView(p.Id, p.OrgUnitId!.Value, p.Unit, p.Name, Names.Of(p.Kind),
            members.Where(m => m.PoolId == p.Id).Select(m => new PoolMemberView(m.Id, m.UserId, m.Name, m.Specialties.Split(',', StringSplitOptions.RemoveEmptyEntries), m.Available, m.Availability)).ToList()));
    }
}
