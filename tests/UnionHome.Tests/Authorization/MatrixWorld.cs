using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Identity.Tokens;

namespace UnionHome.Tests.Authorization;

/// <summary>
/// What every module matrix shares on one application: a signed-in caller of each role, the units and enterprises
/// inside and outside their subtree, and the module fixtures, each built once per application on first use.
/// </summary>
internal sealed class MatrixWorld
{
    private static readonly Dictionary<UnionHomeApp, Task<MatrixWorld>> Worlds = [];

    // A token outlives no more than this much of the application's clock before the caller is signed in again.
    private static readonly TimeSpan TokenReuse = TimeSpan.FromMinutes(5);

    private readonly Dictionary<string, string> userIds = [];
    private readonly Dictionary<string, (string Token, DateTimeOffset IssuedAt)> tokens = [];
    private readonly SemaphoreSlim signingIn = new(1, 1);
    private readonly Dictionary<string, Task<object>> fixtures = [];

    private MatrixWorld(UnionHomeApp app) => App = app;

    public UnionHomeApp App { get; }

    /// <summary>舟山市总工会, the union of every caller with one except members.</summary>
    public Guid Zhoushan { get; private set; }

    /// <summary>白云区总工会 in Guizhou: outside every caller's subtree but the admin's.</summary>
    public Guid Baiyun { get; private set; }

    /// <summary>舟山市海员工会, below 定海区总工会 below 舟山市总工会: the members' union.</summary>
    public Guid SeafarersUnion { get; private set; }

    public Guid InsideEnterprise { get; private set; }

    public Guid OutsideEnterprise { get; private set; }

    /// <summary>m.seafarer, a demo member of 舟山市海员工会.</summary>
    public string InsideUser { get; private set; } = "";

    /// <summary>m.guiyang, a demo member in Guizhou.</summary>
    public string OutsideUser { get; private set; } = "";

    public HttpClient Admin => ClientOf(Roles.Admin);

    public Guid OwnUnit(string caller) => caller == Roles.Member ? SeafarersUnion : Zhoushan;

    /// <summary>
    /// A client that signs each request as the caller with a token valid at the application's current time: other tests
    /// move the shared application's clock, past the lifetime of a token issued when the world was built.
    /// </summary>
    public HttpClient ClientOf(string caller) =>
        userIds.ContainsKey(caller)
            ? new HttpClient(new CurrentTokenHandler(this, caller) { InnerHandler = App.Server.CreateHandler() }) { BaseAddress = new Uri("https://localhost") }
            : App.Anonymous();

    private async Task<string> TokenAsync(string caller)
    {
        await signingIn.WaitAsync();
        try
        {
            var now = App.Time.GetUtcNow();
            if (tokens.TryGetValue(caller, out var held) && (now - held.IssuedAt).Duration() < TokenReuse)
            {
                return held.Token;
            }

            var staff = caller != "registered" && caller != Roles.Member;
            var token = await App.WithServices(async sp =>
            {
                var user = await sp.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(userIds[caller]);
                var principal = await sp.GetRequiredService<PrincipalFactory>().CreateAsync(user!, staff ? "staff" : "sms");
                return sp.GetRequiredService<AccessTokens>().Issue(principal, staff).Token;
            });
            tokens[caller] = (token, now);
            return token;
        }
        finally
        {
            signingIn.Release();
        }
    }

    public static Task<MatrixWorld> OfAsync(UnionHomeApp app)
    {
        lock (Worlds)
        {
            if (!Worlds.TryGetValue(app, out var world))
            {
                world = BuildAsync(app);
                Worlds[app] = world;
            }

            return world;
        }
    }

    /// <summary>A module's fixtures, built once per application by the first row that asks for them.</summary>
    public async Task<T> FixtureAsync<T>(Func<MatrixWorld, Task<T>> build)
        where T : class
    {
        Task<object> fixture;
        lock (fixtures)
        {
            var key = typeof(T).FullName!;
            if (!fixtures.TryGetValue(key, out fixture!))
            {
                fixture = BuildFixtureAsync(build);
                fixtures[key] = fixture;
            }
        }

        return (T)await fixture;
    }

    private async Task<object> BuildFixtureAsync<T>(Func<MatrixWorld, Task<T>> build)
        where T : class => await build(this);

    public Task<Guid> UnitIdAsync(string code) => EventsTestData.UnitIdAsync(App, code);

    private static async Task<MatrixWorld> BuildAsync(UnionHomeApp app)
    {
        var world = new MatrixWorld(app);
        await app.WithServices(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            world.Zhoushan = await db.OrgUnits.Where(u => u.Code == "ZJ-ZS").Select(u => u.Id).SingleAsync();
            world.Baiyun = await db.OrgUnits.Where(u => u.Code == "GZ-GY-BY").Select(u => u.Id).SingleAsync();
            world.SeafarersUnion = await db.OrgUnits.Where(u => u.Code == "ZJ-ZS-HY").Select(u => u.Id).SingleAsync();
            world.InsideEnterprise = await db.Enterprises.Where(e => e.CreditCode == RequestsTestData.FishingCompany).Select(e => e.Id).SingleAsync();
            world.OutsideEnterprise = await db.Enterprises.Where(e => e.CreditCode == RequestsTestData.GuiyangDelivery).Select(e => e.Id).SingleAsync();
            world.InsideUser = await db.Users.Where(u => u.UserName == "m.seafarer").Select(u => u.Id).SingleAsync();
            world.OutsideUser = await db.Users.Where(u => u.UserName == "m.guiyang").Select(u => u.Id).SingleAsync();
            return 0;
        });

        // Each caller signs in once the real way; later tokens are issued to the same account.
        var registeredToken = await app.MemberTokenAsync(Sessions.NewPhone());
        var registered = await app.ClientWithToken(registeredToken).GetFromJsonAsync<UnionHome.Platform.Api.MeResponse>("/api/v1/me");
        world.userIds["registered"] = registered!.UserId;
        world.tokens["registered"] = (registeredToken, app.Time.GetUtcNow());
        foreach (var role in AuthorizationMatrix.Callers.Skip(2))
        {
            var org = role == Roles.Admin ? null : role == Roles.Member ? "ZJ-ZS-HY" : "ZJ-ZS";
            var enterprise = role == Roles.EnterpriseLiaison ? RequestsTestData.FishingCompany : null;
            var (token, userId) = await app.NewStaffAsync(role, org, enterprise);
            world.userIds[role] = userId;
            world.tokens[role] = (token, app.Time.GetUtcNow());
        }

        return world;
    }

    private sealed class CurrentTokenHandler(MatrixWorld world, string caller) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await world.TokenAsync(caller));
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
