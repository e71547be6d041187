using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using UnionHome.Cases.Data;
using UnionHome.Cases.Filing;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Outbox;
using UnionHome.Platform.Sms;

namespace UnionHome.Cases.Live;

/// <summary>
/// An urgent or emergency case reaches the consoles of the unit's on-duty staff at once; an emergency medical case
/// also texts the unit's duty phone, because nobody may be looking at a console at 3 a.m.
/// </summary>
internal sealed class AlertOnDutyStaff(AppDbContext db, IHubContext<ConsoleHub> hub, FieldCipher cipher, ISmsSender sms, TimeProvider time)
    : IntegrationEventHandler<CaseOpened>
{
    protected override async Task HandleAsync(CaseOpened opened, Guid messageId, CancellationToken cancellationToken)
    {
        if (opened.Urgency == "normal")
        {
            return;
        }

        var c = await db.Set<HelpCase>().AsNoTracking().Where(x => x.Id == opened.CaseId).Select(x => new { x.Number }).SingleAsync(cancellationToken);
        var unit = await db.OrgUnits.AsNoTracking().Where(u => u.Id == opened.OrgUnitId).Select(u => u.Name).SingleAsync(cancellationToken);
        await hub.Clients.Group(ConsoleHub.GroupOf(opened.OrgUnitId)).SendAsync(
            ConsoleHub.CaseOpened,
            new CaseAlert(opened.CaseId, c.Number, opened.Category, opened.Urgency, opened.OrgUnitId, unit, opened.Escalated, time.GetUtcNow().UtcDateTime),
            cancellationToken);

        if (opened.Urgency == "emergency" && opened.Category == "medical"
            && await db.Set<DutyRoster>().AsNoTracking().Where(d => d.OrgUnitId == opened.OrgUnitId).Select(d => d.DutyPhoneCipher).SingleOrDefaultAsync(cancellationToken) is { } phone)
        {
            // At least once: a redelivery after a crash may text the duty phone twice, never zero times.
            await sms.SendAsync(
                new SmsMessage(cipher.Decrypt(phone), "SMS_CASE_EMERGENCY", new Dictionary<string, string> { ["number"] = c.Number, ["unit"] = unit }, $"【职工之家】紧急医疗求助 {c.Number} 已转至{unit}，请立即登录工作台处理。"),
                cancellationToken);
        }
    }
}
