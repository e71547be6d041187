using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UnionHome.Membership.Data;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Identity.SmsLogin;
using UnionHome.Platform.Organization;
using Member = UnionHome.Membership.Data.Member;

namespace UnionHome.Membership.MyData;

internal sealed record PhoneCorrection(string? Phone, string? Code);

internal sealed record CorrectedPhone(string PhoneMasked);

/// <summary>
/// A person corrects their own phone (PIPL art. 46): on their account, their member record and a pending application.
/// Their own data, not the tree's: a reviewer or auditor corrects their own phone too.
/// </summary>
internal sealed class CorrectPhone(AppDbContext db, FieldCipher cipher, BlindIndex blindIndex, SmsCodes codes, AuditLog audit)
{
    /// <summary>The new number proves itself with a code sent to it, exactly like a sign-in.</summary>
    public async Task<Result<CorrectedPhone>> CorrectAsync(string userId, PhoneCorrection correction, CancellationToken ct)
    {
        var consumed = await codes.ConsumeAsync(correction.Phone, correction.Code, ct);
        if (!consumed.Succeeded)
        {
            return consumed.Error;
        }

        var index = blindIndex.Compute(BlindIndex.Purposes.Phone, consumed.Value.Value);
        if (await db.Users.AnyAsync(u => u.PhoneIndex == index && u.Id != userId, ct))
        {
            return PersonalDataErrors.PhoneTaken;
        }

        await using var transaction = await db.BeginWriteAsync(ct);
        var user = await db.Users.SingleAsync(u => u.Id == userId, ct);
        user.PhoneIndex = index;
        user.PhoneCipher = cipher.Encrypt<AppUser>(consumed.Value.Value, nameof(AppUser.PhoneCipher), user.Id);
        // Each row gets its own ciphertext of the number: a value bound to one row opens in no other.
        foreach (var member in await db.Set<Member>().Where(m => m.UserId == userId && m.Status != MemberStatus.Erased).ToListAsync(ct))
        {
            member.SealPhone(cipher, consumed.Value.Value);
        }

        foreach (var pending in await db.Set<MembershipApplication>().Where(a => a.ApplicantUserId == userId && a.Status == ApplicationStatus.Pending).ToListAsync(ct))
        {
            pending.SealPhone(cipher, consumed.Value.Value);
        }

        audit.Record("personal_data.phone_corrected", $"user:{userId}", consumed.Value.Masked, user.OrgUnitId);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return PersonalDataErrors.PhoneTaken;
        }

        await transaction.CommitAsync(ct);
        return new CorrectedPhone(consumed.Value.Masked);
    }
}

internal static class CorrectPhoneEndpoint
{
    public static void MapCorrectPhone(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/v1/me/phone", async (PhoneCorrection correction, Actor actor, CorrectPhone phone, CancellationToken ct) =>
                (await phone.CorrectAsync(actor.UserId, correction, ct)).ToHttpResult(corrected => TypedResults.Ok(corrected)))
            .RequireAuthorization()
            .WithTags("My data (PIPL)")
            .WithSummary("Correct my phone: send a code to the new number with /auth/sms-code first, then post it here")
            .Produces<CorrectedPhone>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
