using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Membership.Data;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;
using UnionHome.Tests.Membership;
using UnionHome.Tests.PersonalData;

namespace UnionHome.Tests.Encryption;

/// <summary>
/// The columns whose ciphertext used to be copied between rows as it was (an account's phone into its applications
/// and member record, an authenticator secret from pending to enrolled): each value now opens only in its own row.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CopiedCiphertextTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The columns the migration BindCopiedCiphertextsToRows marked, as Entity.Property.</summary>
    private static readonly string[] FormerlyUnbound =
    [
        "AppUser.PhoneCipher", "AppUser.TotpSecretCipher", "AppUser.PendingTotpSecretCipher", "SmsOutboxMessage.PhoneCipher",
        "MembershipApplication.ResidentIdCipher", "MembershipApplication.PhoneCipher", "Member.ResidentIdCipher", "Member.PhoneCipher",
        "Event.LotterySeedCipher", "DutyRoster.DutyPhoneCipher",
    ];

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_phone_and_id_number_copied_into_another_persons_rows_do_not_open_there(DatabaseProvider provider)
    {
        var app = apps[provider];
        var (victimPhone, victimId) = (Sessions.NewPhone(), ResidentIds.New("330902"));
        var victim = await Members.ActiveAsync(app, victimPhone, victimId, "330902");
        var copier = await Members.ActiveAsync(app, Sessions.NewPhone(), ResidentIds.New("330902"), "330902");
        var (victimUser, copierUser) = (await UserIdAsync(victim), await UserIdAsync(copier));
        var (victimMember, copierMember) = (await MemberIdAsync(app, victimUser), await MemberIdAsync(app, copierUser));
        (await copier.GetAsync("/api/v1/me/data-export", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await CopyAsync(app, typeof(AppUser), nameof(AppUser.PhoneCipher), victimUser, copierUser);
        await CopyAsync(app, typeof(Member), nameof(Member.PhoneCipher), victimMember, copierMember);
        await CopyAsync(app, typeof(Member), nameof(Member.ResidentIdCipher), victimMember, copierMember);
        var export = await copier.GetAsync("/api/v1/me/data-export", Ct);

        export.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        var body = await export.Content.ReadAsStringAsync(Ct);
        body.ShouldNotContain(victimId);
        body.ShouldNotContain(victimPhone[^8..]);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_authenticator_secret_copied_onto_another_staff_account_does_not_sign_it_in(DatabaseProvider provider)
    {
        var app = apps[provider];
        var mine = await app.CreateStaffWithAuthenticatorAsync("ZJ-ZS-DH");
        var theirs = await app.CreateStaffWithAuthenticatorAsync("ZJ-ZS-DH");
        var (myId, theirId) = (await UserIdOfAsync(app, mine.UserName), await UserIdOfAsync(app, theirs.UserName));

        await CopyAsync(app, typeof(AppUser), nameof(AppUser.TotpSecretCipher), myId, theirId);
        var signIn = await app.Anonymous().PostAsJsonAsync(
            "/api/v1/auth/staff-login", new { userName = theirs.UserName, password = Sessions.StaffPassword, totpCode = Sessions.TotpNow(app, mine.Secret) }, Ct);

        signIn.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await signIn.Content.ReadAsStringAsync(Ct)).ShouldNotContain("accessToken");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Values_the_earlier_version_left_unbound_open_after_the_migration_and_reencrypt_binds_each_to_its_row(DatabaseProvider provider)
    {
        var keys = Deployment.Keys();
        await using var app = await apps.StartDedicatedAsync(provider, keys);
        var (phone, idNumber) = (Sessions.NewPhone(), ResidentIds.New("330902"));
        var member = await Members.ActiveAsync(app, phone, idNumber, "330902");
        var officer = await app.CreateStaffWithAuthenticatorAsync("ZJ-ZS-DH");
        var userId = await UserIdAsync(member);
        await OutboxDeliveredAsync(app);
        await WriteAsTheEarlierVersionDidAsync(app, Convert.FromBase64String(keys["Encryption:Keys:t1"]!));
        await MigrateAgainFromTheEarlierVersionAsync(app);

        (await StoredFormerlyUnboundAsync(app)).Values.ShouldAllBe(v => v.Stored.StartsWith("t1:u2:", StringComparison.Ordinal));
        var exported = (await member.GetFromJsonAsync<DataExport>("/api/v1/me/data-export", Ct))!;
        exported.Account.Phone.ShouldBe($"+86{phone}");
        exported.Membership!.IdNumber.ShouldBe(idNumber);
        exported.Membership.Phone.ShouldBe($"+86{phone}");
        await app.StaffTokenAsync(officer.UserName, Sessions.StaffPassword, Sessions.TotpNow(app, officer.Secret));

        var exit = await UnionHome.Web.Cli.AdminCommands.RunAsync(app.Services, "reencrypt", [], TextWriter.Null, TextWriter.Null);

        exit.ShouldBe(0);
        var stored = await StoredFormerlyUnboundAsync(app);
        stored.Values.ShouldAllBe(v => v.Stored.StartsWith("t1:v2:", StringComparison.Ordinal));
        var cipher = app.Services.GetRequiredService<FieldCipher>();
        stored.Values.ShouldAllBe(v => StoredCiphertexts.Plain(cipher, v.Column, v.Key, v.Stored).Length > 0);
        exported = (await member.GetFromJsonAsync<DataExport>("/api/v1/me/data-export", Ct))!;
        (exported.Account.Phone, exported.Membership!.IdNumber).ShouldBe(($"+86{phone}", idNumber));
        var other = await Members.ActiveAsync(app, Sessions.NewPhone(), ResidentIds.New("330902"), "330902");
        await CopyAsync(app, typeof(AppUser), nameof(AppUser.PhoneCipher), userId, await UserIdAsync(other));
        (await other.GetAsync("/api/v1/me/data-export", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK, "once re-encrypted it is bound to its row");
    }

    /// <summary>
    /// What the earlier version stored in these columns: ciphertexts under an empty scope, "keyId:v2:…", the same
    /// form a value bound to its row has.
    /// </summary>
    private static async Task WriteAsTheEarlierVersionDidAsync(UnionHomeApp app, byte[] key)
    {
        var cipher = app.Services.GetRequiredService<FieldCipher>();
        var values = await StoredFormerlyUnboundAsync(app);
        values.Keys.Select(k => k[..k.IndexOf('#', StringComparison.Ordinal)]).Distinct().ShouldBe(
            ["AppUser.PhoneCipher", "AppUser.TotpSecretCipher", "SmsOutboxMessage.PhoneCipher", "MembershipApplication.ResidentIdCipher", "MembershipApplication.PhoneCipher", "Member.ResidentIdCipher", "Member.PhoneCipher", "DutyRoster.DutyPhoneCipher"],
            ignoreOrder: true);
        foreach (var (column, stored, rowKey) in values.Values)
        {
            var unbound = EarlierCiphertexts.UnboundV2("t1", key, StoredCiphertexts.Plain(cipher, column, rowKey, stored));
            (await RawTables.SetAsync(app, column.Entity, column.Property, rowKey, unbound)).ShouldBe(1);
        }
    }

    /// <summary>Down to the migration before BindCopiedCiphertextsToRows, then up again, as an upgrade runs it.</summary>
    private static Task MigrateAgainFromTheEarlierVersionAsync(UnionHomeApp app) =>
        app.WithServices(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var migrations = db.Database.GetMigrations().ToList();
            var binding = migrations.FindIndex(m => m.EndsWith("_BindCopiedCiphertextsToRows", StringComparison.Ordinal));
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(migrations[binding - 1], Ct);
            await migrator.MigrateAsync(null, Ct);
            return true;
        });

    private static async Task<Dictionary<string, (UnionHome.Platform.Encryption.Rotation.EncryptedColumn Column, string Stored, object Key)>> StoredFormerlyUnboundAsync(UnionHomeApp app) =>
        (await StoredCiphertexts.ReadAsync(app)).Where(v => FormerlyUnbound.Contains(v.Value.Column.ToString())).ToDictionary();

    /// <summary>Waits until the approval's text is sent: a value written meanwhile would be written by this version.</summary>
    private static async Task OutboxDeliveredAsync(UnionHomeApp app)
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            if (!await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().OutboxMessages.AnyAsync(m => m.ProcessedAt == null, Ct)))
            {
                return;
            }

            await Task.Delay(100, Ct);
        }

        throw new TimeoutException("The outbox was not delivered within 15 s.");
    }

    private static async Task CopyAsync(UnionHomeApp app, Type entity, string property, object from, object to) =>
        (await RawTables.SetAsync(app, entity, property, to, (await RawTables.GetAsync(app, entity, property, from))!)).ShouldBe(1);

    private static async Task<string> UserIdAsync(HttpClient member) => (await member.GetFromJsonAsync<MeResponse>("/api/v1/me", Ct))!.UserId;

    private static Task<string> UserIdOfAsync(UnionHomeApp app, string userName) =>
        app.WithServices(sp => sp.GetRequiredService<AppDbContext>().Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync(Ct));

    private static Task<Guid> MemberIdAsync(UnionHomeApp app, string userId) =>
        app.WithServices(sp => sp.GetRequiredService<AppDbContext>().Set<Member>().Where(m => m.UserId == userId).Select(m => m.Id).SingleAsync(Ct));
}
