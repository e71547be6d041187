using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UnionHome.Cases.Data;
using UnionHome.Platform.Api;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;
using UnionHome.Platform.Validation;

namespace UnionHome.Cases.Settings;

internal sealed record DutyPhoneRequest(Guid? OrgUnitId, string? Phone);

/// <param name="Phone">Masked: the number is stored encrypted and never shown whole.</param>
internal sealed record DutyPhoneView(Guid OrgUnitId, string Phone);

/// <summary>The phone of a union that receives a text for every emergency medical case filed there.</summary>
internal sealed class SetDutyPhone(AppDbContext db, FieldCipher cipher, AuditLog audit)
{
    public async Task<Result<DutyPhoneView>> SetAsync(Actor actor, DutyPhoneRequest request, CancellationToken cancellationToken)
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

        if (!MobilePhone.TryParse(request.Phone, out var phone, out _))
        {
            return SettingsErrors.PhoneInvalid;
        }

        var unitId = managed.Value.Id;
        await using var write = await db.BeginWriteAsync(cancellationToken);
        var roster = await db.Set<DutyRoster>().SingleOrDefaultAsync(d => d.OrgUnitId == unitId, cancellationToken);
        if (roster is null)
        {
            roster = new DutyRoster { Id = Guid.CreateVersion7(), OrgUnitId = unitId };
            db.Add(roster);
        }

        roster.DutyPhoneCipher = cipher.Encrypt<DutyRoster>(phone.Value, nameof(DutyRoster.DutyPhoneCipher), roster.Id);
        audit.Record("cases.duty_phone_set", $"duty_roster:{roster.Id}", phone.Masked, unitId);
        await db.SaveChangesAsync(cancellationToken);
        await write.CommitAsync(cancellationToken);
        return new DutyPhoneView(unitId, phone.Masked);
    }
}

internal static class SetDutyPhoneEndpoint
{
    /// <summary>PUT /api/v1/staff/case-settings/duty-phone, on the settings group.</summary>
    public static void MapSetDutyPhone(this IEndpointRouteBuilder settings) =>
        settings.MapPut("/duty-phone", async (DutyPhoneRequest request, Actor actor, SetDutyPhone set, CancellationToken ct) =>
                (await set.SetAsync(actor, request, ct)).ToHttpResult(phone => TypedResults.Ok(phone)))
            .RequireAuthorization(Policies.Decide)
            .WithSummary("The phone that receives a text for every emergency medical case of the union")
            .Produces<DutyPhoneView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
