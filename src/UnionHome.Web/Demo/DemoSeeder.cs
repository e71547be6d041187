using Microsoft.EntityFrameworkCore;
using UnionHome.Platform.Administration;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Organization;

namespace UnionHome.Web.Demo;

/// <summary>
/// The demonstration tree, enterprises and accounts listed in the README. Idempotent: what exists is kept.
/// </summary>
internal sealed class DemoSeeder(AppDbContext db, Accounts accounts, AuditLog audit, IEnumerable<IDemoData> modules, IConfiguration configuration, ILogger<DemoSeeder> logger)
{
    public const string StaffPassword = "UnionHome@2026";

    /// <summary>Published in the README so a newcomer can add it to an authenticator app; demo data only.</summary>
    public const string DemoTotpSecret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private static readonly (string Code, string Name, OrgUnitKind Kind, string Region, string? Parent, string? CreditCode)[] Units =
    [
        ("ZJ", "浙江省总工会", OrgUnitKind.ProvinceFederation, "330000", null, "81330000MC0000001F"),
        ("ZJ-ZS", "舟山市总工会", OrgUnitKind.CityFederation, "330900", "ZJ", "81330900MC00000021"),
        ("ZJ-ZS-DH", "定海区总工会", OrgUnitKind.DistrictFederation, "330902", "ZJ-ZS", "81330902MC00000031"),
        ("ZJ-ZS-HY", "舟山市海员工会", OrgUnitKind.IndustryUnion, "330902", "ZJ-ZS-DH", null),
        ("ZJ-HZ", "杭州市总工会", OrgUnitKind.CityFederation, "330100", "ZJ", "81330100MC0000004X"),
        ("ZJ-HZ-SC", "上城区总工会", OrgUnitKind.DistrictFederation, "330102", "ZJ-HZ", null),
        ("ZJ-HZ-SC-HB", "湖滨街道新就业形态联合工会", OrgUnitKind.GigWorkerJointUnion, "330102", "ZJ-HZ-SC", null),
        ("GZ", "贵州省总工会", OrgUnitKind.ProvinceFederation, "520000", null, "81520000MC00000055"),
        ("GZ-GY", "贵阳市总工会", OrgUnitKind.CityFederation, "520100", "GZ", null),
        ("GZ-GY-BY", "白云区总工会", OrgUnitKind.DistrictFederation, "520113", "GZ-GY", "81520113MC00000068"),
    ];

    private static readonly (string Uscc, string Name, string Region, string? Union, string Industry)[] Enterprises =
    [
        ("91330900MA2A000035", "舟山远洋渔业有限公司", "330902", "ZJ-ZS-HY", "渔业"),
        ("91330102MA2H00001L", "杭州湖滨即时配送有限公司", "330102", null, "道路运输"),
        ("91520113MA6E000020", "贵阳白云同城配送有限公司", "520113", null, "道路运输"),
    ];

    public static readonly NewUser[] People =
    [
        new(Roles.Admin, "admin", StaffPassword, "平台管理员"),
        new(Roles.UnionStaff, "zj.staff", StaffPassword, "省总工会 王芳", "ZJ"),
        new(Roles.UnionStaff, "zs.staff", StaffPassword, "舟山市总 李海", "ZJ-ZS"),
        new(Roles.UnionStaff, "hy.staff", StaffPassword, "海员工会 陈松", "ZJ-ZS-HY", EnrolTotp: true, TotpSecret: DemoTotpSecret),
        new(Roles.UnionStaff, "sc.staff", StaffPassword, "上城区总 周敏", "ZJ-HZ-SC"),
        new(Roles.UnionStaff, "by.staff", StaffPassword, "白云区总 杨帆", "GZ-GY-BY"),
        new(Roles.Auditor, "zj.auditor", StaffPassword, "省总工会审计 刘洋", "ZJ"),
        new(Roles.EnterpriseLiaison, "hz.liaison", StaffPassword, "湖滨配送 HR 孙悦", EnterpriseCreditCode: "91330102MA2H00001L", Org: "ZJ-HZ-SC"),
        new(Roles.EnterpriseLiaison, "gy.liaison", StaffPassword, "白云配送 HR 吴杰", EnterpriseCreditCode: "91520113MA6E000020", Org: "GZ-GY-BY"),
        new(Roles.StationOperator, "hb.station", StaffPassword, "湖滨驿站 站长 何涛", Org: "ZJ-HZ-SC-HB"),
        new(Roles.Expert, "zs.doctor", StaffPassword, "舟山医院急诊科 王建国", "ZJ-ZS", EnrolTotp: true, TotpSecret: DemoTotpSecret),
        new(Roles.Expert, "zs.cardio", StaffPassword, "舟山医院心内科 林晓", "ZJ-ZS", EnrolTotp: true, TotpSecret: DemoTotpSecret),
        new(Roles.Expert, "zs.surgeon", StaffPassword, "普陀医院外科 徐海涛", "ZJ-ZS", EnrolTotp: true, TotpSecret: DemoTotpSecret),
        new(Roles.Volunteer, "hz.counsellor", StaffPassword, "心理志愿者 赵静", "ZJ-HZ", EnrolTotp: true, TotpSecret: DemoTotpSecret),
        new(Roles.Member, "m.seafarer", null, "海员 李海军", "ZJ-ZS-HY", Phone: "13800138000"),
        new(Roles.Member, "m.rider", null, "骑手 张伟", "ZJ-HZ-SC-HB", Phone: "13900139000"),
        new(Roles.Member, "m.guiyang", null, "骑手 王强", "GZ-GY-BY", Phone: "13700137000"),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var unit in Units)
        {
            if (!await db.OrgUnits.AnyAsync(u => u.Code == unit.Code, cancellationToken))
            {
                Ensure(await accounts.CreateOrgUnitAsync(unit.Code, unit.Name, unit.Kind, unit.Region, unit.Parent, unit.CreditCode, cancellationToken));
            }
        }

        foreach (var enterprise in Enterprises)
        {
            if (!await db.Enterprises.AnyAsync(e => e.CreditCode == enterprise.Uscc, cancellationToken))
            {
                Ensure(await accounts.CreateEnterpriseAsync(enterprise.Uscc, enterprise.Name, enterprise.Region, enterprise.Union, enterprise.Industry, cancellationToken));
            }
        }

        var created = 0;
        foreach (var person in People)
        {
            if (!await db.Users.AnyAsync(u => u.UserName == person.UserName, cancellationToken))
            {
                Ensure(await accounts.CreateUserAsync(person, cancellationToken));
                created++;
            }
        }

        foreach (var module in modules)
        {
            await module.SeedAsync(UnionHome.Platform.PlatformModule.DataDirectory(configuration), cancellationToken);
        }

        if (created > 0)
        {
            audit.Record(AuditActions.DemoSeeded, "demo", $"{created} accounts");
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Demo data seeded: {Accounts} accounts", created);
        }
    }

    private static void Ensure<T>(UnionHome.Platform.Errors.Result<T> result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo data rejected: {result.Error.Code} {result.Error.Message}");
        }
    }
}
