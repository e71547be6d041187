using Microsoft.EntityFrameworkCore;
using UnionHome.Cases.Data;
using UnionHome.Platform.Data;

namespace UnionHome.Cases.PersonalData;

/// <summary>
/// What is left of a case once the person's words are gone: its number, category, urgency, union, status, dates, SLA
/// breaches, escalations and rating — the statistics row — and its timeline of steps without their text. The
/// description, every message and note, the images, the position, the ship, the voyage, the name of whom it was filed
/// for and the rating comment are dropped. An anonymised case has an empty description.
/// </summary>
internal static class CaseAnonymisation
{
    /// <summary>Anonymises the cases, set-based, in the caller's transaction; returns how many were not anonymised before.</summary>
    /// <param name="requesterName">What the timeline says instead of the requester's name.</param>
    public static async Task<int> AnonymiseAsync(AppDbContext db, IQueryable<HelpCase> cases, string requesterName, CancellationToken cancellationToken)
    {
        var ids = cases.Select(c => c.Id);
        await db.Set<CaseImage>().Where(i => ids.Contains(i.CaseId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<CaseEntry>().Where(e => ids.Contains(e.CaseId) && e.BodyCipher != null)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.BodyCipher, (string?)null), cancellationToken);
        await db.Set<CaseEntry>().Where(e => ids.Contains(e.CaseId) && db.Set<HelpCase>().Any(c => c.Id == e.CaseId && c.RequesterUserId == e.ActorUserId))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ActorName, requesterName), cancellationToken);
        var version = Guid.NewGuid();
        return await cases.Where(c => c.DescriptionCipher != "").ExecuteUpdateAsync(
            s => s.SetProperty(c => c.DescriptionCipher, "")
                .SetProperty(c => c.PositionCipher, (string?)null)
                .SetProperty(c => c.ShipName, (string?)null).SetProperty(c => c.Voyage, (string?)null)
                .SetProperty(c => c.OnBehalfOfNameCipher, (string?)null).SetProperty(c => c.OnBehalfOfRelationship, (string?)null)
                .SetProperty(c => c.RatingCommentCipher, (string?)null)
                .SetProperty(c => c.Version, version),
            cancellationToken);
    }
}
