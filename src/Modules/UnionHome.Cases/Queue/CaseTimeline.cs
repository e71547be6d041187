using Microsoft.EntityFrameworkCore;
using UnionHome.Cases.Data;
using UnionHome.Cases.Filing;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Notifications;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Queue;

/// <summary>
/// What every step on a case shares: finding the case as the caller stands to it, writing the step on its timeline,
/// telling the member, and saving the step in one write.
/// </summary>
internal sealed class CaseTimeline(AppDbContext db, CaseAccess access, FieldCipher cipher, TimeProvider time)
{
    public DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>The case, tracked for a change, with how the caller stands to it; null for anyone who may not see it.</summary>
    public Task<CaseAndRole?> FindAsync(Actor actor, Guid caseId, CancellationToken cancellationToken) =>
        access.FindAsync(actor, caseId, tracked: true, cancellationToken);

    public void Add(HelpCase c, CaseEntryKind kind, Actor actor, string? text, bool isInternal, DateTime now)
    {
        var id = Guid.CreateVersion7();
        db.Add(new CaseEntry
        {
            Id = id,
            CaseId = c.Id,
            Kind = kind,
            At = now,
            ActorUserId = actor.UserId,
            ActorName = actor.Caller.DisplayName,
            BodyCipher = cipher.Seal<CaseEntry>(text, nameof(CaseEntry.BodyCipher), id),
            Internal = isInternal,
        });
    }

    /// <summary>
    /// Tells the requester there is something new, and nothing more: the inbox is not encrypted and is shown on a lock
    /// screen, so neither what was written nor that the case is closed, its number or its kind goes into it.
    /// </summary>
    public void NotifyRequester(HelpCase c, DateTime now) =>
        db.Notifications.Add(new Notification { Id = Guid.CreateVersion7(), UserId = c.RequesterUserId, Title = NewReply, Body = "请在“我的求助”中查看。", CreatedAt = now });

    public const string NewReply = "您的求助有新回复";

    /// <summary>Saves the step in one write; someone who changed the case since it was read wins, and the caller is told to refresh.</summary>
    public async Task<Result<CaseAndRole>> SaveAsync(CaseAndRole found, CancellationToken cancellationToken)
    {
        found.Case.Version = Guid.NewGuid();
        await using var write = await db.BeginWriteAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CaseErrors.Conflict;
        }

        await write.CommitAsync(cancellationToken);
        return found;
    }

    // Reviewers and auditors of the subtree may read a case, not work on it; its requester and expert act as themselves.
    public static Error? RefuseReadOnlyStaff(Actor actor, CaseAndRole found) => found.Role == CaseRole.Staff ? actor.EnsureCanWrite() : null;

    /// <summary>The trimmed text if it has between 1 and <paramref name="max"/> characters, else null.</summary>
    public static string? Text(string? value, int max) => value?.Trim() is { Length: > 0 } text && text.Length <= max ? text : null;
}
