using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MudBlazor;
using UnionHome.Membership.Approvals;
using UnionHome.Membership.Cards;
using UnionHome.Membership.Contracts;
using UnionHome.Membership.Data;
using UnionHome.Membership.Joining;
using UnionHome.Membership.MyMembership;
using UnionHome.Platform;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Modules;

namespace UnionHome.Membership;

/// <summary>Members, applications to join, routing, approvals, transfers, rosters and e-cards.</summary>
public sealed class MembershipModule : IModule
{
    public string Name => "membership";

    public IModelContributor Model { get; } = new MembershipModel();

    public IReadOnlyList<MemberTile> Tiles { get; } = [new("/join", typeof(MembershipText), "Home.Join", "Home.JoinText")];

    public IReadOnlyList<Type> MeSections { get; } = [typeof(MyMembershipSection)];

    public IReadOnlyList<ConsoleMenuEntry> ConsoleMenu { get; } =
    [
        new("/console/applications", typeof(MembershipText), "Console.Applications", Icons.Material.Filled.HowToReg, Policies.Staff),
        new("/console/transfers", typeof(MembershipText), "Console.Transfers", Icons.Material.Filled.SwapHoriz, Policies.Staff),
        new("/console/deletion-requests", typeof(MembershipText), "Console.DeletionRequests", Icons.Material.Filled.PersonRemove, Policies.Staff),
    ];

    public void AddServices(ModuleServices module)
    {
        var services = module.Services;
        services.AddScoped<JoinRouter>();
        services.AddScoped<ApplyForMembership>();
        services.AddScoped<DecideApplications>();
        services.AddScoped<ApplicationsQueue>();
        services.AddScoped<MyMembershipQueries>();
        services.AddScoped<IMembershipDirectory>(sp => sp.GetRequiredService<MyMembershipQueries>());
        services.AddSingleton<MemberUnions>();
        services.AddSingleton<UnionHome.Platform.Organization.IMemberUnions>(sp => sp.GetRequiredService<MemberUnions>());
        services.AddSingleton(sp => CardKeys.Load(
            module.Configuration,
            allowDevKeyFile: module.IsDevelopment || module.Configuration.GetValue<bool>("Encryption:AllowDevelopmentKeyFile"),
            PlatformModule.DataDirectory(module.Configuration),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger<CardKeys>()));
        services.AddSingleton<CardTokens>();
        services.AddScoped<Rosters.RosterUploads>();
        services.AddScoped<Enterprises.EnterpriseMembers>();
        services.AddScoped<Transfers.TransferMembership>();
        services.AddScoped<MyData.CorrectPhone>();
        services.AddScoped<MyData.RequestDeletion>();
        services.AddScoped<MyData.DeletionRequests>();
        services.AddScoped<MyData.ProcessDeletion>();
        services.AddScoped<MyData.PreviewDeletion>();
        services.AddAuthorizationBuilder().AddPolicy(MembershipApi.CardVerifierPolicy, p => p
            .RequireAuthenticatedUser()
            .RequireClaim(PlatformClaims.Role, Roles.StationOperator, Roles.Merchant, Roles.Admin));

        module.Handles<NotifyApplicant>()
            .Job<Rosters.RosterImportWorker>()
            .DemoData<Demo.MembershipDemoData>()
            .PersonalData<PersonalData.MembershipPersonalData>()
            .Retention<PersonalData.RejectedApplicationsRetention>()
            .Retention<PersonalData.RosterUploadsRetention>();
    }

    public void MapEndpoints(IEndpointRouteBuilder routes)
    {
        routes.MapMembershipApi();
        Rosters.RosterImportsApi.MapRosterImportsApi(routes);
        Enterprises.EnterpriseMembersApi.MapEnterpriseMembersApi(routes);
        Transfers.TransfersApi.MapTransfersApi(routes);
        MyData.CorrectPhoneEndpoint.MapCorrectPhone(routes);
        MyData.RequestDeletionEndpoint.MapRequestDeletion(routes);
        MyData.DeletionRequestsEndpoint.MapDeletionRequests(routes);
        MyData.ProcessDeletionEndpoint.MapProcessDeletion(routes);
        MyData.PreviewDeletionEndpoint.MapPreviewDeletion(routes);
    }
}
