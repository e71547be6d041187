using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Identity;

[Collection(PlatformCollection.Name)]
public sealed class SmsLoginTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task First_sms_login_registers_a_user_without_member_role_and_welcomes_them(DatabaseProvider provider)
    {
        var app = apps[provider];
        var phone = Sessions.NewPhone();

        var token = await app.MemberTokenAsync($"+86 {phone[..3]}-{phone[3..7]}-{phone[7..]}");

        var me = await app.ClientWithToken(token).GetFromJsonAsync<MeResponse>("/api/v1/me", Ct);
        me!.Roles.ShouldBeEmpty();
        me.OrgUnitId.ShouldBeNull();
        me.EnterpriseId.ShouldBeNull();
        me.DisplayName.ShouldBe($"{phone[..3]}****{phone[7..]}");

        var inbox = await Eventually(async () =>
            await app.ClientWithToken(token).GetFromJsonAsync<Paged<InboxItem>>("/api/v1/me/inbox", Ct), page => page!.Items.Count > 0);
        inbox!.Items.Single().Title.ShouldBe("欢迎来到职工之家");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Second_login_of_the_same_phone_finds_the_same_user(DatabaseProvider provider)
    {
        var app = apps[provider];
        var phone = Sessions.NewPhone();
        var first = await app.ClientWithToken(await app.MemberTokenAsync(phone)).GetFromJsonAsync<MeResponse>("/api/v1/me", Ct);
        app.Time!.Advance(TimeSpan.FromSeconds(61));

        var second = await app.ClientWithToken(await app.MemberTokenAsync($"0086{phone}")).GetFromJsonAsync<MeResponse>("/api/v1/me", Ct);

        second!.UserId.ShouldBe(first!.UserId);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_code_works_once_and_its_reuse_is_told_apart(DatabaseProvider provider)
    {
        var app = apps[provider];
        var client = app.Anonymous();
        var phone = Sessions.NewPhone();
        await client.PostAsJsonAsync("/api/v1/auth/sms-code", new { phone }, Ct);
        var code = await app.LatestCodeAsync(phone);
        (await client.PostAsJsonAsync("/api/v1/auth/sms-login", new { phone, code }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var reuse = await client.PostAsJsonAsync("/api/v1/auth/sms-login", new { phone, code }, Ct);

        await reuse.ShouldBeProblem(HttpStatusCode.Unauthorized, "sms_code_used");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Five_wrong_tries_burn_the_code_even_for_the_right_digits_afterwards(DatabaseProvider provider)
    {
        var app = apps[provider];
        var client = app.Anonymous();
        var phone = Sessions.NewPhone();
        await client.PostAsJsonAsync("/api/v1/auth/sms-code", new { phone }, Ct);
        var code = await app.LatestCodeAsync(phone);
        var wrong = code == "000000" ? "111111" : "000000";

        for (var i = 0; i < 4; i++)
        {
            await (await client.PostAsJsonAsync("/api/v1/auth/sms-login", new { phone, code = wrong }, Ct)).ShouldBeProblem(HttpStatusCode.Unauthorized, "sms_code_invalid");
        }

        await (await client.PostAsJsonAsync("/api/v1/auth/sms-login", new { phone, code = wrong }, Ct)).ShouldBeProblem(HttpStatusCode.Unauthorized, "sms_code_burned");
        await (await client.PostAsJsonAsync("/api/v1/auth/sms-login", new { phone, code }, Ct)).ShouldBeProblem(HttpStatusCode.Unauthorized, "sms_code_burned");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_code_expires_after_five_minutes(DatabaseProvider provider)
    {
        var app = apps[provider];
        var client = app.Anonymous();
        var phone = Sessions.NewPhone();
        await client.PostAsJsonAsync("/api/v1/auth/sms-code", new { phone }, Ct);
        var code = await app.LatestCodeAsync(phone);

        app.Time!.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        await (await client.PostAsJsonAsync("/api/v1/auth/sms-login", new { phone, code }, Ct)).ShouldBeProblem(HttpStatusCode.Unauthorized, "sms_code_expired");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_second_code_within_sixty_seconds_is_refused_and_allowed_after(DatabaseProvider provider)
    {
        var app = apps[provider];
        var client = app.Anonymous();
        var phone = Sessions.NewPhone();
        (await client.PostAsJsonAsync("/api/v1/auth/sms-code", new { phone }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        app.Time!.Advance(TimeSpan.FromSeconds(59));
        await (await client.PostAsJsonAsync("/api/v1/auth/sms-code", new { phone }, Ct)).ShouldBeProblem(HttpStatusCode.TooManyRequests, "sms_too_frequent");

        app.Time.Advance(TimeSpan.FromSeconds(2));
        (await client.PostAsJsonAsync("/api/v1/auth/sms-code", new { phone }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Eleventh_code_of_a_day_is_refused_until_midnight_in_beijing(DatabaseProvider provider)
    {
        var app = apps[provider];
        var client = app.Anonymous();
        var phone = Sessions.NewPhone();
        app.Time.MoveToStartOfNextBeijingDay();

        for (var i = 0; i < 10; i++)
        {
            (await client.PostAsJsonAsync("/api/v1/auth/sms-code", new { phone }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
            app.Time.Advance(TimeSpan.FromSeconds(61));
        }

        await (await client.PostAsJsonAsync("/api/v1/auth/sms-code", new { phone }, Ct)).ShouldBeProblem(HttpStatusCode.TooManyRequests, "sms_daily_limit");
        // 08:30 in Beijing is past midnight UTC: a new day for a counter kept in UTC, not for one kept in Beijing.
        app.Time.Advance(TimeSpan.FromHours(8.5) - (app.Time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).TimeOfDay));
        await (await client.PostAsJsonAsync("/api/v1/auth/sms-code", new { phone }, Ct)).ShouldBeProblem(HttpStatusCode.TooManyRequests, "sms_daily_limit");
        app.Time.MoveToStartOfNextBeijingDay();
        (await client.PostAsJsonAsync("/api/v1/auth/sms-code", new { phone }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Codes_from_one_address_stop_at_the_configured_hourly_limit()
    {
        await using var app = await apps.StartDedicatedAsync(DatabaseProvider.Sqlite, new() { ["Sms:Login:PerIpPerHour"] = "3" });
        var client = app.Anonymous();
        for (var i = 0; i < 3; i++)
        {
            (await client.PostAsJsonAsync("/api/v1/auth/sms-code", new { phone = Sessions.NewPhone() }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        await (await client.PostAsJsonAsync("/api/v1/auth/sms-code", new { phone = Sessions.NewPhone() }, Ct)).ShouldBeProblem(HttpStatusCode.TooManyRequests, "sms_ip_limited");
    }

    [Theory]
    [InlineData("1380013800")]
    [InlineData("12345678901")]
    [InlineData("abc")]
    [InlineData("")]
    public async Task An_invalid_phone_is_a_400_naming_the_field_in_chinese(string phone)
    {
        var response = await apps[DatabaseProvider.Sqlite].Anonymous().PostAsJsonAsync("/api/v1/auth/sms-code", new { phone }, Ct);

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_phone");
        problem.GetProperty("title").GetString()!.ShouldContain("手机号码");
        problem.GetProperty("errors").GetProperty("phone").EnumerateArray().ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_malformed_code_is_a_400_naming_the_code_field()
    {
        var response = await apps[DatabaseProvider.Sqlite].Anonymous().PostAsJsonAsync("/api/v1/auth/sms-login", new { phone = Sessions.NewPhone(), code = "12ab" }, Ct);

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_code_format");
        problem.GetProperty("errors").GetProperty("code").EnumerateArray().ShouldNotBeEmpty();
    }

    private static async Task<T> Eventually<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        for (var attempt = 0; ; attempt++)
        {
            var value = await read();
            if (done(value) || attempt == 50)
            {
                return value;
            }

            await Task.Delay(100, Ct);
        }
    }
}
