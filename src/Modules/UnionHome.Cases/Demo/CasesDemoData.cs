using Microsoft.EntityFrameworkCore;
using UnionHome.Cases.Data;
using UnionHome.Cases.Filing;
using UnionHome.Cases.Queue;
using UnionHome.Membership.Contracts;
using UnionHome.Platform.Administration;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Demo;

/// <summary>
/// Help requests in the walkthrough: the seafarers' medical expert pool of 舟山市总工会 and a psychological
/// volunteer pool of 杭州市总工会, the medical desk of 舟山市海员工会 for seafarers, its duty phone and hy.staff on
/// duty, and open cases of every kind filed by demo members — some assigned, one resolved and rated.
/// </summary>
internal sealed class CasesDemoData(
    AppDbContext db, IMembershipDirectory members, FileCase file, AssignCase assign, SendCaseMessage messages, AddCaseNote notes, ResolveCase resolve, RateHelp rate,
    FieldCipher cipher, TimeProvider time) : IDemoData
{
    public const string DutyPhone = "13587000110";
    public const string MedicalDesk = "医疗求助窗口";

    private static readonly (string UserName, string Specialties)[] Doctors =
        [("zs.doctor", "急诊,海上远程医疗指导"), ("zs.cardio", "心内科,胸痛"), ("zs.surgeon", "外科,创伤处理")];

    public async Task SeedAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        if (await db.Set<ExpertPool>().AnyAsync(cancellationToken))
        {
            return;
        }

        var units = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id, cancellationToken);
        var people = await db.Users.AsNoTracking().Where(u => u.UserName != null).ToDictionaryAsync(u => u.UserName!, u => (u.Id, Name: u.DisplayName), cancellationToken);

        var doctors = new ExpertPool { Id = Guid.CreateVersion7(), OrgUnitId = units["ZJ-ZS"], Name = "舟山远洋船员医疗救治专家库", Kind = PoolKind.Experts };
        var counsellors = new ExpertPool { Id = Guid.CreateVersion7(), OrgUnitId = units["ZJ-HZ"], Name = "杭州市职工心理援助志愿者库", Kind = PoolKind.Volunteers };
        db.AddRange(doctors, counsellors);
        var pooled = new Dictionary<string, PoolMember>();
        foreach (var (userName, specialties) in Doctors)
        {
            if (people.TryGetValue(userName, out var doctor))
            {
                pooled[userName] = new PoolMember { Id = Guid.CreateVersion7(), PoolId = doctors.Id, UserId = doctor.Id, Name = doctor.Name, Specialties = specialties, Availability = "7×24小时" };
            }
        }

        if (people.TryGetValue("hz.counsellor", out var counsellor))
        {
            pooled["hz.counsellor"] = new PoolMember { Id = Guid.CreateVersion7(), PoolId = counsellors.Id, UserId = counsellor.Id, Name = counsellor.Name, Specialties = "心理咨询,危机干预", Availability = "工作日晚间、周末" };
        }

        db.AddRange(pooled.Values);
        db.Add(new CaseRoute { Id = Guid.CreateVersion7(), OrgUnitId = units["ZJ-ZS"], Category = CaseCategory.Medical, WorkerType = "seafarer", TargetOrgUnitId = units["ZJ-ZS-HY"], DeskName = MedicalDesk });
        var dutyRosterId = Guid.CreateVersion7();
        db.Add(new DutyRoster
        {
            Id = dutyRosterId,
            OrgUnitId = units["ZJ-ZS-HY"],
            DutyPhoneCipher = cipher.Encrypt<DutyRoster>(UnionHome.Platform.Validation.MobilePhone.Parse(DutyPhone).Value, nameof(DutyRoster.DutyPhoneCipher), dutyRosterId),
        });
        if (people.TryGetValue("hy.staff", out var onDuty))
        {
            db.Add(new OnDuty { Id = Guid.CreateVersion7(), OrgUnitId = units["ZJ-ZS-HY"], UserId = onDuty.Id, Since = time.GetUtcNow().UtcDateTime });
        }

        await db.SaveChangesAsync(cancellationToken);
        await FileCasesAsync(units, people, pooled, cancellationToken);
    }

    private async Task FileCasesAsync(Dictionary<string, Guid> units, Dictionary<string, (string Id, string Name)> people, Dictionary<string, PoolMember> pooled, CancellationToken cancellationToken)
    {
        var seafarers = await members.ActiveMembersOfAsync(units["ZJ-ZS-HY"], 4, cancellationToken);
        var riders = await members.ActiveMembersOfAsync(units["ZJ-HZ-SC-HB"], 4, cancellationToken);
        if (seafarers.Count < 4 || riders.Count < 4 || !people.TryGetValue("hy.staff", out var hy) || !people.TryGetValue("sc.staff", out var sc))
        {
            return;
        }

        var seafarersStaff = await Actor.OutsideRequestAsync(db, new Caller(hy.Id, hy.Name, new HashSet<string> { Roles.UnionStaff }, units["ZJ-ZS-HY"], null), cancellationToken);
        var shangchengStaff = await Actor.OutsideRequestAsync(db, new Caller(sc.Id, sc.Name, new HashSet<string> { Roles.UnionStaff }, units["ZJ-HZ-SC"], null), cancellationToken);

        var chestPain = await FileAsync(seafarers[0], "medical", "emergency", "船员突发胸痛、出汗、呼吸困难约20分钟，船上只有基础药品，请求医生远程指导。", 29.95, 123.60, "浙岱渔03188", "2026-冬汛-07", cancellationToken);
        var handWound = await FileAsync(seafarers[1], "medical", "urgent", "起网时手掌被钢丝绳割伤，已包扎，现红肿发热，离港还有三天。", 30.40, 124.10, "浙普远98", null, cancellationToken);
        await FileAsync(seafarers[2], "wage", "normal", "上一航次工资尚有两个月未结清，船东称等鱼货款到账再付。", null, null, null, null, cancellationToken);
        await FileAsync(seafarers[3], "psychological", "urgent", "出海四个月，家中老人住院，情绪低落、失眠，想找人聊聊。", 28.80, 125.30, "浙岱渔03188", null, cancellationToken);
        var riderStress = await FileAsync(riders[0], "psychological", "normal", "连续差评后压力很大，晚上睡不着，希望有心理老师指导。", null, null, null, null, cancellationToken);
        await FileAsync(riders[1], "legal", "normal", "平台以超时为由扣除本月全部奖励，想咨询是否合法。", null, null, null, null, cancellationToken);
        await FileAsync(riders[2], "injury", "urgent", "送餐途中被汽车剐蹭，膝盖受伤，站点说不算工伤。", 30.25, 120.17, null, null, cancellationToken);
        var hardship = await FileAsync(riders[3], "hardship", "normal", "孩子下学期学费有困难，想了解工会的助学帮扶。", null, null, null, null, cancellationToken);

        if (chestPain is { } c1 && pooled.TryGetValue("zs.cardio", out var cardio))
        {
            await assign.AssignAsync(seafarersStaff, c1, new AssignRequest(cardio.Id), cancellationToken);
            await messages.SendAsync(seafarersStaff, c1, new TextRequest("已联系舟山医院心内科医生，请保持卫星电话畅通，让患者半卧位休息。"), cancellationToken);
        }

        if (handWound is { } c2 && pooled.TryGetValue("zs.surgeon", out var surgeon))
        {
            await assign.AssignAsync(seafarersStaff, c2, new AssignRequest(surgeon.Id), cancellationToken);
        }

        if (riderStress is { } c3 && pooled.TryGetValue("hz.counsellor", out var volunteer))
        {
            await notes.AddAsync(shangchengStaff, c3, new TextRequest("求助人情绪尚稳定，无自伤表述，安排心理志愿者回访。"), cancellationToken);
            await assign.AssignAsync(shangchengStaff, c3, new AssignRequest(volunteer.Id), cancellationToken);
        }

        if (hardship is { } c4)
        {
            await resolve.ResolveAsync(shangchengStaff, c4, new ResolveRequest("已纳入上城区总工会金秋助学名单，助学金3000元将于本月底发放。"), cancellationToken);
            await rate.RateAsync(await Actor.OutsideRequestAsync(db, Requester(riders[3]), cancellationToken), c4, new RatingRequest(5, "办得很快，谢谢工会"), cancellationToken);
        }
    }

    private async Task<Guid?> FileAsync(MemberProfile member, string category, string urgency, string description, double? lat, double? lng, string? ship, string? voyage, CancellationToken cancellationToken)
    {
        var request = new NewCaseRequest(category, urgency, description, $"demo-{category}-{urgency}", null,
            lat is { } la && lng is { } lo ? new CaseLocation(la, lo, "wgs84") : null, ship, voyage, null);
        var filed = await file.FileAsync(Requester(member), request, cancellationToken);
        db.ChangeTracker.Clear();
        return filed.Succeeded ? filed.Value.Case.Id : null;
    }

    private static Caller Requester(MemberProfile member) => new(member.UserId, member.Name, new HashSet<string> { Roles.Member }, null, null);
}
