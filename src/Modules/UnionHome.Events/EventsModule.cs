using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Events.Bookings;
using UnionHome.Events.Catalogue;
using UnionHome.Events.CheckIn;
using UnionHome.Events.Data;
using UnionHome.Events.Lottery;
using UnionHome.Events.Recuperation;
using UnionHome.Events.Requests;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption.Rotation;
using UnionHome.Platform.Outbox;

namespace UnionHome.Events;

/// <summary>Activities, courses, trainings, lectures and recuperation trips: catalogue, bookings, waitlists, lotteries, check-in.</summary>
public static class EventsModule
{
    public static System.Reflection.Assembly Assembly => typeof(EventsModule).Assembly;

    public static IServiceCollection AddEventsModule(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Events").Get<EventsOptions>() ?? new EventsOptions();
        services.AddSingleton(options);
        services.AddSingleton<IModelContributor, EventsModel>();
        services.AddEncryptedColumn<Event>(e => e.LotterySeedCipher);
        services.AddMemoryCache();
        services.AddScoped<EventQueries>();
        services.AddScoped<EventDefinitions>();
        services.AddSingleton<FullSessions>();
        services.AddScoped<ManageEvents>();
        services.AddScoped<BookingQueries>();
        services.AddScoped<BookSession>();
        services.AddScoped<ManageBooking>();
        services.AddScoped<Waitlist>();
        services.AddScoped<BookingMessages>();
        services.AddScoped<IIntegrationEventHandler, NotifyOffer>();
        services.AddScoped<IIntegrationEventHandler, RemindBooking>();
        services.AddScoped<LotteryQueries>();
        services.AddScoped<RunLottery>();
        services.AddScoped<IIntegrationEventHandler, AnnounceDraw>();
        services.AddScoped<IIntegrationEventHandler, TellLotteryResult>();
        services.AddScoped<EnterpriseAccess>();
        services.AddScoped<Menu>();
        services.AddScoped<SessionRequestQueries>();
        services.AddScoped<RequestSession>();
        services.AddScoped<DecideSessionRequest>();
        services.AddScoped<NotifyRequester>();
        services.AddScoped<IIntegrationEventHandler, NotifyScheduled>();
        services.AddScoped<IIntegrationEventHandler, NotifyDeclined>();
        services.AddScoped<RecuperationBases>();
        services.AddSingleton<BookingTokens>();
        services.AddScoped<CheckInMembers>();
        services.AddScoped<Attendance>();
        services.AddScoped<BookingCalendar>();
        services.AddSingleton<EventsSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<EventsSweeper>());
        services.AddScoped<UnionHome.Platform.Administration.IDemoData, Demo.EventsDemoData>();
        services.AddScoped<UnionHome.Platform.PersonalData.IPersonalDataContributor, PersonalData.EventsPersonalData>();
        return services;
    }

    public static IEndpointRouteBuilder MapEventsEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapEventsApi();
        routes.MapLotteryApi();
        routes.MapSessionRequestsApi();
        routes.MapRecuperationBasesApi();
        return routes;
    }
}
