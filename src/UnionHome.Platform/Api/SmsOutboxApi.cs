using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;
using UnionHome.Platform.Validation;

namespace UnionHome.Platform.Api;

public sealed record SmsOutboxItem(string PhoneMasked, string TemplateCode, string Text, DateTime SentAt);

internal static class SmsOutboxApi
{
    // The outbox holds login codes for every phone: reading it is for a platform admin attached to no union.
    private static readonly Error PlatformAdminOnly = Error.Forbidden("platform_admin_only", "仅平台管理员可查看短信发件箱");

    /// <summary>The anonymous reader is mapped only in Development: it lets a developer or a test read the codes it was sent.</summary>
    public static void MapSmsOutboxApi(this IEndpointRouteBuilder routes, bool development)
    {
        if (development)
        {
            routes.MapGet("/api/v1/dev/sms-outbox", async (string? phone, [AsParameters] PageRequest paging, AppDbContext db, BlindIndex blindIndex, FieldCipher cipher, CancellationToken ct) =>
                    await ListAsync(phone, paging, db, blindIndex, cipher, ct))
                .WithTags("Development")
                .WithSummary("Messages the development SMS sender kept (Development only)")
                .Produces<Paged<SmsOutboxItem>>()
                .ProducesProblem(StatusCodes.Status400BadRequest)
                .AllowAnonymous();
        }

        routes.MapGet("/api/v1/admin/sms-outbox", async (string? phone, [AsParameters] PageRequest paging, Actor actor, AppDbContext db, BlindIndex blindIndex, FieldCipher cipher, CancellationToken ct) =>
                actor.Scope.IsEverything
                    ? await ListAsync(phone, paging, db, blindIndex, cipher, ct)
                    : PlatformAdminOnly.ToProblem())
            .WithTags("Admin")
            .WithSummary("Messages the development SMS sender kept")
            .Produces<Paged<SmsOutboxItem>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .RequireAuthorization(Policies.Admin);
    }

    private static async Task<IResult> ListAsync(string? phone, PageRequest paging, AppDbContext db, BlindIndex blindIndex, FieldCipher cipher, CancellationToken ct)
    {
        var query = db.SmsOutbox.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(phone))
        {
            if (!MobilePhone.TryParse(phone, out var parsed, out _))
            {
                return Error.Validation("invalid_phone", "手机号码格式不正确", "phone").ToProblem();
            }

            var index = blindIndex.Compute(BlindIndex.Purposes.Phone, parsed.Value);
            query = query.Where(m => m.PhoneIndex == index);
        }

        var page = await query.OrderByDescending(m => m.SentAt).ThenByDescending(m => m.Id)
            .ToPageAsync(paging, ct);
        return TypedResults.Ok(page.Select(m => new SmsOutboxItem(m.PhoneMasked, m.TemplateCode, m.PlainText(cipher), m.SentAt)));
    }
}
