using System.Net;
using System.Net.Http.Json;
using UnionHome.Membership.Joining;
using UnionHome.Platform.Data;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Membership;

[Collection(PlatformCollection.Name)]
public sealed class JoiningTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_rider_in_shangcheng_is_routed_to_the_gig_workers_joint_union_and_told_why(DatabaseProvider provider)
    {
        var accepted = await Members.ApplyAsync(apps[provider], new { name = "张伟", idNumber = ResidentIds.New("330102"), workerType = "gig", platform = "美团", workRegionCode = "330102" });

        accepted.Status.ShouldBe("pending");
        accepted.RoutedTo.Name.ShouldBe("湖滨街道新就业形态联合工会");
        accepted.RoutedTo.Reason.ShouldContain("新就业形态");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_worker_whose_employer_has_no_union_goes_to_the_district_federation_of_the_work_region(DatabaseProvider provider)
    {
        var accepted = await Members.ApplyAsync(apps[provider], new { name = "王强", idNumber = ResidentIds.New("520113"), workerType = "employee", enterpriseUscc = "91520113MA6E000020", workRegionCode = "贵阳市白云区" });

        accepted.RoutedTo.Name.ShouldBe("白云区总工会");
        accepted.RoutedTo.Reason.ShouldContain("未建立工会");
        accepted.RoutedTo.Reason.ShouldContain("520113");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_worker_whose_employer_has_a_union_goes_to_that_union(DatabaseProvider provider)
    {
        var accepted = await Members.ApplyAsync(apps[provider], new { name = "陈松", idNumber = ResidentIds.New(), workerType = "seafarer", enterpriseUscc = "91330900MA2A000035", workRegionCode = "330902" });

        accepted.RoutedTo.Name.ShouldBe("舟山市海员工会");
        accepted.RoutedTo.Reason.ShouldContain("已建立工会");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task One_account_cannot_wait_on_two_applications_under_different_ids(DatabaseProvider provider)
    {
        var app = apps[provider];
        var client = await Members.SignedInAsync(app);
        await Members.ApplyAsync(app, new { name = "李海军", idNumber = ResidentIds.New(), workerType = "seafarer", workRegionCode = "330902" }, client);

        var second = await client.PostAsJsonAsync("/api/v1/membership/applications", new { name = "李海", idNumber = ResidentIds.New(), workerType = "seafarer", workRegionCode = "330902" }, Ct);

        await second.ShouldBeProblem(HttpStatusCode.Conflict, "application_pending");
    }

    [Theory]
    [InlineData("1.10105E+17", "id_excel_number")]
    [InlineData("330902199001010000", "id_invalid_checksum")]
    [InlineData("33090219900230001", "id_wrong_length")]
    public async Task A_bad_id_number_is_a_400_naming_the_field(string idNumber, string code)
    {
        var response = await (await Members.SignedInAsync(apps[DatabaseProvider.Sqlite])).PostAsJsonAsync(
            "/api/v1/membership/applications", new { name = "张三", idNumber, workerType = "employee", workRegionCode = "330902" }, Ct);

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, code);
        problem.GetProperty("errors").TryGetProperty("idNumber", out _).ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_birth_date_is_checked_against_the_applications_calendar_not_the_machines(DatabaseProvider provider)
    {
        var app = apps[provider];
        var today = DateOnly.FromDateTime(app.Time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

        var bornTomorrow = await (await Members.SignedInAsync(app)).PostAsJsonAsync(
            "/api/v1/membership/applications", new { name = "张三", idNumber = BornOn(today.AddDays(1)), workerType = "employee", workRegionCode = "330902" }, Ct);

        await bornTomorrow.ShouldBeProblem(HttpStatusCode.BadRequest, "id_invalid_birth_date");
        (await Members.ApplyAsync(app, new { name = "张小三", idNumber = BornOn(today), workerType = "employee", workRegionCode = "330902" })).RoutedTo.Name.ShouldBe("定海区总工会");
    }

    private static string BornOn(DateOnly date)
    {
        var body = $"330902{date:yyyyMMdd}{Random.Shared.Next(100, 1000)}";
        return body + ResidentIds.CheckCharacter(body);
    }

    [Theory]
    [InlineData("driver", "invalid_worker_type", "workerType")]
    [InlineData("employee", "ambiguous_region", "workRegionCode")]
    public async Task Other_bad_fields_are_named(string workerType, string code, string field)
    {
        var response = await (await Members.SignedInAsync(apps[DatabaseProvider.Sqlite])).PostAsJsonAsync(
            "/api/v1/membership/applications", new { name = "张三", idNumber = ResidentIds.New(), workerType, workRegionCode = "白云区" }, Ct);

        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, code);
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Applying_needs_a_signed_in_person()
    {
        var response = await apps[DatabaseProvider.Sqlite].Anonymous().PostAsJsonAsync("/api/v1/membership/applications", new { name = "张三" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
