using UnionHome.Platform.Encryption;
using UnionHome.Platform.Organization;

namespace UnionHome.Events.Data;

internal enum EventKind
{
    Activity,
    Course,
    Training,
    Lecture,
    Trip,
}

internal enum EventMode
{
    FirstCome,
    Lottery,
}

internal enum EventStatus
{
    Draft,
    Published,
    Cancelled,
}

/// <summary>
/// An activity, course, training, lecture or recuperation trip (疗休养) organised by a union for the members of
/// its audience subtree. Places are held per session; a trip's may be split among unions by quotas.
/// </summary>
internal sealed class Event : IOrgOwned
{
    public Guid Id { get; set; }

    public EventKind Kind { get; set; }

    public string Title { get; set; } = "";

    public string? Description { get; set; }

    /// <summary>The organising union; staff of its subtree manage the event.</summary>
    public Guid? OrgUnitId { get; set; }

    /// <summary>Whose members may take part: this union's subtree (the organiser's when not set).</summary>
    public Guid AudienceOrgUnitId { get; set; }

    /// <summary>Comma-separated worker types (employee, gig, seafarer, migrant, other); empty for everyone.</summary>
    public string AudienceWorkerTypes { get; set; } = "";

    public EventMode Mode { get; set; }

    public EventStatus Status { get; set; }

    public DateTime RegistrationOpensAt { get; set; }

    public DateTime RegistrationClosesAt { get; set; }

    /// <summary>A booking may be cancelled until then; when not set, until its session starts.</summary>
    public DateTime? CancellationDeadline { get; set; }

    /// <summary>How many events of this kind a member may take part in per calendar year (e.g. one trip a year).</summary>
    public int? LimitPerMemberPerYear { get; set; }

    /// <summary>Whether a full session takes a waitlist; without one, a booking on a full session is refused.</summary>
    public bool Waitlist { get; set; } = true;

    public int OfferHours { get; set; } = 24;

    /// <summary>From then on, places no union's quota holds are open to every eligible member.</summary>
    public DateTime? QuotaReleaseAt { get; set; }

    public Guid? RecuperationBaseId { get; set; }

    /// <summary>When the session was requested from the menu by an enterprise, only its members may book.</summary>
    public Guid? ReservedForEnterpriseId { get; set; }

    public string? LotterySeedHash { get; set; }

    /// <summary>The seed while the draw is pending, encrypted; revealed in clear once drawn.</summary>
    [Encrypted]
    public string? LotterySeedCipher { get; set; }

    public string? LotterySeed { get; set; }

    public DateTime? DrawnAt { get; set; }

    /// <summary>
    /// SHA-256 of the lottery's entry list, frozen when registration closes and published before the draw: the draw
    /// derives from the seed and this hash, so re-entering to get a better ticket changes every ticket's place.
    /// </summary>
    public string? EntryListHash { get; set; }

    public DateTime? EntriesFrozenAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? PublishedAt { get; set; }

    public List<EventSession> Sessions { get; set; } = [];

    public List<SessionQuota> Quotas { get; set; } = [];

    public IReadOnlyList<string> WorkerTypes => AudienceWorkerTypes.Split(',', StringSplitOptions.RemoveEmptyEntries);
}

internal sealed class EventSession
{
    /// <summary>The place of a session held only online.</summary>
    public const string OnlinePlace = "线上";

    public Guid Id { get; set; }

    public Guid EventId { get; set; }

    public DateTime StartsAt { get; set; }

    public DateTime EndsAt { get; set; }

    public string Place { get; set; } = "";

    public string? OnlineUrl { get; set; }

    public int Capacity { get; set; }

    /// <summary>Places held by confirmed and offered bookings; only ever moved by a conditional update.</summary>
    public int Taken { get; set; }

    /// <summary>The no-show sweep has looked at this session once it ended.</summary>
    public DateTime? AttendanceClosedAt { get; set; }
}

/// <summary>Places of every session of a trip set aside for the members of one union's subtree.</summary>
internal sealed class SessionQuota
{
    public Guid Id { get; set; }

    public Guid EventId { get; set; }

    public Guid SessionId { get; set; }

    public Guid OrgUnitId { get; set; }

    public int Places { get; set; }

    public int Taken { get; set; }
}

/// <summary>A recuperation base (疗休养基地): where trips go.</summary>
internal sealed class RecuperationBase : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid? OrgUnitId { get; set; }

    public string Name { get; set; } = "";

    public string Address { get; set; } = "";

    public int Capacity { get; set; }
}
