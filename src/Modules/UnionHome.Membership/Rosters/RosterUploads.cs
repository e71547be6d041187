using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using UnionHome.Membership.Data;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Membership.Rosters;

/// <summary>Taking an enterprise's roster upload into the queue, for its liaison or the staff above it.</summary>
internal sealed class RosterUploads(AppDbContext db, FieldCipher cipher, TimeProvider time)
{
    public async Task<Result<Guid>> QueueAsync(Actor actor, Guid enterpriseId, IFormFile? file, CancellationToken ct)
    {
        var enterprise = await actor.EnterpriseToActForAsync(db, enterpriseId, ct);
        if (!enterprise.Succeeded)
        {
            return enterprise.Error;
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

        var id = Guid.CreateVersion7();
        var import = new RosterImport
        {
            Id = id,
            EnterpriseId = enterpriseId,
            UploadedBy = actor.UserId,
            FileName = Path.GetFileName(file.FileName),
            FileHash = Convert.ToHexStringLower(SHA256.HashData(content)),
            // A list of people's ID numbers and phones: encrypted while it waits, deleted once imported.
            ContentCipher = cipher.EncryptBytes(content, CipherScope.For<RosterImport>(nameof(RosterImport.ContentCipher), id)),
            Status = RosterImportStatus.Queued,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        await using (var transaction = await db.BeginWriteAsync(ct))
        {
            db.Add(import);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        RosterImportWorker.Wake.Release();
        return import.Id;
    }
}
