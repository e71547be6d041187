using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace UnionHome.Platform.Sms.Aliyun;

public static class AliyunSmsRegistration
{
    /// <summary>Sends text messages through Aliyun Dysmsapi, configured from <c>Sms:Aliyun</c>.</summary>
    public static IServiceCollection AddAliyunSms(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<AliyunSmsOptions>()
            .Bind(configuration.GetSection(AliyunSmsOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.AccessKeyId), "Sms:Aliyun:AccessKeyId is not set.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.AccessKeySecret), "Sms:Aliyun:AccessKeySecret is not set.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.SignName), "Sms:Aliyun:SignName is not set.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient<ISmsSender, AliyunSmsSender>(client => client.Timeout = TimeSpan.FromSeconds(10));
        return services;
    }
}
