using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.ApiClient;
using UnionHome.Tests.ApiClient.Models;
using UnionHome.Tests.Events;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Contract;

/// <summary>
/// The application driven through a client Kiota generated from docs/openapi/v1.json at build time (obj/ApiClient),
/// as an app written against the committed contract would drive it.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class KiotaClientTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_generated_client_signs_a_member_in_by_sms_finds_an_event_books_it_and_reads_why_a_second_booking_is_refused(DatabaseProvider provider)
    {
        var app = apps[provider];
        var anonymous = ClientOf(app.Anonymous());
        var phone = Sessions.NewPhone();

        await anonymous.Api.V1.Auth.SmsCode.PostAsync(new SmsCodeRequest { Phone = phone }, cancellationToken: Ct);
        var sent = await anonymous.Api.V1.Dev.SmsOutbox.GetAsync(r => r.QueryParameters.Phone = phone, Ct);
        var code = SixDigits().Match(sent!.Items!.First().Text!).Value;
        var token = await anonymous.Api.V1.Auth.SmsLogin.PostAsync(new SmsLoginRequest { Phone = phone, Code = code }, cancellationToken: Ct);
        var member = ClientOf(app.ClientWithToken(token!.AccessToken!));
        var applied = await member.Api.V1.Membership.Applications.PostAsync(
            new ApplicationRequest { Name = "林海", IdNumber = ResidentIds.New("330902"), WorkerType = "employee", WorkRegionCode = "330902" }, cancellationToken: Ct);
        var admin = await app.StaffClientAsync(null, Roles.Admin);
        await ClientOf(admin).Api.V1.Staff.Applications[applied!.Id!.Value].Approve.PostAsync(cancellationToken: Ct);
        var published = await EventsTestData.PublishedEventAsync(app, capacity: 5);
        var startsAt = new DateTimeOffset(published.Sessions[0].StartsAt, TimeSpan.Zero);

        var page = await member.Api.V1.Events.GetAsync(r => (r.QueryParameters.From, r.QueryParameters.To, r.QueryParameters.PageSize) = (startsAt, startsAt, 100), Ct);
        var listed = page!.Items!.Single(e => e.Id == published.Id);
        listed.Eligible.ShouldBe(true);
        var session = (await member.Api.V1.Events[listed.Id!.Value].GetAsync(cancellationToken: Ct))!.Sessions!.Single();
        var booking = await member.Api.V1.Events[listed.Id!.Value].Sessions[session.Id!.Value].Bookings.PostAsync(new BookingRequest { ClientRequestId = Guid.NewGuid().ToString() }, cancellationToken: Ct);
        var again = await Should.ThrowAsync<Problem>(() =>
            member.Api.V1.Events[listed.Id!.Value].Sessions[session.Id!.Value].Bookings.PostAsync(new BookingRequest { ClientRequestId = Guid.NewGuid().ToString() }, cancellationToken: Ct));

        booking!.Status.ShouldBe("confirmed");
        again.ResponseStatusCode.ShouldBe((int)HttpStatusCode.Conflict);
        again.Code.ShouldBe("already_booked");
        again.Title!.ShouldMatch(@"\p{IsCJKUnifiedIdeographs}");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_generated_client_reads_enum_names_as_its_own_enums_and_a_refused_request_as_a_problem(DatabaseProvider provider)
    {
        var app = apps[provider];
        var (officer, _) = await app.NewStaffAsync(Roles.UnionStaff, "ZJ");

        var units = await ClientOf(app.ClientWithToken(officer)).Api.V1.OrgUnits.GetAsync(r => r.QueryParameters.PageSize = 100, Ct);
        var refused = await Should.ThrowAsync<Problem>(() => ClientOf(app.Anonymous()).Api.V1.Auth.SmsCode.PostAsync(new SmsCodeRequest { Phone = "12345" }, cancellationToken: Ct));

        units!.Items!.Single(u => u.Code == "ZJ").Kind.ShouldBe(OrgUnitKind.ProvinceFederation);
        units!.Items!.Single(u => u.Code == "ZJ-ZS-HY").Kind.ShouldBe(OrgUnitKind.IndustryUnion);
        refused.ResponseStatusCode.ShouldBe((int)HttpStatusCode.BadRequest);
        refused.Code.ShouldBe("invalid_phone");
        refused.Title!.ShouldMatch(@"\p{IsCJKUnifiedIdeographs}");
        refused.Errors!.AdditionalData.Keys.ShouldContain("phone");
    }

    private static UnionHomeClient ClientOf(HttpClient http) =>
        new(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http) { BaseUrl = http.BaseAddress!.ToString().TrimEnd('/') });

    [GeneratedRegex("[0-9]{6}")]
    private static partial Regex SixDigits();
}
