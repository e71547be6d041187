using UnionHome.Events.Data;
using UnionHome.Platform.Api;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Events.Requests;

/// <param name="PreferredDates">When the enterprise would like it, in its own words ("6月上旬，周三下午").</param>
/// <param name="Headcount">How many workers are expected.</param>
internal sealed record RequestFromMenu(Guid? MenuItemId, string? PreferredDates, int? Headcount, string? Note);

/// <summary>An enterprise asks a union for a session from its menu; the union that offers the item decides.</summary>
internal sealed class RequestSession(AppDbContext db, Menu menu, SessionRequestQueries queries, AuditLog audit, TimeProvider time)
{
    public async Task<Result<SessionRequestView>> SubmitAsync(Actor actor, Guid enterpriseId, RequestFromMenu request, CancellationToken cancellationToken)
    {
        var enterprise = await actor.EnterpriseToActForAsync(db, enterpriseId, cancellationToken);
        if (!enterprise.Succeeded)
        {
            return enterprise.Error;
        }

        if (await menu.OfferedItemAsync(enterprise.Value, request.MenuItemId, cancellationToken) is not { } item)
        {
            return RequestErrors.MenuItemUnavailable;
        }

        var preferredDates = request.PreferredDates?.Trim() ?? "";
        if (preferredDates.Length is 0 or > 256)
        {
            return RequestErrors.PreferredDatesRequired;
        }

        if (request.Headcount is not { } headcount || headcount is < 1 or > 10_000)
        {
            return RequestErrors.InvalidHeadcount;
        }

        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        if (note?.Length > 1000)
        {
            return RequestErrors.NoteTooLong;
        }

        var sessionRequest = new SessionRequest
        {
            Id = Guid.CreateVersion7(),
            OrgUnitId = item.OrgUnitId,
            MenuItemId = item.Id,
            EnterpriseId = enterpriseId,
            RequestedBy = actor.UserId,
            PreferredDates = preferredDates,
            Headcount = headcount,
            Note = note,
            Status = SessionRequestStatus.Pending,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        db.Add(sessionRequest);
        // An officer may file it for an enterprise that phoned in: the log says who asked.
        audit.Record("events.session_requested", $"session_request:{sessionRequest.Id}", $"enterprise:{enterpriseId} {item.Title}", item.OrgUnitId);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await queries.ViewAsync(sessionRequest.Id, cancellationToken))!;
    }

    public async Task<Result<Paged<SessionRequestView>>> OfEnterpriseAsync(Actor actor, Guid enterpriseId, PageRequest paging, CancellationToken cancellationToken)
    {
        var enterprise = await actor.EnterpriseAsync(db, enterpriseId, cancellationToken);
        return enterprise.Succeeded ? await queries.OfEnterpriseAsync(enterpriseId, paging, cancellationToken) : enterprise.Error;
    }

    public async Task<Result<Paged<MenuItemView>>> MenuAsync(Actor actor, Guid enterpriseId, PageRequest paging, CancellationToken cancellationToken)
    {
        var enterprise = await actor.EnterpriseAsync(db, enterpriseId, cancellationToken);
        return enterprise.Succeeded ? await menu.OfferedToAsync(enterprise.Value, paging, cancellationToken) : enterprise.Error;
    }
}
