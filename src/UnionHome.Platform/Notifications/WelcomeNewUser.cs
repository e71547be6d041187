using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Outbox;

namespace UnionHome.Platform.Notifications;

/// <summary>A newly registered person finds a welcome in their inbox telling them how to join a union.</summary>
internal sealed class WelcomeNewUser(AppDbContext db, TimeProvider time) : IntegrationEventHandler<UserRegistered>
{
    protected override Task HandleAsync(UserRegistered integrationEvent, Guid messageId, CancellationToken cancellationToken)
    {
        db.Notifications.Add(new Notification
        {
            Id = Guid.CreateVersion7(),
            UserId = integrationEvent.UserId,
            Title = "欢迎来到职工之家",
            Body = "您已注册成为职工之家用户。加入工会后即可领取电子会员卡、报名活动、在线求助。",
            CreatedAt = time.GetUtcNow().UtcDateTime,
        });
        return Task.CompletedTask;
    }
}
