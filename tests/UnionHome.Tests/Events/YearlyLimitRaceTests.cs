using System.Net;
using UnionHome.Platform.Data;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Events;

/// <summary>The yearly limit holds in the database: a member's bookings wait for each other, whatever session they are for.</summary>
[Collection(PlatformCollection.Name)]
public sealed class YearlyLimitRaceTests(Apps apps)
{
    private const int Sessions = 8;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Parallel_bookings_of_different_sessions_never_pass_the_yearly_limit(DatabaseProvider provider)
    {
        var app = apps[provider];
        var now = app.Time.GetUtcNow();
        var e = await EventsTestData.PublishedEventAsync(app, 5, body =>
        {
            body["kind"] = "trip";
            body["limitPerMemberPerYear"] = 2;
            body["registrationClosesAt"] = now.AddHours(20);
            body["sessions"] = Enumerable.Range(0, Sessions)
                .Select(i => new { startsAt = now.AddDays(1).AddHours(i), endsAt = now.AddDays(1).AddHours(i).AddMinutes(50), place = "舟山市职工疗休养基地", capacity = 5 })
                .ToArray();
            return body;
        });
        var member = await EventsTestData.MemberAsync(app);

        var answers = await Task.WhenAll(Enumerable.Range(0, Sessions).Select(i => Task.Run(() => EventsTestData.BookAsync(member, e, session: i))));

        answers.Count(a => a.Status == HttpStatusCode.Created).ShouldBe(2, string.Join("\n", answers.Select(a => a.Body)));
        answers.Where(a => a.Status != HttpStatusCode.Created).ShouldAllBe(a => a.Status == HttpStatusCode.Forbidden && a.Body.Contains("yearly_limit_reached"));
    }
}
