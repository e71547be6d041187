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

namespace UnionHome.Cases.Settings;

/// <param name="WorkerType">employee, gig, seafarer, migrant, other; null for any.</param>
internal sealed record DeskRequest(Guid? OrgUnitId, string? Category, string? WorkerType, Guid? TargetOrgUnitId, string? DeskName);

/// <summary>Cases of a category (and worker type) filed under a union go to a specialised desk of its subtree.</summary>
internal sealed class AddDesk(AppDbContext db, AuditLog audit)
{
    private static readonly string[] WorkerTypes = ["employee", "gig", "seafarer", "migrant", "other"];

    public async Task<Result<DeskView>> AddAsync(Actor actor, DeskRequest request, CancellationToken cancellationToken)
    {
        if (actor.EnsureCanWrite() is { } refused)
        {
            return refused;
        }

        var managed = await actor.ManagedUnitAsync(db, request.OrgUnitId, cancellationToken);
        if (!managed.Succeeded)
        {
            return managed.Error;
        }

        var unit = managed.Value;
        var target = request.TargetOrgUnitId is { } targetId ? await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == targetId, cancellationToken) : null;
        if (!Names.TryParse<CaseCategory>(request.Category, out var category) || request.DeskName?.Trim() is not { Length: >= 2 and <= 64 } deskName
            || target is null || !unit.Contains(target)
            || request.WorkerType is { } type && !WorkerTypes.Contains(type))
        {
            return SettingsErrors.DeskInvalid;
        }

        var desk = new CaseRoute { Id = Guid.CreateVersion7(), OrgUnitId = unit.Id, Category = category, WorkerType = request.WorkerType, TargetOrgUnitId = target.Id, DeskName = deskName };
        await using var write = await db.BeginWriteAsync(cancellationToken);
        db.Add(desk);
        audit.Record("cases.desk_added", $"case_route:{desk.Id}", $"{request.Category} → {target.Name}{deskName}", unit.Id);
        await db.SaveChangesAsync(cancellationToken);
        await write.CommitAsync(cancellationToken);
        return CaseSettingsQueries.View(desk);
    }
}

internal static class AddDeskEndpoint
{
    /// <summary>POST /api/v1/staff/case-settings/desks, on the settings group.</summary>
    public static void MapAddDesk(this IEndpointRouteBuilder settings) =>
        settings.MapPost("/desks", async (DeskRequest request, Actor actor, AddDesk add, CancellationToken ct) =>
                (await add.AddAsync(actor, request, ct)).ToHttpResult(desk => TypedResults.Created($"/api/v1/staff/case-settings/desks/{desk.Id}", desk)))
            .RequireAuthorization(Policies.Decide)
            .WithSummary("Send cases of a category (and worker type) under a union to a specialised desk of its subtree")
            .Produces<DeskView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
