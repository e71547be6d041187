using Microsoft.EntityFrameworkCore;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Identity;

namespace UnionHome.Platform.PersonalData;

public sealed record ExportedAccount(string UserId, string DisplayName, string? Phone, IReadOnlyList<string> Roles, DateTime CreatedAt, DateTime? LastSignInAt);

public sealed record ExportedNotification(string Title, string Body, DateTime CreatedAt);

/// <summary>A text message kept in the local SMS outbox for the person's phone (development and demo servers keep them).</summary>
public sealed record ExportedSmsMessage(string PhoneMasked, string TemplateCode, string Text, DateTime SentAt);

/// <summary>
/// The kernel's own part: the account, the in-app inbox and the text messages the SMS outbox kept for the account's
/// phone (found by its blind index). Erasing keeps an anonymised, locked account row, so that audit entries and other
/// modules' anonymised records still point at something, and the phone is free to register again.
/// </summary>
internal sealed class AccountPersonalData(AppDbContext db, FieldCipher cipher) : IPersonalDataContributor
{
    public async Task<PersonalDataPart> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, cancellationToken);
        var roles = await db.UserRoles.Where(r => r.UserId == userId).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(cancellationToken);
        var notifications = await db.Notifications.AsNoTracking().Where(n => n.UserId == userId).OrderBy(n => n.CreatedAt)
            .Select(n => new ExportedNotification(n.Title, n.Body, n.CreatedAt)).ToListAsync(cancellationToken);
        var texts = user.PhoneIndex is { } phoneIndex
            ? await db.SmsOutbox.AsNoTracking().Where(m => m.PhoneIndex == phoneIndex).OrderBy(m => m.SentAt)
                .ToListAsync(cancellationToken)
            : [];

        var exportedTexts = texts.ConvertAll(m => new ExportedSmsMessage(m.PhoneMasked, m.TemplateCode, m.PlainText(cipher), m.SentAt));
        var account = new ExportedAccount(user.Id, user.DisplayName, user.PhoneCipher is { Length: > 0 } phone ? cipher.Decrypt<AppUser>(phone, nameof(AppUser.PhoneCipher), user.Id) : null, roles, user.CreatedAt, user.LastSignInAt);
        return new PersonalDataPart(
            [
                PersonalDataSection.One("account", "账号", account, a => new Dictionary<string, object?> { ["用户ID"] = a.UserId, ["名称"] = a.DisplayName, ["手机号"] = a.Phone, ["角色"] = string.Join("、", a.Roles), ["注册时间"] = a.CreatedAt, ["最近登录"] = a.LastSignInAt }),
                PersonalDataSection.Many("notifications", "消息", notifications, n => new Dictionary<string, object?> { ["标题"] = n.Title, ["内容"] = n.Body, ["时间"] = n.CreatedAt }),
                PersonalDataSection.Many("smsMessages", "短信", exportedTexts, m => new Dictionary<string, object?> { ["手机号"] = m.PhoneMasked, ["模板"] = m.TemplateCode, ["内容"] = m.Text, ["时间"] = m.SentAt }),
            ],
            [$"user:{userId}"],
            user.OrgUnitId);
    }

    public async Task EraseAsync(string userId, CancellationToken cancellationToken)
    {
        // Read before the account's own index is blanked below.
        var phoneIndex = await db.Users.Where(u => u.Id == userId).Select(u => u.PhoneIndex).SingleAsync(cancellationToken);
        if (phoneIndex is not null)
        {
            await db.SmsOutbox.Where(m => m.PhoneIndex == phoneIndex).ExecuteDeleteAsync(cancellationToken);
            await db.SmsCodes.Where(c => c.PhoneIndex == phoneIndex).ExecuteDeleteAsync(cancellationToken);
        }

        await db.Notifications.Where(n => n.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(
            s => s.SetProperty(u => u.DisplayName, PersonalDataErasure.ErasedName).SetProperty(u => u.PhoneCipher, (string?)null).SetProperty(u => u.PhoneIndex, (string?)null)
                .SetProperty(u => u.TotpSecretCipher, (string?)null).SetProperty(u => u.PendingTotpSecretCipher, (string?)null)
                .SetProperty(u => u.UserName, "erased-" + userId).SetProperty(u => u.NormalizedUserName, "ERASED-" + userId.ToUpperInvariant())
                .SetProperty(u => u.LockoutEnabled, true).SetProperty(u => u.LockoutEnd, DateTimeOffset.MaxValue),
            cancellationToken);
    }
}
