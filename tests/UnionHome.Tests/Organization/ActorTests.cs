using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Organization;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Organization;

/// <summary>The caller and their scope are resolved once per request or circuit, and only staff pay a look-up for it.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ActorTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_members_actor_is_resolved_without_touching_the_database()
    {
        // No database is given: resolving a member must not need one.
        var actor = await Actor.OutsideRequestAsync(null!, Caller(Roles.Member, Guid.CreateVersion7()), Ct);

        actor.Scope.ShouldBe(OrgScope.Nothing);
        actor.CanWrite.ShouldBeFalse();
    }

    [Fact]
    public async Task An_admin_attached_to_no_union_has_the_whole_tree_without_a_look_up()
    {
        var actor = await Actor.OutsideRequestAsync(null!, Caller(Roles.Admin, null), Ct);

        actor.Scope.IsEverything.ShouldBeTrue();
    }

    [Fact]
    public async Task A_request_binds_its_actor_once_and_hands_the_same_one_to_every_parameter()
    {
        // No database among the request services: a member's Actor never opens one for staff scope.
        var http = new DefaultHttpContext { User = Principal(Roles.Member, Guid.CreateVersion7()), RequestServices = new ServiceCollection().BuildServiceProvider() };

        var first = await Actor.BindAsync(http);
        var second = await Actor.BindAsync(http);

        first.ShouldNotBeNull();
        second.ShouldBeSameAs(first);
        (await Actor.BindAsync(new DefaultHttpContext())).ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_console_circuit_resolves_its_actor_once_and_again_only_when_its_sign_in_changes(DatabaseProvider provider)
    {
        var app = apps[provider];
        var zhoushan = await EventsTestData.UnitIdAsync(app, "ZJ-ZS");
        var authentication = new SignedIn(Principal(Roles.UnionStaff, zhoushan));
        var current = new CurrentActor(authentication, app.Services.GetRequiredService<IServiceScopeFactory>());

        var first = await current.GetAsync();
        var second = await current.GetAsync();
        authentication.SignOut();
        var afterSignOut = await current.GetAsync();

        second.ShouldBeSameAs(first);
        var path = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().OrgUnits.Where(u => u.Id == zhoushan).Select(u => u.Path).SingleAsync(Ct));
        first!.Scope.SubtreePath.ShouldBe(path);
        afterSignOut.ShouldBeNull();
        current.Dispose();
    }

    private static Caller Caller(string role, Guid? unit) => new(Guid.CreateVersion7().ToString(), "测试", new HashSet<string> { role }, unit, null);

    private static ClaimsPrincipal Principal(string role, Guid unit) =>
        new(new ClaimsIdentity(
            [new(PlatformClaims.UserId, Guid.CreateVersion7().ToString()), new(PlatformClaims.Name, "测试"), new(PlatformClaims.Role, role), new(PlatformClaims.OrgUnitId, unit.ToString())],
            "test", PlatformClaims.Name, PlatformClaims.Role));

    /// <summary>A circuit's authentication state that the test can end, as revalidation does.</summary>
    private sealed class SignedIn(ClaimsPrincipal principal) : AuthenticationStateProvider
    {
        private ClaimsPrincipal user = principal;

        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));

        public void SignOut()
        {
            user = new ClaimsPrincipal(new ClaimsIdentity());
            NotifyAuthenticationStateChanged(GetAuthenticationStateAsync());
        }
    }
}
