using Microsoft.Extensions.DependencyInjection;
using UnionHome.Platform.Data;
using UnionHome.Platform.Sms;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Identity;

[Collection(PlatformCollection.Name)]
public sealed class SmsProviderSelectionTests(Apps apps)
{
    [Fact]
    public void The_local_outbox_sender_is_the_default()
    {
        apps[DatabaseProvider.Sqlite].Services.GetRequiredService<ISmsSender>().GetType().Name.ShouldBe("DevOutboxSmsSender");
    }

    [Fact]
    public async Task Sms_provider_aliyun_selects_the_aliyun_adapter()
    {
        await using var app = await apps.StartDedicatedAsync(DatabaseProvider.Sqlite, new()
        {
            ["Sms:Provider"] = "Aliyun",
            ["Sms:Aliyun:AccessKeyId"] = "test-id",
            ["Sms:Aliyun:AccessKeySecret"] = "test-secret",
            ["Sms:Aliyun:SignName"] = "职工之家",
        });

        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ISmsSender>().GetType().Name.ShouldBe("AliyunSmsSender");
    }
}
