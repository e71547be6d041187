using UnionHome.Cases.Data;
using UnionHome.Cases.Sla;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Cases;

public sealed class SlaClocksTests
{
    private static readonly BusinessCalendar Calendar = new(WorkingHours.Default);

    [Fact]
    public void Every_category_and_urgency_has_default_targets()
    {
        foreach (var category in Enum.GetValues<CaseCategory>())
        {
            foreach (var urgency in Enum.GetValues<CaseUrgency>())
            {
                var targets = DefaultPolicies.For(category, urgency);
                targets.FirstResponse.ShouldBeGreaterThan(TimeSpan.Zero);
                targets.Resolution.ShouldBeGreaterThan(targets.FirstResponse);
                targets.Clock.ShouldBe(urgency == CaseUrgency.Emergency ? SlaClock.AllHours : SlaClock.Business);
            }
        }

        DefaultPolicies.Table.Count.ShouldBe(Enum.GetValues<CaseCategory>().Length * Enum.GetValues<CaseUrgency>().Length);
    }

    [Fact]
    public void A_medical_emergency_is_answered_within_15_minutes_around_the_clock()
    {
        DefaultPolicies.For(CaseCategory.Medical, CaseUrgency.Emergency)
            .ShouldBe(new SlaTargets(TimeSpan.FromMinutes(15), TimeSpan.FromHours(24), SlaClock.AllHours));
        DefaultPolicies.For(CaseCategory.Wage, CaseUrgency.Emergency).FirstResponse.ShouldBe(TimeSpan.FromMinutes(30));
    }

    [Fact]
    public void Normal_and_urgent_cases_are_counted_in_working_hours_and_days()
    {
        DefaultPolicies.For(CaseCategory.Hardship, CaseUrgency.Urgent)
            .ShouldBe(new SlaTargets(TimeSpan.FromHours(2), TimeSpan.FromHours(14), SlaClock.Business));
        DefaultPolicies.For(CaseCategory.Other, CaseUrgency.Normal)
            .ShouldBe(new SlaTargets(TimeSpan.FromHours(7), TimeSpan.FromHours(35), SlaClock.Business));
        DefaultPolicies.For(CaseCategory.Wage, CaseUrgency.Normal).Resolution.ShouldBe(TimeSpan.FromHours(70));
    }

    [Fact]
    public void A_policy_row_gives_its_targets_in_minutes()
    {
        var row = new SlaPolicy { Urgency = CaseUrgency.Urgent, FirstResponseMinutes = 60, ResolutionMinutes = 840, Clock = SlaClock.Business };

        SlaTargets.Of(row).ShouldBe(new SlaTargets(TimeSpan.FromHours(1), TimeSpan.FromHours(14), SlaClock.Business));
    }

    [Theory]
    [MemberData(nameof(Clocks.Every), MemberType = typeof(Clocks))]
    public void Every_default_target_from_any_instant_is_due_after_exactly_its_time_on_its_clock_and_inside_working_hours(string instant)
    {
        var filed = Clocks.InstantOf(instant).UtcDateTime;

        foreach (var ((category, urgency), targets) in DefaultPolicies.Table)
        {
            foreach (var target in new[] { targets.FirstResponse, targets.Resolution })
            {
                var due = SlaClocks.DueAt(targets.Clock, filed, target, Calendar);

                due.Kind.ShouldBe(DateTimeKind.Utc);
                if (targets.Clock == SlaClock.AllHours)
                {
                    (due - filed).ShouldBe(target, $"{category} {urgency}");
                    continue;
                }

                Calendar.WorkingTimeBetween(filed, due).ShouldBe(target, $"{category} {urgency}");
                var beijing = due.AddHours(8);
                Calendar.IsWorkingDay(DateOnly.FromDateTime(beijing)).ShouldBeTrue($"{category} {urgency} due {beijing:yyyy-MM-dd HH:mm}");
                Calendar.Hours.Periods.ShouldContain(
                    p => p.Start < TimeOnly.FromDateTime(beijing) && TimeOnly.FromDateTime(beijing) <= p.End, $"{category} {urgency} due {beijing:yyyy-MM-dd HH:mm}");
            }
        }
    }

    [Fact]
    public void A_medical_emergency_on_spring_festival_night_is_due_fifteen_minutes_later()
    {
        var filed = Beijing(2026, 2, 16, 3, 0);

        SlaClocks.DueAt(SlaClock.AllHours, filed, TimeSpan.FromMinutes(15), Calendar).ShouldBe(Beijing(2026, 2, 16, 3, 15));
    }

    [Fact]
    public void A_normal_case_filed_on_spring_festival_night_waits_for_the_first_working_day()
    {
        var filed = Beijing(2026, 2, 16, 3, 0);

        var due = SlaClocks.DueAt(SlaClock.Business, filed, TimeSpan.FromHours(2), Calendar);

        due.ShouldBe(Beijing(2026, 2, 24, 11, 0));
        due.Kind.ShouldBe(DateTimeKind.Utc);
    }

    [Fact]
    public void Waiting_for_the_member_over_a_weekend_pushes_the_due_time_by_the_working_time_only()
    {
        var due = Beijing(2026, 3, 9, 12, 0);

        var resumed = SlaClocks.ResumeDueAt(due, pausedAtUtc: Beijing(2026, 3, 6, 16, 30), resumedAtUtc: Beijing(2026, 3, 9, 10, 0), SlaClock.Business, Calendar);

        resumed.ShouldBe(Beijing(2026, 3, 9, 15, 30));
    }

    [Fact]
    public void Waiting_on_an_emergency_pushes_the_due_time_by_the_wall_time_waited()
    {
        var due = Beijing(2026, 2, 16, 3, 15);

        var resumed = SlaClocks.ResumeDueAt(due, Beijing(2026, 2, 16, 3, 5), Beijing(2026, 2, 16, 3, 45), SlaClock.AllHours, Calendar);

        resumed.ShouldBe(Beijing(2026, 2, 16, 3, 55));
    }

    [Fact]
    public void A_target_already_missed_when_the_case_was_put_on_hold_stays_missed()
    {
        var due = Beijing(2026, 3, 9, 12, 0);

        SlaClocks.ResumeDueAt(due, Beijing(2026, 3, 9, 14, 0), Beijing(2026, 3, 10, 14, 0), SlaClock.Business, Calendar).ShouldBe(due);
    }

    [Fact]
    public void Resuming_before_the_pause_is_a_bug()
    {
        Should.Throw<ArgumentException>(() =>
            SlaClocks.ResumeDueAt(Beijing(2026, 3, 9, 12, 0), Beijing(2026, 3, 9, 10, 0), Beijing(2026, 3, 9, 9, 0), SlaClock.Business, Calendar));
    }

    private static DateTime Beijing(int year, int month, int day, int hour, int minute) =>
        new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc).AddHours(-8);
}
