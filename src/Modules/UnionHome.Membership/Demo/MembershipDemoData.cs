using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using UnionHome.Membership.Approvals;
using UnionHome.Membership.Data;
using UnionHome.Platform.Administration;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Organization;
using UnionHome.Platform.Validation;
using Member = UnionHome.Membership.Data.Member;

namespace UnionHome.Membership.Demo;

/// <summary>
/// A few hundred members spread over the demo tree, a queue of applications for officers to decide, the demo
/// members' accounts linked to their membership, and a sample roster with typical mistakes for the walkthrough.
/// </summary>
internal sealed class MembershipDemoData(AppDbContext db, FieldCipher cipher, BlindIndex blindIndex, TimeProvider time) : IDemoData
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"];
    private static readonly string[] GivenNames = ["伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀兰", "海军", "建华", "志强", "晓东"];

    private static readonly (string Union, int Count, WorkerType Type, string Region, string? Enterprise)[] Groups =
    [
        ("ZJ-ZS-HY", 90, WorkerType.Seafarer, "330902", "91330900MA2A000035"),
        ("ZJ-HZ-SC-HB", 90, WorkerType.Gig, "330102", "91330102MA2H00001L"),
        ("GZ-GY-BY", 90, WorkerType.Gig, "520113", "91520113MA6E000020"),
        ("ZJ-ZS-DH", 30, WorkerType.Employee, "330902", null),
        ("ZJ-HZ-SC", 30, WorkerType.Migrant, "330102", null),
    ];

    private const int SignedUpPerGroup = 40;

    private static readonly (string UserName, string IdBody)[] DemoMembers =
    [
        ("m.seafarer", "33090219850315201"),
        ("m.rider", "33010219960708301"),
        ("m.guiyang", "52011319930212401"),
    ];

    public async Task SeedAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        await WriteSampleRosterAsync(dataDirectory);
        if (await db.Set<Member>().AnyAsync(cancellationToken))
        {
            return;
        }

        var units = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Code, cancellationToken);
        var enterprises = await db.Enterprises.AsNoTracking().ToDictionaryAsync(e => e.CreditCode, e => e.Id, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        var serial = 0;
        foreach (var group in Groups)
        {
            var union = units[group.Union];
            for (var i = 0; i < group.Count; i++, serial++)
            {
                var pending = i % 9 == 8;
                var id = ResidentIdNumber.Parse(WithCheck($"{group.Region}{new DateOnly(1970, 1, 1).AddDays(serial * 37 % 12000):yyyyMMdd}{501 + (serial % 200 * 2):D3}"), time);
                var person = Person(serial, id, group.Type, group.Region, union, group.Enterprise is { } code ? enterprises[code] : null, now);
                if (!pending && i < SignedUpPerGroup && group.Region.StartsWith("33", StringComparison.Ordinal))
                {
                    // Some members have used the app: they can book events, and sign in by SMS with their demo phone.
                    person.Application.ApplicantUserId = AccountFor(person.Application, serial, now).Id;
                }

                db.Add(person.Application);
                if (!pending)
                {
                    person.Application.Status = ApplicationStatus.Approved;
                    person.Application.DecidedAt = now;
                    person.Application.DecidedBy = "demo";
                    db.Add(await MemberOfAsync(person.Application, union, now, cancellationToken));
                }
            }
        }

        foreach (var (userName, idBody) in DemoMembers)
        {
            var user = await db.Users.SingleAsync(u => u.UserName == userName, cancellationToken);
            var union = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Id == user.OrgUnitId, cancellationToken);
            var id = ResidentIdNumber.Parse(WithCheck(idBody), time);
            var person = Person(serial++, id, union.Kind == OrgUnitKind.IndustryUnion ? WorkerType.Seafarer : WorkerType.Gig, union.RegionCode, union, null, now);
            person.Application.Name = user.DisplayName.Split(' ').Last();
            person.Application.ApplicantUserId = user.Id;
            person.Application.SealPhone(cipher, cipher.Decrypt<AppUser>(user.PhoneCipher!, nameof(AppUser.PhoneCipher), user.Id));
            person.Application.Status = ApplicationStatus.Approved;
            person.Application.DecidedAt = now;
            db.Add(person.Application);
            db.Add(await MemberOfAsync(person.Application, union, now, cancellationToken));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private AppUser AccountFor(MembershipApplication application, int serial, DateTime now)
    {
        var phone = application.Phone(cipher)!;
        var userId = Guid.CreateVersion7().ToString();
        var user = new AppUser
        {
            Id = userId,
            UserName = $"demo{serial:D4}",
            NormalizedUserName = $"DEMO{serial:D4}",
            DisplayName = $"{application.Name[..1]}*{(application.Name.Length > 2 ? application.Name[^1..] : "")}",
            PhoneCipher = cipher.Encrypt<AppUser>(phone, nameof(AppUser.PhoneCipher), userId),
            PhoneIndex = blindIndex.Compute(BlindIndex.Purposes.Phone, phone),
            CreatedAt = now.AddDays(-(serial % 60)),
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        db.Users.Add(user);
        return user;
    }

    private (MembershipApplication Application, int Serial) Person(int serial, ResidentIdNumber id, WorkerType type, string region, OrgUnit union, Guid? enterprise, DateTime now)
    {
        var phone = $"+86139{20000000 + serial:D8}";
        var application = new MembershipApplication
        {
            Id = Guid.CreateVersion7(),
            Name = Surnames[serial % Surnames.Length] + GivenNames[serial / Surnames.Length % GivenNames.Length],
            ResidentIdIndex = blindIndex.Compute(BlindIndex.Purposes.ResidentId, id.Value),
            ResidentIdMasked = id.Masked,
            WorkerType = type,
            EnterpriseId = enterprise,
            WorkRegionCode = region,
            OrgUnitId = union.Id,
            RoutingReason = $"转至{union.Name}：演示数据",
            Status = ApplicationStatus.Pending,
            Source = enterprise is null ? ApplicationSource.Online : ApplicationSource.RosterImport,
            SubmittedAt = now.AddDays(-(serial % 60)),
            Version = Guid.NewGuid(),
        };
        application.SealPerson(cipher, id.Value, phone);
        return (application, serial);
    }

    private async Task<Member> MemberOfAsync(MembershipApplication application, OrgUnit union, DateTime now, CancellationToken cancellationToken) =>
        Member.From(application, cipher, await MemberNumbers.TakeNextAsync(db, union.RegionCode, now, cancellationToken), application.SubmittedAt);

    /// <summary>A roster as they arrive: a title row, an ID Excel turned into a number, a duplicate, a bad phone.</summary>
    private static async Task WriteSampleRosterAsync(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "demo-roster.xlsx");
        if (File.Exists(path))
        {
            return;
        }

        Directory.CreateDirectory(dataDirectory);
        var rows = new List<Dictionary<string, object?>>
        {
            Row("贵阳白云同城配送有限公司 骑手入会名册", null, null, null),
            Row("姓名", "身份证号", "手机号", "职工类型"),
            Row("杨帆", WithCheck("52011319950101351"), "13985010001", "新就业形态劳动者"),
            Row("罗敏", WithCheck("52011319980523362").ToLowerInvariant(), "139 8501 0002", "新就业形态劳动者"),
            Row("马超", 110105194912310021d, "13985010003", "新就业形态劳动者"),
            Row("胡静", WithCheck("52011319970704382"), "13985010004", "新就业形态劳动者"),
            Row("胡静", WithCheck("52011319970704382"), "13985010004", "新就业形态劳动者"),
            Row("朱磊", WithCheck("52011319920916391"), "1398501", "新就业形态劳动者"),
        };
        await using var stream = File.Create(path);
        await stream.SaveAsAsync(rows, printHeader: false);
    }

    private static Dictionary<string, object?> Row(object? a, object? b, object? c, object? d) => new() { ["A"] = a, ["B"] = b, ["C"] = c, ["D"] = d };

    private static string WithCheck(string body17) => body17 + ResidentIdNumber.CheckCharacterFor(body17);
}
