using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MudBlazor;
using UnionHome.Cases.Data;
using UnionHome.Cases.Filing;
using UnionHome.Cases.Hotline;
using UnionHome.Cases.Live;
using UnionHome.Cases.Mine;
using UnionHome.Cases.Pools;
using UnionHome.Cases.Queue;
using UnionHome.Cases.Settings;
using UnionHome.Cases.Sla;
using UnionHome.Cases.Stats;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Modules;

namespace UnionHome.Cases;

/// <summary>Help requests and case management: filing, routing, SLA on China's calendar, escalation, pools, hotline.</summary>
public sealed class CasesModule : IModule
{
    public string Name => "cases";

    public IModelContributor Model { get; } = new CasesModel();

    public IReadOnlyList<MemberTile> Tiles { get; } = [new("/help", typeof(CasesText), "Home.Help", "Home.HelpText")];

    public IReadOnlyList<Type> MeSections { get; } = [typeof(MyHelpSection)];

    public IReadOnlyList<ConsoleMenuEntry> ConsoleMenu { get; } =
    [
        new("/console/cases", typeof(CasesText), "Console.Cases", Icons.Material.Filled.SupportAgent, Policies.CaseWork),
    ];

    public IReadOnlyList<Type> ConsoleBar { get; } = [typeof(CaseAlertBadge)];

    public void AddServices(ModuleServices module)
    {
        var services = module.Services;
        services.AddSingleton(module.Configuration.GetSection("Cases:DutyPhone").Get<DutyPhoneOptions>() ?? new DutyPhoneOptions());
        services.AddSignalR();
        services.AddSingleton(sp => new BusinessCalendar(WorkingHours.Default, sp.GetRequiredService<ILogger<BusinessCalendar>>()));
        services.AddScoped<CaseRouter>();
        services.AddScoped<CaseDeadlines>();
        services.AddScoped<FileCase>();
        services.AddScoped<CaseAccess>();
        services.AddScoped<CaseQueries>();
        services.AddScoped<CaseTimeline>();
        services.AddScoped<SendCaseMessage>();
        services.AddScoped<AskMember>();
        services.AddScoped<AddCaseNote>();
        services.AddScoped<AssignCase>();
        services.AddScoped<HandBackCase>();
        services.AddScoped<EscalateCase>();
        services.AddScoped<ResolveCase>();
        services.AddScoped<RateHelp>();
        services.AddScoped<PoolQueries>();
        services.AddScoped<CreatePool>();
        services.AddScoped<AddPoolMember>();
        services.AddScoped<GoOnDuty>();
        services.AddScoped<CaseSettingsQueries>();
        services.AddScoped<SetSlaPolicy>();
        services.AddScoped<AddDesk>();
        services.AddScoped<SetDutyPhone>();
        services.AddScoped<HotlineLog>();
        services.AddScoped<HotlineQueries>();
        services.AddScoped<CaseStatistics>();
        services.AddScoped<ConsoleAlerts>();

        module.Handles<AlertOnDutyStaff>()
            .Handles<TextDutyPhone>()
            .Job<BreachSweeper>()
            .DemoData<Demo.CasesDemoData>()
            .PersonalData<PersonalData.CasesPersonalData>()
            .Retention<PersonalData.ClosedCasesRetention>()
            .Retention<PersonalData.HotlineCallsRetention>();
    }

    public void MapEndpoints(IEndpointRouteBuilder routes)
    {
        routes.MapCasesApi();
        routes.MapHelpServiceWorker();
        routes.MapPoolsApi();
        routes.MapCaseSettingsApi();
        routes.MapHotlineApi();
        routes.MapCaseStatsApi();
    }
}
