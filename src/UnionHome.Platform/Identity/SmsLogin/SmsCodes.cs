using System.Security.Cryptography;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Sms;
using UnionHome.Platform.Validation;

namespace UnionHome.Platform.Identity.SmsLogin;

public readonly record struct CodeSent(string PhoneMasked, DateTimeOffset ExpiresAt);

/// <summary>Sends login codes and checks them: single use, short-lived, rate-limited per phone and per address.</summary>
public sealed partial class SmsCodes(
    AppDbContext db,
    BlindIndex blindIndex,
    ISmsSender sender,
    IOptions<SmsLoginOptions> options,
    TimeProvider time,
    ILogger<SmsCodes> logger)
{
    private SmsLoginOptions Rules => options.Value;

    public async Task<Result<CodeSent>> SendAsync(string? rawPhone, string ipAddress, CancellationToken cancellationToken)
    {
        if (!MobilePhone.TryParse(rawPhone, out var phone, out _))
        {
            return SmsLoginErrors.InvalidPhone;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var phoneIndex = blindIndex.Compute(BlindIndex.Purposes.Phone, phone.Value);
        var ipIndex = blindIndex.Compute(BlindIndex.Purposes.IpAddress, ClientNetwork.KeyOf(ipAddress));
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        var smsCode = new SmsCode
        {
            Id = Guid.CreateVersion7(),
            PhoneIndex = phoneIndex,
            IpIndex = ipIndex,
            CreatedAt = now,
            ExpiresAt = now + Rules.CodeLifetime,
        };
        smsCode.CodeHash = HashOf(smsCode.Id, code);

        // Written first, counted after: of many requests racing from one network, at most the limit can pass.
        db.SmsCodes.Add(smsCode);
        await db.SaveChangesAsync(cancellationToken);
        var sentFromNetwork = await db.SmsCodes.CountAsync(c => c.IpIndex == ipIndex && c.CreatedAt > now.AddHours(-1), cancellationToken);
        var refused = sentFromNetwork > Rules.PerIpPerHour
            ? SmsLoginErrors.IpLimit
            : await TakePhoneQuotaAsync(phoneIndex, now, cancellationToken);
        if (refused is not null)
        {
            await db.SmsCodes.Where(c => c.Id == smsCode.Id).ExecuteDeleteAsync(cancellationToken);
            return refused;
        }

        try
        {
            await sender.SendAsync(
                new SmsMessage(
                    phone.Value,
                    Rules.TemplateCode,
                    new Dictionary<string, string> { ["code"] = code },
                    $"【职工之家】您的登录验证码是{code}，{(int)Rules.CodeLifetime.TotalMinutes}分钟内有效。请勿告诉他人。"),
                cancellationToken);
        }
        catch (SmsDeliveryException ex)
        {
            LogDeliveryFailed(logger, phone.Masked, ex);
            return SmsLoginErrors.Unavailable;
        }

        return new CodeSent(phone.Masked, new DateTimeOffset(smsCode.ExpiresAt, TimeSpan.Zero));
    }

    /// <summary>Checks a code; on success it is consumed and the phone's normalised form is returned.</summary>
    public async Task<Result<MobilePhone>> ConsumeAsync(string? rawPhone, string? code, CancellationToken cancellationToken)
    {
        if (!MobilePhone.TryParse(rawPhone, out var phone, out _))
        {
            return SmsLoginErrors.InvalidPhone;
        }

        code = code?.Trim();
        if (code is null || code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            return SmsLoginErrors.MalformedCode;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var phoneIndex = blindIndex.Compute(BlindIndex.Purposes.Phone, phone.Value);
        var latest = await db.SmsCodes.AsNoTracking()
            .Where(c => c.PhoneIndex == phoneIndex)
            .OrderByDescending(c => c.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
        {
            return SmsLoginErrors.WrongCode;
        }

        var matches = CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(HashOf(latest.Id, code)),
            System.Text.Encoding.ASCII.GetBytes(latest.CodeHash));
        if (latest.FailedAttempts >= Rules.MaxFailedAttempts)
        {
            return SmsLoginErrors.Burned;
        }

        if (latest.ConsumedAt is not null)
        {
            return matches ? SmsLoginErrors.Used : SmsLoginErrors.WrongCode;
        }

        if (now >= latest.ExpiresAt)
        {
            return SmsLoginErrors.Expired;
        }

        if (!matches)
        {
            await db.SmsCodes.Where(c => c.Id == latest.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.FailedAttempts, c => c.FailedAttempts + 1), cancellationToken);
            return latest.FailedAttempts + 1 >= Rules.MaxFailedAttempts ? SmsLoginErrors.Burned : SmsLoginErrors.WrongCode;
        }

        // Conditional: of two simultaneous uses of one code, exactly one wins.
        var consumed = await db.SmsCodes
            .Where(c => c.Id == latest.Id && c.ConsumedAt == null && c.FailedAttempts < Rules.MaxFailedAttempts)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ConsumedAt, now), cancellationToken);
        return consumed == 1 ? phone : SmsLoginErrors.Used;
    }

    private async Task<Error?> TakePhoneQuotaAsync(string phoneIndex, DateTime now, CancellationToken cancellationToken)
    {
        var table = TableNaming.QualifiedName(PlatformModel.Module, "sms_phone_quotas", db.Provider);
#pragma warning disable EF1002 // the table name is ours, every value is a parameter
        await db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO {table} (\"PhoneIndex\", \"LastSentAt\", \"Day\", \"SentToday\") VALUES ({{0}}, {{1}}, 0, 0) ON CONFLICT DO NOTHING",
            [phoneIndex, DateTime.UnixEpoch],
            cancellationToken);
#pragma warning restore EF1002

        var today = ChinaCalendarDay.Of(now);
        var resendAfter = now - Rules.ResendInterval;
        var dailyLimit = Rules.DailyLimitPerPhone;
        var taken = await db.SmsPhoneQuotas
            .Where(q => q.PhoneIndex == phoneIndex && q.LastSentAt <= resendAfter && (q.Day != today || q.SentToday < dailyLimit))
            .ExecuteUpdateAsync(
                s => s.SetProperty(q => q.LastSentAt, now)
                    .SetProperty(q => q.SentToday, q => q.Day == today ? q.SentToday + 1 : 1)
                    .SetProperty(q => q.Day, today),
                cancellationToken);
        if (taken == 1)
        {
            return null;
        }

        var quota = await db.SmsPhoneQuotas.AsNoTracking().SingleAsync(q => q.PhoneIndex == phoneIndex, cancellationToken);
        return quota.LastSentAt > resendAfter ? SmsLoginErrors.TooFrequent : SmsLoginErrors.DailyLimit;
    }

    private string HashOf(Guid codeId, string code) => blindIndex.Compute(BlindIndex.Purposes.SmsCode, $"{codeId:N}:{code}");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Login code to {Phone} could not be sent")]
    private static partial void LogDeliveryFailed(ILogger logger, string phone, Exception exception);
}
