using Microsoft.EntityFrameworkCore;
using UnionHome.Membership.Contracts;
using UnionHome.Membership.Data;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Notifications;
using UnionHome.Platform.Outbox;
using UnionHome.Platform.Sms;

namespace UnionHome.Membership.Approvals;

/// <summary>Tells the applicant the decision in their inbox and by SMS.</summary>
internal sealed class NotifyApplicant(AppDbContext db, FieldCipher cipher, ISmsSender sms, TimeProvider time)
    : IntegrationEventHandler<MembershipApplicationDecided>
{
    protected override async Task HandleAsync(MembershipApplicationDecided decided, Guid messageId, CancellationToken cancellationToken)
    {
        var application = await db.Set<MembershipApplication>().AsNoTracking().SingleAsync(a => a.Id == decided.ApplicationId, cancellationToken);
        var (title, text) = decided.Approved
            ? ("入会申请已通过", $"您已加入{decided.UnionName}，会员号 {decided.MemberNumber}。可在“我的”页面领取电子会员卡。")
            : ("入会申请未通过", $"{decided.UnionName}未通过您的入会申请：{decided.Reason}");
        if (application.ApplicantUserId is { } userId)
        {
            db.Notifications.Add(new Notification
            {
                Id = Guid.CreateVersion7(),
                UserId = userId,
                Title = title,
                Body = text,
                CreatedAt = time.GetUtcNow().UtcDateTime,
            });
        }

        if (application.Phone(cipher) is { } phone)
        {
            // At least once: if saving the handled mark fails after this, a redelivery texts again.
            await sms.SendAsync(
                new SmsMessage(phone, decided.Approved ? "SMS_MEMBERSHIP_APPROVED" : "SMS_MEMBERSHIP_REJECTED", new Dictionary<string, string> { ["union"] = decided.UnionName }, $"【职工之家】{text}"),
                cancellationToken);
        }
    }
}
