using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using UnionHome.Membership.Data;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Organization;

namespace UnionHome.Membership.Rosters;

/// <summary>Who may handle an enterprise's roster, and taking an upload into the queue.</summary>
internal sealed class RosterUploads(AppDbContext db, TimeProvider time)
{
    public static readonly Error EnterpriseNotFound = Error.NotFound("enterprise_not_found", "未找到该企业，或您无权管理它的名册");

    /// <summary>The enterprise's own liaison, or union staff whose subtree holds the enterprise's union.</summary>
    public async Task<bool> MayManageAsync(Actor? actor, Guid enterpriseId, CancellationToken ct)
    {
        var enterprise = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Id == enterpriseId, ct);
        if (actor is null || enterprise is null)
        {
            return false;
        }

        if (actor.Caller.IsInRole(Roles.EnterpriseLiaison) && actor.Caller.EnterpriseId == enterpriseId)
        {
            return true;
        }

        if (actor.Scope.IsEverything)
        {
            return true;
        }

        return actor.Scope.CoversSubtree && enterprise.UnionId is { } union && await db.OrgUnits.VisibleTo(actor).AnyAsync(u => u.Id == union, ct);
    }

    public async Task<Result<Guid>> QueueAsync(Actor actor, Guid enterpriseId, IFormFile? file, CancellationToken ct)
    {
        if (!await MayManageAsync(actor, enterpriseId, ct))
        {
            return EnterpriseNotFound;
        }

        if (file is null)
        {
            return RosterFile.Missing;
        }

        if (file.Length > RosterFile.MaxUploadBytes)
        {
            return RosterFile.TooLarge;
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var content = buffer.ToArray();
        if (RosterFile.Check(content) is { } rejected)
        {
            return rejected;
        }

        var import = new RosterImport
        {
            Id = Guid.CreateVersion7(),
            EnterpriseId = enterpriseId,
            UploadedBy = actor.UserId,
            FileName = Path.GetFileName(file.FileName),
            FileHash = Convert.ToHexStringLower(SHA256.HashData(content)),
            Content = content,
            Status = RosterImportStatus.Queued,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Add(import);
        await db.SaveChangesAsync(ct);
        RosterImportWorker.Wake.Release();
        return import.Id;
    }
}
