using UnionHome.Platform.Outbox;

namespace UnionHome.Events.Bookings;

/// <summary>A place came free and was offered to the next member on the waitlist.</summary>
internal sealed record BookingOffered(Guid BookingId, DateTime OfferExpiresAt) : IIntegrationEvent;

/// <summary>A session is close: its confirmed members are reminded.</summary>
internal sealed record BookingReminderDue(Guid BookingId) : IIntegrationEvent;

/// <summary>A lottery was drawn: every entrant learns whether they won or where they stand on the waitlist.</summary>
internal sealed record LotteryDrawn(Guid EventId) : IIntegrationEvent;

/// <summary>One entrant of a drawn lottery is due their result: won, on the waitlist, or not drawn.</summary>
internal sealed record LotteryResultDue(Guid BookingId) : IIntegrationEvent;
