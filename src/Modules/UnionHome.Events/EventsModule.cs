using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using UnionHome.Events.Bookings;
using UnionHome.Events.Catalogue;
using UnionHome.Events.CheckIn;
using UnionHome.Events.Data;
using UnionHome.Events.Lottery;
using UnionHome.Events.Pages;
using UnionHome.Events.Recuperation;
using UnionHome.Events.Requests;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Modules;

namespace UnionHome.Events;

/// <summary>Activities, courses, trainings, lectures and recuperation trips: catalogue, bookings, waitlists, lotteries, check-in.</summary>
public sealed class EventsModule : IModule
{
    public string Name => "events";

    public IModelContributor Model { get; } = new EventsModel();

    public IReadOnlyList<MemberTile> Tiles { get; } = [new("/events", typeof(EventsText), "Home.Events", "Home.EventsText")];

    public IReadOnlyList<Type> MeSections { get; } = [typeof(MyEventsSection)];

    public IReadOnlyList<ConsoleMenuEntry> ConsoleMenu { get; } =
    [
        new("/console/events", typeof(EventsText), "Console.Events", Icons.Material.Filled.Event, Policies.Staff),
        new("/console/session-requests", typeof(EventsText), "Console.SessionRequests", Icons.Material.Filled.EventAvailable, Policies.Staff),
        new("/console/check-in", typeof(EventsText), "Console.CheckIn", Icons.Material.Filled.QrCodeScanner, Policies.Decide),
    ];

    public IReadOnlyList<AdminVerb> Verbs { get; } = [VerifyLotteryVerb.Verb];

    public void AddServices(ModuleServices module)
    {
        var services = module.Services;
        services.AddSingleton(module.Configuration.GetSection("Events").Get<EventsOptions>() ?? new EventsOptions());
        services.AddMemoryCache();
        services.AddScoped<EventQueries>();
        services.AddScoped<EventDefinitions>();
        services.AddSingleton<FullSessions>();
        services.AddScoped<CreateEvent>();
        services.AddScoped<PublishEvent>();
        services.AddScoped<BookingQueries>();
        services.AddScoped<BookSession>();
        services.AddScoped<ManageBooking>();
        services.AddScoped<Waitlist>();
        services.AddScoped<BookingMessages>();
        services.AddScoped<LotteryQueries>();
        services.AddScoped<RunLottery>();
        services.AddScoped<Menu>();
        services.AddScoped<SessionRequestQueries>();
        services.AddScoped<RequestSession>();
        services.AddScoped<DecideSessionRequest>();
        services.AddScoped<NotifyRequester>();
        services.AddScoped<RecuperationBases>();
        services.AddSingleton<BookingTokens>();
        services.AddScoped<CheckInMembers>();
        services.AddScoped<Attendance>();
        services.AddScoped<BookingCalendar>();

        module.Handles<NotifyOffer>()
            .Handles<RemindBooking>()
            .Handles<AnnounceDraw>()
            .Handles<TellLotteryResult>()
            .Handles<NotifyScheduled>()
            .Handles<NotifyDeclined>()
            .Job<EventsSweeper>()
            .DemoData<Demo.EventsDemoData>()
            .PersonalData<PersonalData.EventsPersonalData>();
    }

    public void MapEndpoints(IEndpointRouteBuilder routes)
    {
        routes.MapCreateEvent();
        routes.MapPublishEvent();
        routes.MapEventsApi();
        routes.MapLotteryApi();
        routes.MapSessionRequestsApi();
        routes.MapRecuperationBasesApi();
    }
}
