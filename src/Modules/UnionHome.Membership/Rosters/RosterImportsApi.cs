using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UnionHome.Membership.Data;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Membership.Rosters;

internal sealed record RosterImportAccepted(Guid Id);

internal sealed record RosterImportProgress(Guid Id, string Status, int Total, int Processed, int Imported, int Rejected, string FileName, DateTime CreatedAt, DateTime? CompletedAt, string? Error);

internal static class RosterImportsApi
{
    private static readonly Error ImportNotFound = Error.NotFound("roster_import_not_found", "未找到该名册导入，或您无权查看");

    public static void MapRosterImportsApi(this IEndpointRouteBuilder routes)
    {
        var enterprises = routes.MapGroup("/api/v1/enterprises/{id:guid}").WithTags("Roster import").RequireAuthorization();
        enterprises.MapGet("/roster-template", async (Guid id, Actor actor, AppDbContext db, CancellationToken ct) =>
                (await actor.EnterpriseAsync(db, id, ct)).ToHttpResult(_ => TypedResults.File(RosterWorkbooks.Template(), RosterWorkbooks.ContentType, "入会名册模板.xlsx")))
            .WithSummary("The .xlsx roster template (zh-CN headers; ID and phone columns are text)")
            .Produces<Stream>(StatusCodes.Status200OK, RosterWorkbooks.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);

        enterprises.MapPost("/roster-imports", async (Guid id, IFormFile? file, Actor actor, RosterUploads uploads, CancellationToken ct) =>
                (await uploads.QueueAsync(actor, id, file, ct)).ToHttpResult(
                    importId => TypedResults.Accepted($"/api/v1/roster-imports/{importId}", new RosterImportAccepted(importId))))
            .DisableAntiforgery()
            .WithSummary("Upload a filled roster (multipart, field \"file\"); it is processed in the background")
            .Produces<RosterImportAccepted>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        var imports = routes.MapGroup("/api/v1/roster-imports/{id:guid}").WithTags("Roster import").RequireAuthorization();
        imports.MapGet("/", async (Guid id, Actor actor, AppDbContext db, CancellationToken ct) =>
                await FindAsync(db, actor, id, ct) is { } import
                    ? TypedResults.Ok(new RosterImportProgress(import.Id, import.Status.ToString().ToLowerInvariant(), import.Total, import.Processed, import.Imported, import.Rejected, import.FileName, import.CreatedAt, import.CompletedAt, import.Error))
                    : ImportNotFound.ToProblem())
            .WithSummary("Progress of a roster import: rows done of the total, imported and rejected")
            .Produces<RosterImportProgress>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        imports.MapGet("/report", async (Guid id, Actor actor, AppDbContext db, CancellationToken ct) =>
            {
                if (await FindAsync(db, actor, id, ct) is null)
                {
                    return ImportNotFound.ToProblem();
                }

                var issues = await db.Set<RosterImportIssue>().AsNoTracking().Where(i => i.ImportId == id).OrderBy(i => i.Row).ThenBy(i => i.Id)
                    .Select(i => new RosterIssue(i.Row, i.Column, i.Value, i.Reason)).ToListAsync(ct);
                return TypedResults.File(RosterWorkbooks.Report(issues), RosterWorkbooks.ContentType, "名册导入报告.xlsx");
            })
            .WithSummary("The rows that were not imported, with the reason in Chinese (.xlsx)")
            .Produces<Stream>(StatusCodes.Status200OK, RosterWorkbooks.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<RosterImport?> FindAsync(AppDbContext db, Actor actor, Guid id, CancellationToken ct)
    {
        var import = await db.Set<RosterImport>().AsNoTracking().Where(i => i.Id == id)
            .Select(i => new RosterImport { Id = i.Id, EnterpriseId = i.EnterpriseId, Status = i.Status, Total = i.Total, Processed = i.Processed, Imported = i.Imported, Rejected = i.Rejected, FileName = i.FileName, CreatedAt = i.CreatedAt, CompletedAt = i.CompletedAt, Error = i.Error })
            .SingleOrDefaultAsync(ct);
        return import is not null && (await actor.EnterpriseAsync(db, import.EnterpriseId, ct)).Succeeded ? import : null;
    }
}
