using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UnionHome.Cases.Data;
using UnionHome.Cases.Filing;
using UnionHome.Cases.Hotline;
using UnionHome.Cases.Live;
using UnionHome.Cases.Queue;
using UnionHome.Cases.Sla;
using UnionHome.Cases.Stats;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption.Rotation;
using UnionHome.Platform.Outbox;

namespace UnionHome.Cases;

/// <summary>Help requests and case management: filing, routing, SLA on China's calendar, escalation, pools, hotline.</summary>
public static class CasesModule
{
    public static System.Reflection.Assembly Assembly => typeof(CasesModule).Assembly;

    public static IServiceCollection AddCasesModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IModelContributor, CasesModel>();
        services.AddEncryptedColumn<HelpCase>(c => c.DescriptionCipher);
        services.AddEncryptedColumn<CaseEntry>(e => e.BodyCipher);
        services.AddEncryptedColumn<DutyRoster>(d => d.DutyPhoneCipher);
        services.AddSignalR();
        services.AddSingleton(sp => new BusinessCalendar(WorkingHours.Default, sp.GetRequiredService<ILogger<BusinessCalendar>>()));
        services.AddScoped<CaseRouter>();
        services.AddScoped<CaseDeadlines>();
        services.AddScoped<FileCase>();
        services.AddScoped<CaseAccess>();
        services.AddScoped<CaseQueries>();
        services.AddScoped<WorkCase>();
        services.AddScoped<HotlineLog>();
        services.AddScoped<CaseStatistics>();
        services.AddScoped<Pools.DutySwitch>();
        services.AddScoped<ConsoleAlerts>();
        services.AddScoped<IIntegrationEventHandler, AlertOnDutyStaff>();
        services.AddScoped<IIntegrationEventHandler, TextDutyPhone>();
        services.AddScoped<UnionHome.Platform.Administration.IDemoData, Demo.CasesDemoData>();
        services.AddScoped<UnionHome.Platform.PersonalData.IPersonalDataContributor, PersonalData.CasesPersonalData>();
        services.AddScoped<UnionHome.Platform.Retention.IRetentionRule, PersonalData.ClosedCasesRetention>();
        services.AddScoped<UnionHome.Platform.Retention.IRetentionRule, PersonalData.HotlineCallsRetention>();
        services.AddSingleton<BreachSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<BreachSweeper>());
        return services;
    }

    public static IEndpointRouteBuilder MapCasesEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapCasesApi();
        routes.MapHelpServiceWorker();
        Pools.PoolsApi.MapPoolsApi(routes);
        Settings.CaseSettingsApi.MapCaseSettingsApi(routes);
        routes.MapHotlineApi();
        routes.MapCaseStatsApi();
        return routes;
    }
}
