using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Organization;
using UnionHome.Tests.Events;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Contract;

[Collection(PlatformCollection.Name)]
public sealed partial class WireFormatTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Org_units_answer_their_kind_as_a_camel_case_name(DatabaseProvider provider)
    {
        var app = apps[provider];
        var staff = await app.StaffClientAsync("ZJ");

        var units = JsonDocument.Parse(await staff.GetStringAsync("/api/v1/org-units?pageSize=100", Ct)).RootElement.GetProperty("items").EnumerateArray().ToList();

        units.Single(u => u.GetProperty("code").GetString() == "ZJ").GetProperty("kind").GetString().ShouldBe("provinceFederation");
        units.Single(u => u.GetProperty("code").GetString() == "ZJ-ZS-HY").GetProperty("kind").GetString().ShouldBe("industryUnion");
    }

    [Fact]
    public async Task Regions_answer_their_level_as_a_camel_case_name()
    {
        var provinces = await apps[DatabaseProvider.Sqlite].Anonymous().GetStringAsync("/api/v1/regions/86/children", Ct);

        JsonDocument.Parse(provinces).RootElement.GetProperty("items").EnumerateArray().ShouldAllBe(r => r.GetProperty("level").GetString() == "province");
    }

    [Theory]
    [InlineData("\"grassrootsUnion\"")]
    [InlineData("\"GrassrootsUnion\"")]
    [InlineData("\"GRASSROOTSUNION\"")]
    [InlineData("4")]
    public void Enum_names_are_read_in_any_case_and_as_the_numbers_clients_sent_before(string json)
    {
        JsonSerializer.Deserialize<OrgUnitKind>(json, WireJson.Options).ShouldBe(OrgUnitKind.GrassrootsUnion);
    }

    [Fact]
    public void Instants_with_an_offset_go_out_in_utc()
    {
        var beijingMorning = new DateTimeOffset(2026, 11, 24, 8, 30, 0, TimeSpan.FromHours(8));

        JsonSerializer.Serialize(beijingMorning, WireJson.Options).ShouldBe("\"2026-11-24T00:30:00Z\"");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Every_timestamp_a_member_reads_is_utc_with_a_trailing_z(DatabaseProvider provider)
    {
        var app = apps[provider];
        var anonymous = app.Anonymous();
        var phone = Sessions.NewPhone();
        (await anonymous.PostAsJsonAsync("/api/v1/auth/sms-code", new { phone }, Ct)).EnsureSuccessStatusCode();
        var outbox = await anonymous.GetStringAsync($"/api/v1/dev/sms-outbox?phone={phone}", Ct);
        var signIn = await anonymous.PostAsJsonAsync("/api/v1/auth/sms-login", new { phone, code = await app.LatestCodeAsync(phone) }, Ct);
        var e = await EventsTestData.PublishedEventAsync(app, capacity: 5);
        var member = await EventsTestData.MemberAsync(app);
        (await EventsTestData.BookAsync(member, e)).Booking.ShouldNotBeNull();

        var bodies = new[]
        {
            outbox,
            await signIn.EnsureSuccessStatusCode().Content.ReadAsStringAsync(Ct),
            await anonymous.GetStringAsync($"/api/v1/events/{e.Id}", Ct),
            await member.GetStringAsync("/api/v1/me/bookings", Ct),
            await member.GetStringAsync("/api/v1/me/membership", Ct),
            await member.GetStringAsync("/api/v1/me/card", Ct),
        };

        var timestamps = bodies.SelectMany(b => Strings(JsonDocument.Parse(b).RootElement)).Where(s => Timestamp().IsMatch(s)).ToList();
        timestamps.Count.ShouldBeGreaterThan(10);
        timestamps.ShouldAllBe(t => t.EndsWith('Z'));
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")]
    private static partial Regex Timestamp();
}
