using Microsoft.EntityFrameworkCore;
using UnionHome.Cases.Data;
using UnionHome.Membership.Contracts;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.PersonalData;

namespace UnionHome.Cases.PersonalData;

/// <param name="From">"本人" for the person's own messages, otherwise "工会工作人员", as the member sees their case.</param>
internal sealed record ExportedCaseMessage(DateTime At, string Kind, string From, string? Text);

/// <param name="Data">The image as uploaded, base64.</param>
internal sealed record ExportedCaseImage(string ContentType, string Data);

/// <param name="Description">Null once the case was anonymised.</param>
internal sealed record ExportedCase(
    string Number, string Category, string Urgency, string Status, string? Description, string? OnBehalfOfName, string? OnBehalfOfRelationship,
    double? Latitude, double? Longitude, string? ShipName, string? Voyage, string? Union, DateTime CreatedAt, DateTime? FirstRespondedAt, DateTime? ResolvedAt,
    string? Resolution, int? Rating, string? RatingComment, IReadOnlyList<ExportedCaseMessage> Timeline, IReadOnlyList<ExportedCaseImage> Images);

/// <summary>A hotline call logged with the person as the identified caller; the counsellor's outcome is about them.</summary>
internal sealed record ExportedHotlineCall(DateTime StartedAt, string Direction, string Category, int DurationSeconds, string? CallerDescription, string Outcome, string? Union);

/// <summary>
/// Cases' part: the help requests the person filed, with what they and the union wrote to each other (staff's internal
/// notes are the union's working papers and stay out, as on the member's own case page), the images and positions
/// they sent, and hotline calls logged with them as the caller. Erasing closes their open cases and anonymises every
/// one (<see cref="CaseAnonymisation"/>), blanks their calls' caller and outcome, and takes their name off what they
/// did as staff, an expert or a volunteer.
/// </summary>
internal sealed class CasesPersonalData(AppDbContext db, IMembershipDirectory members, FieldCipher cipher, TimeProvider time) : IPersonalDataContributor
{
    public async Task<PersonalDataPart> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        var unions = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var cases = await db.Set<HelpCase>().AsNoTracking().Where(c => c.RequesterUserId == userId).OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken);
        var ids = cases.ConvertAll(c => c.Id);
        var entries = (await db.Set<CaseEntry>().AsNoTracking().Where(e => ids.Contains(e.CaseId) && !e.Internal).OrderBy(e => e.At).ToListAsync(cancellationToken))
            .ToLookup(e => e.CaseId);
        var images = (await db.Set<CaseImage>().AsNoTracking().Where(i => ids.Contains(i.CaseId)).OrderBy(i => i.Id).ToListAsync(cancellationToken))
            .ToLookup(i => i.CaseId);
        var memberIds = await members.MemberIdsOfAsync(userId, cancellationToken);
        var calls = await db.Set<HotlineCall>().AsNoTracking().Where(c => c.CallerMemberId != null && memberIds.Contains(c.CallerMemberId.Value)).OrderBy(c => c.StartedAt).ToListAsync(cancellationToken);

        string? Union(Guid? id) => id is { } key ? unions.GetValueOrDefault(key) : null;
        var exportedCases = cases.ConvertAll(c =>
        {
            var timeline = entries[c.Id].Select(e => new ExportedCaseMessage(e.At, Names.Of(e.Kind), e.ActorUserId == userId ? "本人" : "工会工作人员", cipher.Open<CaseEntry>(e.BodyCipher, nameof(CaseEntry.BodyCipher), e.Id))).ToList();
            var resolution = entries[c.Id].LastOrDefault(e => e.Kind == CaseEntryKind.Resolved) is { } resolved ? cipher.Open<CaseEntry>(resolved.BodyCipher, nameof(CaseEntry.BodyCipher), resolved.Id) : null;
            var position = CasePosition.Parse(cipher.Open<HelpCase>(c.PositionCipher, nameof(HelpCase.PositionCipher), c.Id));
            return new ExportedCase(
                c.Number, Names.Of(c.Category), Names.Of(c.Urgency), Names.Of(c.Status), cipher.Open<HelpCase>(c.DescriptionCipher, nameof(HelpCase.DescriptionCipher), c.Id),
                cipher.Open<HelpCase>(c.OnBehalfOfNameCipher, nameof(HelpCase.OnBehalfOfNameCipher), c.Id), c.OnBehalfOfRelationship,
                position?.Lat, position?.Lng, c.ShipName, c.Voyage, Union(c.OrgUnitId), c.CreatedAt, c.FirstRespondedAt, c.ResolvedAt, resolution, c.Rating,
                cipher.Open<HelpCase>(c.RatingCommentCipher, nameof(HelpCase.RatingCommentCipher), c.Id),
                timeline, images[c.Id].Select(i => new ExportedCaseImage(i.ContentType, Convert.ToBase64String(cipher.DecryptBytes(i.ContentCipher, CipherScope.For<CaseImage>(nameof(CaseImage.ContentCipher), i.Id))))).ToList());
        });
        var exportedCalls = calls.ConvertAll(c => new ExportedHotlineCall(c.StartedAt, Names.Of(c.Direction), c.Category, c.DurationSeconds,
            cipher.Open<HotlineCall>(c.CallerDescriptionCipher, nameof(HotlineCall.CallerDescriptionCipher), c.Id), cipher.Open<HotlineCall>(c.OutcomeCipher, nameof(HotlineCall.OutcomeCipher), c.Id) ?? "", Union(c.OrgUnitId)));

        return new PersonalDataPart(
            [
                PersonalDataSection.Many("cases", "求助", exportedCases, c => new Dictionary<string, object?>
                {
                    ["编号"] = c.Number, ["类别"] = c.Category, ["紧急程度"] = c.Urgency, ["状态"] = c.Status, ["求助内容"] = c.Description, ["代谁求助"] = c.OnBehalfOfName,
                    ["关系"] = c.OnBehalfOfRelationship, ["纬度"] = c.Latitude, ["经度"] = c.Longitude, ["船名"] = c.ShipName, ["航次"] = c.Voyage, ["受理工会"] = c.Union,
                    ["提交时间"] = c.CreatedAt, ["办结时间"] = c.ResolvedAt, ["办结结果"] = c.Resolution, ["评分"] = c.Rating, ["评价"] = c.RatingComment, ["图片"] = c.Images.Count,
                    ["往来记录"] = string.Join("\n", c.Timeline.Where(e => e.Text is not null).Select(e => $"{e.At:yyyy-MM-dd HH:mm}Z {e.From}：{e.Text}")),
                }),
                PersonalDataSection.Many("hotlineCalls", "热线来电", exportedCalls, c => new Dictionary<string, object?>
                {
                    ["时间"] = c.StartedAt, ["方向"] = c.Direction, ["类别"] = c.Category, ["时长（秒）"] = c.DurationSeconds, ["来电人"] = c.CallerDescription,
                    ["处理结果"] = c.Outcome, ["工会"] = c.Union,
                }),
            ],
            [.. cases.Select(c => $"case:{c.Id}"), .. calls.Select(c => $"hotline-call:{c.Id}")]);
    }

    public async Task EraseAsync(string userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var mine = db.Set<HelpCase>().Where(c => c.RequesterUserId == userId);

        // Nobody is left to answer: an open case is closed, its step on the timeline without a word of why.
        var open = await mine.Where(c => c.Status != CaseStatus.Resolved).Select(c => c.Id).ToListAsync(cancellationToken);
        db.AddRange(open.Select(id => new CaseEntry { Id = Guid.CreateVersion7(), CaseId = id, Kind = CaseEntryKind.Resolved, At = now, ActorUserId = "system", ActorName = "系统" }));
        await mine.Where(c => open.Contains(c.Id) && c.Status != CaseStatus.Resolved).ExecuteUpdateAsync(
            s => s.SetProperty(c => c.Status, CaseStatus.Resolved).SetProperty(c => c.ResolvedAt, now)
                .SetProperty(c => c.SlaCheckAt, (DateTime?)null).SetProperty(c => c.WaitingSince, (DateTime?)null),
            cancellationToken);
        await CaseAnonymisation.AnonymiseAsync(db, mine, PersonalDataErasure.ErasedName, cancellationToken);

        var memberIds = await members.MemberIdsOfAsync(userId, cancellationToken);
        await db.Set<HotlineCall>().Where(c => c.CallerMemberId != null && memberIds.Contains(c.CallerMemberId.Value)).ExecuteUpdateAsync(
            s => s.SetProperty(c => c.CallerDescriptionCipher, (string?)null).SetProperty(c => c.OutcomeCipher, ""),
            cancellationToken);

        // As staff, an expert or a volunteer the person acted on other people's cases: those stay, without their name.
        await db.Set<CaseEntry>().Where(e => e.ActorUserId == userId).ExecuteUpdateAsync(s => s.SetProperty(e => e.ActorName, PersonalDataErasure.ErasedName), cancellationToken);
        await db.Set<PoolMember>().Where(m => m.UserId == userId).ExecuteUpdateAsync(s => s.SetProperty(m => m.Name, PersonalDataErasure.ErasedName), cancellationToken);
        await db.Set<OnDuty>().Where(d => d.UserId == userId).ExecuteDeleteAsync(cancellationToken);
    }
}
