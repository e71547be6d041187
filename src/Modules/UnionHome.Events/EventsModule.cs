using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Events.Bookings;
using UnionHome.Events.Catalogue;
using UnionHome.Events.CheckIn;
using UnionHome.Events.Data;
using UnionHome.Events.Recuperation;
using UnionHome.Events.Requests;
using UnionHome.Platform.Data;
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
        services.AddScoped<EventQueries>();
        services.AddScoped<ManageEvents>();
        services.AddScoped<BookingQueries>();
        services.AddScoped<BookSession>();
        services.AddScoped<ManageBooking>();
        services.AddScoped<Waitlist>();
        services.AddScoped<BookingMessages>();
        services.AddScoped<IIntegrationEventHandler, NotifyOffer>();
        services.AddScoped<IIntegrationEventHandler, RemindBooking>();
        services.AddScoped<EnterpriseAccess>();
        services.AddScoped<Menu>();
        services.AddScoped<SessionRequestQueries>();
        services.AddScoped<RequestSession>();
        services.AddScoped<DecideSessionRequest>();
        services.AddScoped<NotifyRequester>();
        services.AddScoped<IIntegrationEventHandler, NotifyScheduled>();
        services.AddScoped<IIntegrationEventHandler, NotifyDeclined>();
        services.AddScoped<RecuperationBases>();
        services.AddScoped<UnionHome.Platform.Administration.IDemoData, Demo.EventsDemoData>();
        services.AddSingleton<BookingTokens>();
        services.AddSingleton<EventsSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<EventsSweeper>());
        return services;
    }

    public static IEndpointRouteBuilder MapEventsEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapEventsApi();
        routes.MapSessionRequestsApi();
        routes.MapRecuperationBasesApi();
        return routes;
    }
}
