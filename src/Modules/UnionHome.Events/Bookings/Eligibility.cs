using UnionHome.Events.Data;
using UnionHome.Membership.Contracts;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Events.Bookings;

/// <summary>Who may book what: the rules that need no database, kept together so they can be tested alone.</summary>
internal static class Eligibility
{
    /// <param name="memberUnionPath">The materialized path of the member's union; an audience covers its subtree.</param>
    public static Error? Check(Event e, MemberProfile member, string memberUnionPath, string audiencePath)
    {
        if (!OrgScope.IsWithin(memberUnionPath, audiencePath))
        {
            return BookingErrors.NotInAudience;
        }

        if (e.WorkerTypes.Count > 0 && !e.WorkerTypes.Contains(member.WorkerType, StringComparer.Ordinal))
        {
            return BookingErrors.NotInAudience;
        }

        return e.ReservedForEnterpriseId is { } enterprise && member.EnterpriseId != enterprise ? BookingErrors.ReservedForAnotherEnterprise : null;
    }

    public static Error? CheckWindow(Event e, EventSession session, DateTime now) =>
        now < e.RegistrationOpensAt ? BookingErrors.RegistrationNotOpen
        : now >= e.RegistrationClosesAt ? BookingErrors.RegistrationClosed
        : now >= session.StartsAt ? BookingErrors.SessionStarted
        : null;

    /// <summary>Quotas hold until their release time; a trip without quotas, or after release, is open to all.</summary>
    public static bool QuotasApply(Event e, DateTime now) => e.Quotas.Count > 0 && (e.QuotaReleaseAt is not { } release || now < release);

    /// <summary>The quota a member books from: the one of the nearest union above them that has one.</summary>
    public static SessionQuota? QuotaFor(IEnumerable<(SessionQuota Quota, string Path)> quotas, string memberUnionPath) =>
        quotas.Where(q => OrgScope.IsWithin(memberUnionPath, q.Path))
            .OrderByDescending(q => q.Path.Length)
            .Select(q => q.Quota)
            .FirstOrDefault();

    /// <summary>Cancel until the deadline, or until the session starts when there is none.</summary>
    public static bool MayCancel(Event e, EventSession session, DateTime now) => now < (e.CancellationDeadline ?? session.StartsAt);

    /// <summary>The calendar year of a session in China, where the limit "one trip a year" is counted.</summary>
    public static int ChinaYear(DateTime utc) => utc.AddHours(8).Year;
}
