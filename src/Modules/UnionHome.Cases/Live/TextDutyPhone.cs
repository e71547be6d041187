using Microsoft.EntityFrameworkCore;
using UnionHome.Cases.Data;
using UnionHome.Cases.Filing;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Outbox;
using UnionHome.Platform.Sms;

namespace UnionHome.Cases.Live;

/// <summary>
/// An emergency medical case also texts the unit's duty phone, because nobody may be looking at a console at
/// 3 a.m. A handler of its own, so a console push that fails (Redis unreachable) neither delays nor repeats it.
/// </summary>
internal sealed class TextDutyPhone(AppDbContext db, FieldCipher cipher, ISmsSender sms, DutyPhoneOptions options, TimeProvider time) : IntegrationEventHandler<CaseOpened>
{
    protected override async Task HandleAsync(CaseOpened opened, Guid messageId, CancellationToken cancellationToken)
    {
        if (opened.Urgency != "emergency" || opened.Category != "medical"
            || await db.Set<DutyRoster>().AsNoTracking().Where(d => d.OrgUnitId == opened.OrgUnitId).SingleOrDefaultAsync(cancellationToken) is not { DutyPhoneCipher: { } dutyPhone } roster)
        {
            return;
        }

        var text = await DutyPhoneTexts.TakeAsync(db, opened.OrgUnitId, time.GetUtcNow().UtcDateTime, options.TextsPerHour, cancellationToken);
        if (text == DutyPhoneText.None)
        {
            return;
        }

        var phone = cipher.Decrypt<DutyRoster>(dutyPhone, nameof(DutyRoster.DutyPhoneCipher), roster.Id);
        var number = await db.Set<HelpCase>().AsNoTracking().Where(x => x.Id == opened.CaseId).Select(x => x.Number).SingleAsync(cancellationToken);
        var unit = await db.OrgUnits.AsNoTracking().Where(u => u.Id == opened.OrgUnitId).Select(u => u.Name).SingleAsync(cancellationToken);
        // At least once: a redelivery after a crash may text the duty phone twice, never zero times.
        await sms.SendAsync(
            text == DutyPhoneText.Case
                ? new SmsMessage(phone, "SMS_CASE_EMERGENCY", new Dictionary<string, string> { ["number"] = number, ["unit"] = unit }, $"【职工之家】紧急医疗求助 {number} 已转至{unit}，请立即登录工作台处理。")
                : new SmsMessage(
                    phone,
                    "SMS_CASE_EMERGENCY_SUMMARY",
                    new Dictionary<string, string> { ["unit"] = unit, ["limit"] = options.TextsPerHour.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                    $"【职工之家】{unit}本小时的紧急医疗求助已达短信上限（{options.TextsPerHour}条），后续求助本小时内不再逐条发短信，请立即登录工作台查看全部。"),
            cancellationToken);
    }
}
