using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using UnionHome.Membership.Approvals;
using UnionHome.Membership.Cards;
using UnionHome.Membership.Contracts;
using UnionHome.Membership.Data;
using UnionHome.Membership.Joining;
using UnionHome.Membership.MyMembership;
using UnionHome.Platform;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Encryption.Rotation;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Outbox;

namespace UnionHome.Membership;

/// <summary>Members, applications to join, routing, approvals and e-cards.</summary>
public static class MembershipModule
{
    public static System.Reflection.Assembly Assembly => typeof(MembershipModule).Assembly;

    public static IServiceCollection AddMembershipModule(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton<IModelContributor, MembershipModel>();
        services.AddEncryptedColumn<MembershipApplication>(a => a.ResidentIdCipher);
        services.AddEncryptedColumn<MembershipApplication>(a => a.PhoneCipher);
        services.AddEncryptedColumn<Member>(m => m.ResidentIdCipher);
        services.AddEncryptedColumn<Member>(m => m.PhoneCipher);
        services.AddBlindIndex<MembershipApplication>(a => a.ResidentIdIndex, BlindIndex.Purposes.ResidentId, a => a.ResidentIdCipher);
        services.AddBlindIndex<Member>(m => m.ResidentIdIndex, BlindIndex.Purposes.ResidentId, m => m.ResidentIdCipher);
        services.AddScoped<JoinRouter>();
        services.AddScoped<ApplyForMembership>();
        services.AddScoped<DecideApplications>();
        services.AddScoped<MyMembershipQueries>();
        services.AddScoped<IMembershipDirectory>(sp => sp.GetRequiredService<MyMembershipQueries>());
        services.AddScoped<IIntegrationEventHandler, NotifyApplicant>();
        services.AddSingleton(sp => CardKeys.Load(
            configuration,
            allowDevKeyFile: environment.IsDevelopment() || configuration.GetValue<bool>("Encryption:AllowDevelopmentKeyFile"),
            PlatformModule.DataDirectory(configuration),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger<CardKeys>()));
        services.AddSingleton<CardTokens>();
        services.AddHostedService<Rosters.RosterImportWorker>();
        services.AddScoped<Rosters.RosterUploads>();
        services.AddScoped<Enterprises.EnterpriseMembers>();
        services.AddScoped<Transfers.TransferMembership>();
        services.AddScoped<MyData.PersonalData>();
        services.AddScoped<UnionHome.Platform.PersonalData.IPersonalDataContributor, PersonalData.MembershipPersonalData>();
        services.AddScoped<UnionHome.Platform.Retention.IRetentionRule, PersonalData.RejectedApplicationsRetention>();
        services.AddScoped<UnionHome.Platform.Retention.IRetentionRule, PersonalData.RosterUploadsRetention>();
        services.AddScoped<UnionHome.Platform.Administration.IDemoData, Demo.MembershipDemoData>();
        services.AddAuthorizationBuilder().AddPolicy(MembershipApi.CardVerifierPolicy, p => p
            .RequireAuthenticatedUser()
            .RequireClaim(PlatformClaims.Role, Roles.StationOperator, Roles.Merchant, Roles.Admin));
        return services;
    }

    public static IEndpointRouteBuilder MapMembershipEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapMembershipApi();
        Rosters.RosterImportsApi.MapRosterImportsApi(routes);
        Enterprises.EnterpriseMembersApi.MapEnterpriseMembersApi(routes);
        Transfers.TransfersApi.MapTransfersApi(routes);
        MyData.MyDataApi.MapMyDataApi(routes);
        return routes;
    }
}
