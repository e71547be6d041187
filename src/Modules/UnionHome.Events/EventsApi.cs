using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UnionHome.Events.Bookings;
using UnionHome.Events.Catalogue;
using UnionHome.Events.CheckIn;
using UnionHome.Membership.Contracts;
using UnionHome.Platform.Api;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Events;

internal static class EventsApi
{
    public static void MapEventsApi(this IEndpointRouteBuilder routes)
    {
        var staff = routes.MapGroup("/api/v1/staff/events").WithTags("Events staff").RequireAuthorization(Policies.Staff);
        staff.MapGet("/", async (string? status, [AsParameters] PageRequest paging, Actor actor, EventQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.ManagedListAsync(actor, status, paging, ct)))
            .WithSummary("Events organised by unions of my subtree, drafts included, newest first")
            .Produces<Paged<EventSummary>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        staff.MapGet("/{id:guid}", async (Guid id, Actor actor, EventQueries queries, CancellationToken ct) =>
                await queries.ManagedAsync(actor, id, ct) is null
                    ? CatalogueErrors.EventNotFound.ToProblem()
                    : TypedResults.Ok(await queries.ViewAsync(id, ct)))
            .WithSummary("One event of my subtree, draft or published")
            .Produces<EventView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapGet("/{id:guid}/sessions/{sessionId:guid}/attendance", async (Guid id, Guid sessionId, Actor actor, Attendance attendance, CancellationToken ct) =>
                (await attendance.OfSessionAsync(actor, id, sessionId, ct)).ToHttpResult(a => TypedResults.Ok(a)))
            .WithSummary("Who is booked on a session of my subtree, who checked in and who did not come; names masked")
            .Produces<AttendanceView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        var door = routes.MapGroup("/api/v1/staff/bookings").WithTags("Check-in").RequireAuthorization(Policies.Staff);
        door.MapPost("/check-in", async (CheckInRequest request, Actor actor, CheckInMembers checkIn, CancellationToken ct) =>
                (await checkIn.CheckInAsync(actor, request, ct)).ToHttpResult(c => TypedResults.Ok(c)))
            .RequireAuthorization(Policies.Decide)
            .WithSummary("Check a member in at the door with their booking QR code or e-card; a second scan answers 200 with alreadyCheckedIn")
            .Produces<CheckInView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var events = routes.MapGroup("/api/v1/events").WithTags("Events");
        events.MapGet("/", async (string? kind, DateTimeOffset? from, DateTimeOffset? to, [AsParameters] PageRequest paging, Actor? actor, IMembershipDirectory members, EventQueries queries, CancellationToken ct) =>
            {
                var member = actor is not null ? await members.ActiveMemberAsync(actor.UserId, ct) : null;
                return TypedResults.Ok(await queries.BrowseAsync(member, kind, from, to, paging, ct));
            })
            .AllowAnonymous()
            .WithSummary("Published events: a member sees those they may book; anyone else those open to all")
            .Produces<Paged<EventSummary>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        events.MapGet("/{id:guid}", async (Guid id, Actor? actor, IMembershipDirectory members, EventQueries queries, CancellationToken ct) =>
            {
                var reader = actor is not null ? await members.ActiveMemberAsync(actor.UserId, ct) : null;
                return await queries.PublishedForAsync(reader, id, ct) is { } e ? TypedResults.Ok(e) : BookingErrors.EventNotFound.ToProblem();
            })
            .AllowAnonymous()
            .WithSummary("One published event with its sessions, places left and satisfaction; one reserved for an enterprise only to its members")
            .Produces<EventView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        events.MapPost("/{id:guid}/sessions/{sessionId:guid}/bookings", async (Guid id, Guid sessionId, BookingRequest request, Actor actor, BookSession book, CancellationToken ct) =>
            {
                var result = await book.BookAsync(actor.Caller, id, sessionId, request, ct);
                if (!result.Succeeded)
                {
                    return result.Error!.ToProblem();
                }

                var booking = result.Value.Booking;
                return booking.Status switch
                {
                    "confirmed" => TypedResults.Created($"/api/v1/me/bookings#{booking.Id}", booking),
                    "cancelled" => TypedResults.Ok(booking),
                    _ => TypedResults.Accepted($"/api/v1/me/bookings#{booking.Id}", booking),
                };
            })
            .RequireAuthorization()
            .WithTags("Bookings")
            .WithSummary("Book a place: 201 confirmed, 202 waitlisted (or a lottery entry); a retry with the same clientRequestId returns the first answer")
            .Produces<BookingView>(StatusCodes.Status201Created)
            .Produces<BookingView>(StatusCodes.Status202Accepted)
            .Produces<BookingView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var bookings = routes.MapGroup("/api/v1").WithTags("Bookings").RequireAuthorization();
        bookings.MapGet("/me/bookings", async ([AsParameters] PageRequest paging, Actor actor, BookingQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.MineAsync(actor.UserId, paging, ct)))
            .WithSummary("My bookings, latest session first, with the QR code for the door on confirmed ones")
            .Produces<Paged<BookingView>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        bookings.MapDelete("/bookings/{id:guid}", async (Guid id, Actor actor, ManageBooking manage, CancellationToken ct) =>
                (await manage.CancelAsync(actor.UserId, id, ct)).ToHttpResult(b => TypedResults.Ok(b)))
            .WithSummary("Cancel my booking, leave the waitlist or decline an offered place; a freed place goes to the next in line")
            .Produces<BookingView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        bookings.MapPost("/bookings/{id:guid}/accept-offer", async (Guid id, Actor actor, ManageBooking manage, CancellationToken ct) =>
                (await manage.AcceptOfferAsync(actor.UserId, id, ct)).ToHttpResult(b => TypedResults.Ok(b)))
            .WithSummary("Take the place offered to me from the waitlist, before the offer expires")
            .Produces<BookingView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        bookings.MapPost("/bookings/{id:guid}/feedback", async (Guid id, FeedbackRequest request, Actor actor, ManageBooking manage, CancellationToken ct) =>
                (await manage.RateAsync(actor.UserId, id, request, ct)).ToHttpResult(b => TypedResults.Ok(b)))
            .WithSummary("Rate an attended session 1–5 with an optional comment, once")
            .Produces<BookingView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        bookings.MapGet("/bookings/{id:guid}/calendar.ics", async (Guid id, Actor actor, BookingCalendar calendar, CancellationToken ct) =>
                (await calendar.ForMemberAsync(actor.UserId, id, ct)).ToHttpResult(f => TypedResults.File(f.Content, BookingCalendar.ContentType, f.FileName)))
            .WithSummary("My booking as an iCalendar file, with an alarm the day before")
            .Produces<Stream>(StatusCodes.Status200OK, BookingCalendar.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
