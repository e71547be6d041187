using UnionHome.Cases.PersonalData;
using UnionHome.Events.PersonalData;
using UnionHome.Membership.PersonalData;
using UnionHome.Platform.PersonalData;

namespace UnionHome.Tests.PersonalData;

/// <summary>GET /api/v1/me/data-export as a client reads it: one field per section of every module.</summary>
internal sealed record DataExport(
    ExportedAccount Account,
    ExportedMember? Membership,
    List<ExportedApplication> Applications,
    List<ExportedTransfer> Transfers,
    List<ExportedNotification> Notifications,
    List<ExportedSmsMessage> SmsMessages,
    List<ExportedBooking> Bookings,
    List<ExportedSessionRequest> SessionRequests,
    List<ExportedCase> Cases,
    List<ExportedHotlineCall> HotlineCalls,
    List<ExportedAccess> AccessLog);
