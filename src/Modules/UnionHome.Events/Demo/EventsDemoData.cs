using Microsoft.EntityFrameworkCore;
using UnionHome.Events.Data;
using UnionHome.Membership.Contracts;
using UnionHome.Platform.Administration;
using UnionHome.Platform.Data;

namespace UnionHome.Events.Demo;

/// <summary>
/// What a union's calendar holds in the walkthrough: a course series, a seafarers' safety training, a
/// psychological lecture, a recuperation trip with places per union, a lottery trip, a rider training in Guiyang,
/// two past events whose members attended and rated them (the 97% and 95% of the seed stories), and the menus
/// enterprises ask sessions from (safety trainings, psychological lectures).
/// </summary>
internal sealed class EventsDemoData(AppDbContext db, IMembershipDirectory members, TimeProvider time) : IDemoData
{
    private static readonly (string Union, EventKind Kind, string Title, string Description)[] Menu =
    [
        ("ZJ-HZ-SC", EventKind.Training, "骑手交通安全培训", "电动自行车安全驾驶、头盔佩戴、恶劣天气配送注意事项，约2小时，可到企业站点上课。"),
        ("ZJ-HZ-SC", EventKind.Lecture, "心理健康讲座：情绪与压力疏导", "由心理咨询师讲解常见压力来源和自我调适方法，约1.5小时，含现场答疑。"),
        ("ZJ-ZS", EventKind.Training, "海上安全生产培训", "船舶消防、救生设备使用、防台防汛应急处置，约3小时。"),
        ("GZ-GY-BY", EventKind.Training, "安全生产培训：夏季高温作业防护", "防暑降温、中暑急救与高温天气作业安排，约2小时。"),
    ];

    public async Task SeedAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        if (await db.Set<Event>().AnyAsync(cancellationToken))
        {
            return;
        }

        var units = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var today = DateTime.SpecifyKind(now.AddHours(8).Date.AddHours(-8), DateTimeKind.Utc);

        var zhujiajian = new RecuperationBase { Id = Guid.CreateVersion7(), OrgUnitId = units["ZJ"], Name = "舟山朱家尖职工疗休养基地", Address = "浙江省舟山市普陀区朱家尖街道", Capacity = 60 };
        var huaxi = new RecuperationBase { Id = Guid.CreateVersion7(), OrgUnitId = units["GZ"], Name = "贵阳花溪职工疗休养基地", Address = "贵州省贵阳市花溪区", Capacity = 40 };
        db.AddRange(zhujiajian, huaxi);
        db.Add(new RecuperationBase { Id = Guid.CreateVersion7(), OrgUnitId = units["ZJ"], Name = "绍兴柯桥乡村职工疗休养基地", Address = "浙江省绍兴市柯桥区稽东镇", Capacity = 120 });
        foreach (var item in Menu)
        {
            db.Add(new MenuItem { Id = Guid.CreateVersion7(), OrgUnitId = units[item.Union], Kind = item.Kind, Title = item.Title, Description = item.Description, Active = true });
        }

        var course = New(EventKind.Course, "职工书法提高班（8讲）", "每周六上午，笔墨纸砚由职工文化宫提供。", units["ZJ-HZ"], now.AddDays(-3), now.AddDays(10));
        for (var week = 1; week <= 8; week++)
        {
            course.Sessions.Add(Session(today.AddDays(7 * week).AddHours(9), 2, "杭州市职工文化宫 302教室", 30));
        }

        var safety = New(EventKind.Training, "渔船安全生产培训", "出海前必修：救生设备、消防、恶劣天气应对。", units["ZJ-ZS-HY"], now.AddDays(-5), now.AddDays(12));
        safety.AudienceWorkerTypes = "seafarer";
        safety.Sessions.Add(Session(today.AddDays(14).AddHours(14), 3, "舟山市海员之家 培训室", 50));
        safety.Sessions.Add(Session(today.AddDays(21).AddHours(14), 3, "舟山市海员之家 培训室", 50));

        var lecture = New(EventKind.Lecture, "情绪压力管理讲座", "心理咨询师讲授压力识别与自我调适，现场与线上同步。", units["ZJ-HZ-SC"], now.AddDays(-2), now.AddDays(6));
        lecture.Sessions.Add(Session(today.AddDays(8).AddHours(19), 1.5, "上城区职工服务中心 多功能厅", 100));

        var trip = New(EventKind.Trip, "2026年度一线职工疗休养（第二批）", "三天两晚，含往返交通与食宿。", units["ZJ"], now.AddDays(-1), now.AddDays(20));
        trip.RecuperationBaseId = zhujiajian.Id;
        trip.LimitPerMemberPerYear = 1;
        trip.QuotaReleaseAt = now.AddDays(10);
        trip.CancellationDeadline = today.AddDays(25);
        var tripSession = Session(today.AddDays(30).AddHours(8), 56, zhujiajian.Name, 40);
        trip.Sessions.Add(tripSession);
        trip.Quotas.Add(new SessionQuota { Id = Guid.CreateVersion7(), EventId = trip.Id, SessionId = tripSession.Id, OrgUnitId = units["ZJ-ZS-HY"], Places = 10 });
        trip.Quotas.Add(new SessionQuota { Id = Guid.CreateVersion7(), EventId = trip.Id, SessionId = tripSession.Id, OrgUnitId = units["ZJ-HZ-SC"], Places = 25 });

        var familyTrip = New(EventKind.Trip, "海员家庭疗休养（抽签）", "名额有限，报名截止后公开抽签。", units["ZJ-ZS"], now.AddDays(-1), now.AddDays(9));
        familyTrip.Mode = EventMode.Lottery;
        familyTrip.RecuperationBaseId = zhujiajian.Id;
        familyTrip.Sessions.Add(Session(today.AddDays(40).AddHours(8), 56, zhujiajian.Name, 20));

        var riders = New(EventKind.Training, "骑手安全骑行培训", "交通安全、电动车电池安全与应急处置。", units["GZ-GY-BY"], now.AddDays(-4), now.AddDays(5));
        riders.AudienceWorkerTypes = "gig";
        riders.Sessions.Add(Session(today.AddDays(6).AddHours(15), 2, "白云区职工服务中心", 40));

        var walk = New(EventKind.Activity, "2026年秋季职工健步走", null, units["ZJ-HZ-SC"], now.AddDays(-50), now.AddDays(-32));
        walk.Sessions.Add(Session(today.AddDays(-30).AddHours(8), 3, "西湖湖滨公园", 80));
        var pastTrip = New(EventKind.Trip, "2026年度一线职工疗休养（第一批）", null, units["ZJ"], now.AddDays(-90), now.AddDays(-70));
        pastTrip.RecuperationBaseId = zhujiajian.Id;
        pastTrip.LimitPerMemberPerYear = 1;
        pastTrip.Sessions.Add(Session(today.AddDays(-60).AddHours(8), 56, zhujiajian.Name, 40));

        db.AddRange(course, safety, lecture, trip, familyTrip, riders, walk, pastTrip);
        await db.SaveChangesAsync(cancellationToken);

        var riderMembers = await members.ActiveMembersOfAsync(units["ZJ-HZ-SC-HB"], 40, cancellationToken);
        var seafarers = await members.ActiveMembersOfAsync(units["ZJ-ZS-HY"], 40, cancellationToken);
        await AttendedAsync(walk, riderMembers.Take(34).ToList(), [5, 5, 4, 5, 4, 5, 5, 4, 5, 5, 4, 5, 5, 5, 4, 5, 5, 4, 5, 3, 5, 4, 5, 5, 4, 5, 5, 5, 4, 5, 5, 4, 5, 5], now, cancellationToken);
        await AttendedAsync(pastTrip, seafarers.Take(20).ToList(), [5, 5, 4, 5, 5, 4, 5, 5, 5, 4, 5, 5, 3, 5, 4, 5, 5, 5, 4, 5], now, cancellationToken);
        await BookedAsync(trip, seafarers.Skip(20).Take(6).ToList(), units["ZJ-ZS-HY"], now, cancellationToken);
        await BookedAsync(course, riderMembers.Skip(34).Take(5).ToList(), null, now, cancellationToken);
    }

    private static Event New(EventKind kind, string title, string? description, Guid organizer, DateTime opens, DateTime closes) => new()
    {
        Id = Guid.CreateVersion7(),
        Kind = kind,
        Title = title,
        Description = description,
        OrgUnitId = organizer,
        AudienceOrgUnitId = organizer,
        Mode = EventMode.FirstCome,
        Status = EventStatus.Published,
        RegistrationOpensAt = opens,
        RegistrationClosesAt = closes,
        CreatedAt = opens.AddDays(-1),
        PublishedAt = opens,
    };

    private static EventSession Session(DateTime startsAt, double hours, string place, int capacity) =>
        new() { Id = Guid.CreateVersion7(), StartsAt = startsAt, EndsAt = startsAt.AddHours(hours), Place = place, Capacity = capacity };

    /// <summary>Past sessions: members attended (checked in) and rated; a session with taken places shows them taken.</summary>
    private async Task AttendedAsync(Event e, List<MemberProfile> attendees, int[] ratings, DateTime now, CancellationToken cancellationToken)
    {
        var session = e.Sessions[0];
        for (var i = 0; i < attendees.Count; i++)
        {
            var booking = Booked(e, session, attendees[i], null, e.RegistrationOpensAt.AddHours(i));
            booking.CheckedInAt = session.StartsAt.AddMinutes(-10 + i % 20);
            booking.CheckedInBy = "demo";
            booking.Rating = ratings[i % ratings.Length];
            booking.RatedAt = session.EndsAt.AddDays(1);
            db.Add(booking);
        }

        session.AttendanceClosedAt = session.EndsAt.AddHours(1);
        await TakeAsync(session, attendees.Count, cancellationToken);
    }

    private async Task BookedAsync(Event e, List<MemberProfile> people, Guid? quotaUnion, DateTime now, CancellationToken cancellationToken)
    {
        var session = e.Sessions[0];
        foreach (var person in people)
        {
            db.Add(Booked(e, session, person, quotaUnion, now.AddHours(-people.IndexOf(person) - 1)));
        }

        if (quotaUnion is { } union)
        {
            await db.Set<SessionQuota>().Where(q => q.SessionId == session.Id && q.OrgUnitId == union)
                .ExecuteUpdateAsync(s => s.SetProperty(q => q.Taken, people.Count), cancellationToken);
        }

        await TakeAsync(session, people.Count, cancellationToken);
    }

    private static Booking Booked(Event e, EventSession session, MemberProfile person, Guid? quotaUnion, DateTime at) => new()
    {
        Id = Guid.CreateVersion7(),
        EventId = e.Id,
        SessionId = session.Id,
        UserId = person.UserId,
        MemberId = person.MemberId,
        MemberUnionId = person.UnionId,
        QuotaOrgUnitId = quotaUnion,
        ClientRequestId = $"demo-{session.Id:N}",
        Status = BookingStatus.Confirmed,
        CreatedAt = at,
        ConfirmedAt = at,
    };

    private async Task TakeAsync(EventSession session, int count, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        await db.Set<EventSession>().Where(s => s.Id == session.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, count), cancellationToken);
    }
}
