using UnionHome.Events.Bookings;
using UnionHome.Events.Catalogue;
using UnionHome.Events.Data;
using UnionHome.Membership.Contracts;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Events;

public sealed class EligibilityTests
{
    private static readonly DateTime Instant = Clocks.InstantOf(nameof(Clocks.Thursday1000Beijing)).UtcDateTime;
    private const string Province = "/p/";
    private const string City = "/p/c/";
    private const string Seafarers = "/p/c/s/";
    private const string District = "/p/c/d/";

    private static MemberProfile Member(string workerType = "seafarer", Guid? enterprise = null) =>
        new(Guid.NewGuid(), "u", "330902202600001", "林海", Guid.NewGuid(), workerType, enterprise);

    private static Event Open(string workerTypes = "", Guid? reservedFor = null) => new()
    {
        AudienceWorkerTypes = workerTypes,
        ReservedForEnterpriseId = reservedFor,
        RegistrationOpensAt = Instant.AddDays(-1),
        RegistrationClosesAt = Instant.AddDays(1),
    };

    [Fact]
    public void A_member_anywhere_below_the_audience_union_may_book_and_one_beside_it_may_not()
    {
        Eligibility.Check(Open(), Member(), Seafarers, City).ShouldBeNull();
        Eligibility.Check(Open(), Member(), City, City).ShouldBeNull();
        Eligibility.Check(Open(), Member(), Province, City)!.Code.ShouldBe("not_eligible");
        Eligibility.Check(Open(), Member(), "/p/c2/", "/p/c/")!.Code.ShouldBe("not_eligible");
    }

    [Fact]
    public void An_event_for_some_worker_types_refuses_the_others()
    {
        Eligibility.Check(Open("seafarer,gig"), Member("gig"), Seafarers, City).ShouldBeNull();
        Eligibility.Check(Open("seafarer,gig"), Member("employee"), Seafarers, City)!.Code.ShouldBe("not_eligible");
    }

    [Fact]
    public void A_session_reserved_for_an_enterprise_takes_only_its_workers()
    {
        var enterprise = Guid.NewGuid();

        Eligibility.Check(Open(reservedFor: enterprise), Member(enterprise: enterprise), Seafarers, City).ShouldBeNull();
        Eligibility.Check(Open(reservedFor: enterprise), Member(enterprise: Guid.NewGuid()), Seafarers, City)!.Code.ShouldBe("not_eligible_enterprise");
        Eligibility.Check(Open(reservedFor: enterprise), Member(), Seafarers, City)!.Code.ShouldBe("not_eligible_enterprise");
    }

    [Fact]
    public void Booking_is_open_only_inside_the_registration_window_and_before_the_session()
    {
        var e = Open();
        var session = new EventSession { StartsAt = Instant.AddDays(3) };

        Eligibility.CheckWindow(e, session, Instant).ShouldBeNull();
        Eligibility.CheckWindow(e, session, Instant.AddDays(-2))!.Code.ShouldBe("registration_not_open");
        Eligibility.CheckWindow(e, session, Instant.AddDays(1))!.Code.ShouldBe("registration_closed");
        Eligibility.CheckWindow(e, new EventSession { StartsAt = Instant.AddHours(-1) }, Instant)!.Code.ShouldBe("session_started");
    }

    [Theory]
    [MemberData(nameof(Clocks.Every), MemberType = typeof(Clocks))]
    public void A_window_opening_at_any_instant_takes_bookings_from_its_first_tick_to_just_before_it_closes(string instant)
    {
        var opens = Clocks.InstantOf(instant).UtcDateTime;
        var e = new Event { RegistrationOpensAt = opens, RegistrationClosesAt = opens.AddDays(1) };
        var session = new EventSession { StartsAt = opens.AddDays(7) };

        Eligibility.CheckWindow(e, session, opens.AddTicks(-1))!.Code.ShouldBe("registration_not_open");
        Eligibility.CheckWindow(e, session, opens).ShouldBeNull();
        Eligibility.CheckWindow(e, session, opens.AddDays(1).AddTicks(-1)).ShouldBeNull();
        Eligibility.CheckWindow(e, session, opens.AddDays(1))!.Code.ShouldBe("registration_closed");
    }

    [Fact]
    public void A_member_books_from_the_quota_of_the_nearest_union_above_them()
    {
        var cityQuota = new SessionQuota { OrgUnitId = Guid.NewGuid(), Places = 25 };
        var seafarersQuota = new SessionQuota { OrgUnitId = Guid.NewGuid(), Places = 10 };
        (SessionQuota, string)[] quotas = [(cityQuota, City), (seafarersQuota, Seafarers)];

        Eligibility.QuotaFor(quotas, Seafarers).ShouldBe(seafarersQuota);
        Eligibility.QuotaFor(quotas, "/p/c/s/ship/").ShouldBe(seafarersQuota);
        Eligibility.QuotaFor(quotas, District).ShouldBe(cityQuota);
        Eligibility.QuotaFor(quotas, Province).ShouldBeNull();
    }

    [Fact]
    public void Quotas_hold_until_their_release_time_and_then_every_place_is_open()
    {
        var e = Open();
        e.Quotas.Add(new SessionQuota());
        e.QuotaReleaseAt = Instant.AddDays(2);

        Eligibility.QuotasApply(e, Instant).ShouldBeTrue();
        Eligibility.QuotasApply(e, Instant.AddDays(2)).ShouldBeFalse();
        Eligibility.QuotasApply(Open(), Instant).ShouldBeFalse();
    }

    [Fact]
    public void Cancelling_is_allowed_until_the_deadline_or_else_until_the_session_starts()
    {
        var session = new EventSession { StartsAt = Instant.AddDays(3) };
        var withDeadline = Open();
        withDeadline.CancellationDeadline = Instant.AddDays(1);

        Eligibility.MayCancel(withDeadline, session, Instant).ShouldBeTrue();
        Eligibility.MayCancel(withDeadline, session, Instant.AddDays(1)).ShouldBeFalse();
        Eligibility.MayCancel(Open(), session, Instant.AddDays(2)).ShouldBeTrue();
        Eligibility.MayCancel(Open(), session, Instant.AddDays(3)).ShouldBeFalse();
    }

    [Fact]
    public void The_yearly_limit_counts_by_the_calendar_year_in_beijing()
    {
        Eligibility.ChinaYear(new DateTime(2026, 12, 31, 16, 30, 0, DateTimeKind.Utc)).ShouldBe(2027);
        Eligibility.ChinaYear(new DateTime(2026, 12, 31, 15, 59, 0, DateTimeKind.Utc)).ShouldBe(2026);
    }

    [Fact]
    public void Satisfaction_is_the_share_of_fours_and_fives_as_the_unions_report_it()
    {
        var view = Satisfaction.Of(ratings: 100, sum: 470, satisfied: 97);

        view.SatisfactionRate.ShouldBe(0.97);
        view.Average.ShouldBe(4.7);
        Satisfaction.Of(0, 0, 0).SatisfactionRate.ShouldBeNull();
    }
}
