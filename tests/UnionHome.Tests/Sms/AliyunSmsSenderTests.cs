using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using UnionHome.Platform.Sms;
using UnionHome.Platform.Sms.Aliyun;

namespace UnionHome.Tests.Sms;

public sealed class AliyunSmsSenderTests
{
    private const string Secret = "union-home-test-secret";

    private static readonly SmsMessage VerificationCode = new(
        "+8613800138000",
        "SMS_154950909",
        new Dictionary<string, string> { ["code"] = "123456" },
        "Your UnionHome verification code is 123456.");

    [Fact]
    public void Signature_matches_the_DescribeRegions_example_in_Aliyun_signature_documentation()
    {
        // help.aliyun.com "签名机制" example: AccessKey testid / testsecret, GET, signature CT9X0VtwR86fNWSnsc6v8YGOjuE=.
        var parameters = new Dictionary<string, string>
        {
            ["TimeStamp"] = "2016-02-23T12:46:24Z",
            ["Format"] = "XML",
            ["AccessKeyId"] = "testid",
            ["Action"] = "DescribeRegions",
            ["SignatureMethod"] = "HMAC-SHA1",
            ["SignatureNonce"] = "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
            ["Version"] = "2014-05-26",
            ["SignatureVersion"] = "1.0",
        };

        AliyunSignature.Sign("GET", parameters, "testsecret").ShouldBe("CT9X0VtwR86fNWSnsc6v8YGOjuE=");
    }

    [Theory]
    [InlineData("a b", "a%20b")]
    [InlineData("*+/", "%2A%2B%2F")]
    [InlineData("Az09-_.~", "Az09-_.~")]
    [InlineData("{\"code\":\"1\"}", "%7B%22code%22%3A%221%22%7D")]
    [InlineData("阿里", "%E9%98%BF%E9%87%8C")]
    public void Percent_encoding_follows_RFC_3986_over_UTF_8(string value, string expected) =>
        AliyunSignature.PercentEncode(value).ShouldBe(expected);

    [Fact]
    public async Task A_verification_code_arrives_signed_with_the_national_number_and_its_template_parameters()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var aliyun = await FakeDysmsapi.StartAsync(Secret, cancellationToken);
        await using var services = SenderServices(aliyun.Endpoint, Secret);

        await services.GetRequiredService<ISmsSender>().SendAsync(VerificationCode, cancellationToken);

        var received = aliyun.Received.ShouldHaveSingleItem();
        received["PhoneNumbers"].ShouldBe("13800138000");
        received["TemplateCode"].ShouldBe("SMS_154950909");
        received["TemplateParam"].ShouldBe("""{"code":"123456"}""");
        received["SignName"].ShouldBe("工会之家");
        received["Action"].ShouldBe("SendSms");
        received["Version"].ShouldBe("2017-05-25");
        received["Format"].ShouldBe("JSON");
        received["RegionId"].ShouldBe("cn-hangzhou");
        received["AccessKeyId"].ShouldBe("LTAI-union-home");
        received["SignatureMethod"].ShouldBe("HMAC-SHA1");
        received["SignatureVersion"].ShouldBe("1.0");
        received["Timestamp"].ShouldBe("2026-03-01T02:03:04Z");
        Guid.TryParse(received["SignatureNonce"], out _).ShouldBeTrue();
        received.ContainsKey("AccessKeySecret").ShouldBeFalse();
    }

    [Fact]
    public async Task A_wrong_secret_is_refused_with_SignatureDoesNotMatch_and_the_secret_is_never_shown()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var aliyun = await FakeDysmsapi.StartAsync(Secret, cancellationToken);
        const string wrongSecret = "not-the-secret-aliyun-knows";
        var logs = new RecordingLoggerProvider();
        await using var services = SenderServices(aliyun.Endpoint, wrongSecret, logs);

        var error = await Should.ThrowAsync<SmsDeliveryException>(
            () => services.GetRequiredService<ISmsSender>().SendAsync(VerificationCode, cancellationToken));

        error.Message.ShouldContain("SignatureDoesNotMatch");
        error.Message.ShouldNotContain(wrongSecret);
        logs.Lines.ShouldNotContain(line => line.Contains(wrongSecret, StringComparison.Ordinal));
        aliyun.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_rate_limited_send_fails_with_the_provider_code()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var aliyun = await FakeDysmsapi.StartAsync(Secret, cancellationToken);
        aliyun.AnswerCode = "isv.BUSINESS_LIMIT_CONTROL";
        aliyun.AnswerMessage = "触发分钟级流控Permits:1";
        await using var services = SenderServices(aliyun.Endpoint, Secret);

        var error = await Should.ThrowAsync<SmsDeliveryException>(
            () => services.GetRequiredService<ISmsSender>().SendAsync(VerificationCode, cancellationToken));

        error.Message.ShouldContain("isv.BUSINESS_LIMIT_CONTROL");
        error.Message.ShouldContain("Permits:1");
    }

    [Fact]
    public async Task Logs_show_the_masked_number_but_never_the_full_number_or_the_text()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var aliyun = await FakeDysmsapi.StartAsync(Secret, cancellationToken);
        var logs = new RecordingLoggerProvider();
        await using var services = SenderServices(aliyun.Endpoint, Secret, logs);

        await services.GetRequiredService<ISmsSender>().SendAsync(VerificationCode, cancellationToken);

        logs.Lines.ShouldContain(line => line.Contains("138****8000", StringComparison.Ordinal));
        logs.Lines.ShouldNotContain(line => line.Contains("13800138000", StringComparison.Ordinal));
        logs.Lines.ShouldNotContain(line => line.Contains(VerificationCode.Text, StringComparison.Ordinal));
        logs.Lines.ShouldNotContain(line => line.Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_credentials_and_sign_name_stop_the_application_at_start()
    {
        using var services = new ServiceCollection()
            .AddAliyunSms(new ConfigurationBuilder().Build())
            .BuildServiceProvider();

        var error = Should.Throw<OptionsValidationException>(
            () => services.GetRequiredService<IStartupValidator>().Validate());

        error.Failures.ShouldBe(
        [
            "Sms:Aliyun:AccessKeyId is not set.",
            "Sms:Aliyun:AccessKeySecret is not set.",
            "Sms:Aliyun:SignName is not set.",
        ]);
    }

    private static ServiceProvider SenderServices(Uri endpoint, string secret, ILoggerProvider? logs = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Sms:Aliyun:Endpoint"] = endpoint.ToString(),
                ["Sms:Aliyun:AccessKeyId"] = "LTAI-union-home",
                ["Sms:Aliyun:AccessKeySecret"] = secret,
                ["Sms:Aliyun:SignName"] = "工会之家",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            if (logs is not null)
                logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        });
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 2, 3, 4, TimeSpan.Zero)));
        services.AddAliyunSms(configuration);
        return services.BuildServiceProvider(validateScopes: true);
    }
}
