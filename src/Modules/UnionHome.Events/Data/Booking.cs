namespace UnionHome.Events.Data;

internal enum BookingStatus
{
    /// <summary>A lottery entry, waiting for the draw.</summary>
    Applied,
    Confirmed,
    Waitlisted,
    Offered,
    Cancelled,
}

internal sealed class Booking
{
    public Guid Id { get; set; }

    public Guid EventId { get; set; }

    public Guid SessionId { get; set; }

    public string UserId { get; set; } = "";

    public Guid MemberId { get; set; }

    public Guid MemberUnionId { get; set; }

    /// <summary>The union whose quota holds this booking's place; null for an open place.</summary>
    public Guid? QuotaOrgUnitId { get; set; }

    public string ClientRequestId { get; set; } = "";

    public BookingStatus Status { get; set; }

    /// <summary>Order on the waitlist (and in a lottery, the draw position): lower goes first.</summary>
    public long? WaitlistPosition { get; set; }

    /// <summary>In the lottery's entry list frozen at close: drawn even if withdrawn afterwards.</summary>
    public bool EnteredDraw { get; set; }

    public DateTime? OfferExpiresAt { get; set; }

    /// <summary>Why it was cancelled: one of <see cref="CancelReasons"/>.</summary>
    public string? CancelReason { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? ConfirmedAt { get; set; }

    public DateTime? CancelledAt { get; set; }

    public DateTime? CheckedInAt { get; set; }

    public string? CheckedInBy { get; set; }

    public bool NoShow { get; set; }

    public DateTime? ReminderSentAt { get; set; }

    public int? Rating { get; set; }

    public string? Comment { get; set; }

    public DateTime? RatedAt { get; set; }

    /// <summary>Counts towards a member's yearly limit: a place held or used.</summary>
    public static readonly BookingStatus[] Holding = [BookingStatus.Confirmed, BookingStatus.Offered];
}

/// <summary>
/// One row per member that every booking of theirs updates first: two bookings by one member wait for each other,
/// so the yearly and no-show limits are counted after the other has committed.
/// </summary>
internal sealed class MemberBookingLock
{
    public string UserId { get; set; } = "";

    public long Bookings { get; set; }
}

internal static class CancelReasons
{
    public const string Member = "member";
    public const string OfferExpired = "offer_expired";
    public const string EventCancelled = "event_cancelled";

    /// <summary>Not drawn in a lottery whose event keeps no waitlist.</summary>
    public const string NotDrawn = "not_drawn";

    /// <summary>The member's personal data was erased at their request.</summary>
    public const string Erased = "member_erased";
}
