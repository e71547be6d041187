using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using UnionHome.Cases.Filing;
using UnionHome.Cases.Queue;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Encryption.Rotation;
using UnionHome.Tests.Infrastructure;
using UnionHome.Tests.Membership;
using UnionHome.Tests.PersonalData;

namespace UnionHome.Tests.Encryption;

/// <summary>
/// The rotation procedure of docs/operations.md, on one database shared by nodes started one after the other with the
/// keys each step configures.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class KeyRotationTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly string k1 = PlatformKeys.NewKey();
    private readonly string k2 = PlatformKeys.NewKey();

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Reencrypt_moves_every_value_to_the_new_key_and_a_node_without_the_old_key_reads_them_all(DatabaseProvider provider)
    {
        await using var database = await SharedDatabase.CreateAsync(apps, provider);
        var clock = Clocks.Thursday1000Beijing();
        var phone = Sessions.NewPhone();
        var idNumber = ResidentIds.New("330902");
        const string Description = "船东拖欠三个月工资，合同到期不给结算。";
        const string Message = "补充：合同原件在船上。";
        Guid caseId;
        string userId, sealedPayload;
        (string UserName, string Secret) officer;
        DataExport exported;
        Dictionary<string, string> plainBefore;
        await using (var oldNode = await apps.StartDedicatedAsync(provider, database.Settings("k1", ("k1", k1)), clock))
        {
            var member = await Members.ActiveAsync(oldNode, phone, idNumber, "330902");
            userId = (await member.GetFromJsonAsync<MeResponse>("/api/v1/me", Ct))!.UserId;
            var filed = await member.PostAsJsonAsync("/api/v1/cases", NewCase(Description), Ct);
            caseId = (await filed.Content.ReadFromJsonAsync<CaseFiled>(Ct))!.Id;
            (await member.PostAsJsonAsync($"/api/v1/cases/{caseId}/messages", new { text = Message }, Ct)).EnsureSuccessStatusCode();
            officer = await oldNode.CreateStaffWithAuthenticatorAsync("ZJ-ZS-DH");
            sealedPayload = await FillColumnsNoJourneyWritesAsync(oldNode);
            exported = (await member.GetFromJsonAsync<DataExport>("/api/v1/me/data-export", Ct))!;
            var stored = await StoredCiphertexts.ReadAsync(oldNode);
            var cipher = oldNode.Services.GetRequiredService<FieldCipher>();
            plainBefore = stored.ToDictionary(v => v.Key, v => StoredCiphertexts.Plain(cipher, v.Value.Column, v.Value.Key, v.Value.Stored));
            StoredCiphertexts.Columns(oldNode)
                .Where(c => !stored.Values.Any(v => v.Column == c && StoredCiphertexts.KeyIds(c, v.Stored).Contains("k1")))
                .ShouldBeEmpty("every encrypted column holds k1 values before the rotation");
        }

        await using (var rotatedNode = await apps.StartDedicatedAsync(provider, database.Settings("k2", ("k1", k1), ("k2", k2)), clock))
        {
            var output = new StringWriter();

            var exitCode = await UnionHome.Web.Cli.AdminCommands.RunAsync(rotatedNode.Services, "reencrypt", ["--batch", "50"], output, TextWriter.Null);

            exitCode.ShouldBe(0, output.ToString());
            var members = plainBefore.Keys.Count(k => k.StartsWith("Member.ResidentIdCipher#", StringComparison.Ordinal));
            output.ToString().ShouldContain($"{(provider == DatabaseProvider.Postgres ? "membership.members" : "membership_members")}.ResidentIdCipher: {members} re-encrypted");
            output.ToString().ShouldNotContain(": k1");
            output.ToString().ShouldContain("every value is under k2");
        }

        await using var newNode = await apps.StartDedicatedAsync(provider, database.Settings("k2", ("k2", k2)), clock);
        var after = await StoredCiphertexts.ReadAsync(newNode);
        after.Values.SelectMany(v => StoredCiphertexts.KeyIds(v.Column, v.Stored)).Distinct().ShouldBe(["k2"]);
        var newCipher = newNode.Services.GetRequiredService<FieldCipher>();
        foreach (var (key, plain) in plainBefore)
        {
            StoredCiphertexts.Plain(newCipher, after[key].Column, after[key].Key, after[key].Stored).ShouldBe(plain, key);
        }

        // The old node sent this phone a code: the next may follow a minute later.
        clock.Advance(TimeSpan.FromSeconds(61));
        var signedIn = newNode.ClientWithToken(await newNode.MemberTokenAsync(phone));
        (await signedIn.GetFromJsonAsync<MeResponse>("/api/v1/me", Ct))!.UserId.ShouldBe(userId);
        var exportedAgain = (await signedIn.GetFromJsonAsync<DataExport>("/api/v1/me/data-export", Ct))!;
        exportedAgain.Account.Phone.ShouldBe(exported.Account.Phone);
        exportedAgain.Membership!.IdNumber.ShouldBe(idNumber);
        exportedAgain.Membership.Phone.ShouldBe(exported.Membership!.Phone);
        var view = (await signedIn.GetFromJsonAsync<CaseView>($"/api/v1/cases/{caseId}", Ct))!;
        view.Description.ShouldBe(Description);
        view.Timeline.ShouldContain(e => e.Text == Message);
        await newNode.StaffTokenAsync(officer.UserName, Sessions.StaffPassword, Sessions.TotpNow(newNode, officer.Secret));
        newNode.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(nameof(KeyRotationTests)).Unprotect(sealedPayload).ShouldBe("sealed under k1");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Reencrypt_keeps_a_value_a_node_writes_between_reading_a_batch_and_updating_it(DatabaseProvider provider)
    {
        await using var database = await SharedDatabase.CreateAsync(apps, provider);
        var clock = Clocks.Thursday1000Beijing();
        await (await apps.StartDedicatedAsync(provider, database.Settings("k1", ("k1", k1)), clock)).DisposeAsync();
        var nodeWrites = new WriteBeforeFirstBatch();
        await using var rotatedNode = await apps.StartDedicatedAsync(
            provider,
            database.Settings("k2", ("k1", k1), ("k2", k2)),
            clock,
            configureServices: services => services.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(nodeWrites)));
        // The verb goes column by column in model order and key order: this row is in its first batch.
        var column = StoredCiphertexts.Columns(rotatedNode)[0];
        var row = await StoredCiphertexts.FirstKeyUnderAsync(rotatedNode, column, "k1");
        var nodeValue = rotatedNode.Services.GetRequiredService<FieldCipher>().Encrypt("+8613312345678", column.ScopeOf(row));
        nodeWrites.Write = async () =>
        {
            await using var connection = database.Connection();
            await StoredCiphertexts.WriteAsNodeAsync(rotatedNode, connection, column, row, nodeValue);
        };
        var output = new StringWriter();

        var exitCode = await nodeWrites.RunAsync(() => UnionHome.Web.Cli.AdminCommands.RunAsync(rotatedNode.Services, "reencrypt", [], output, TextWriter.Null));

        exitCode.ShouldBe(0, output.ToString());
        nodeWrites.Fired.ShouldBeTrue();
        output.ToString().ShouldContain("1 rewritten by a node meanwhile");
        (await StoredCiphertexts.ReadAsync(rotatedNode))[$"{column}#{row}"].Stored.ShouldBe(nodeValue);
    }

    [Fact]
    public async Task Dry_run_counts_values_per_key_and_writes_nothing()
    {
        await using var database = await SharedDatabase.CreateAsync(apps, DatabaseProvider.Sqlite);
        var clock = Clocks.Thursday1000Beijing();
        await (await apps.StartDedicatedAsync(DatabaseProvider.Sqlite, database.Settings("k1", ("k1", k1)), clock)).DisposeAsync();
        await using var rotatedNode = await apps.StartDedicatedAsync(DatabaseProvider.Sqlite, database.Settings("k2", ("k1", k1), ("k2", k2)), clock);
        var before = await StoredCiphertexts.ReadAsync(rotatedNode);
        var output = new StringWriter();

        var exitCode = await UnionHome.Web.Cli.AdminCommands.RunAsync(rotatedNode.Services, "reencrypt", ["--dry-run"], output, TextWriter.Null);

        exitCode.ShouldBe(0);
        var members = before.Values.Count(v => v.Column.ToString() == "Member.ResidentIdCipher");
        output.ToString().ShouldContain($"membership_members.ResidentIdCipher: k1 {members}  <- {members} to re-encrypt");
        (await StoredCiphertexts.ReadAsync(rotatedNode)).Values.Select(v => v.Stored).ShouldBe(before.Values.Select(v => v.Stored), ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task After_the_blind_index_key_changes_reindex_lets_sign_in_and_duplicate_checks_find_existing_people(DatabaseProvider provider)
    {
        await using var database = await SharedDatabase.CreateAsync(apps, provider);
        var clock = Clocks.Thursday1000Beijing();
        var phone = Sessions.NewPhone();
        var memberId = ResidentIds.New("330902");
        var pendingId = ResidentIds.New("330902");
        string userId;
        await using (var oldNode = await apps.StartDedicatedAsync(provider, database.Settings("k1", ("k1", k1)), clock))
        {
            var member = await Members.ActiveAsync(oldNode, phone, memberId, "330902");
            userId = (await member.GetFromJsonAsync<MeResponse>("/api/v1/me", Ct))!.UserId;
            await Members.ApplyAsync(oldNode, new { name = "李海军", idNumber = pendingId, workerType = "seafarer", workRegionCode = "330902" });
        }

        database.BlindIndexKey = PlatformKeys.NewKey();
        await using var newNode = await apps.StartDedicatedAsync(provider, database.Settings("k1", ("k1", k1)), clock);
        var output = new StringWriter();
        var warning = new StringWriter();

        var exitCode = await UnionHome.Web.Cli.AdminCommands.RunAsync(newNode.Services, "reindex", ["--batch", "50"], output, warning);

        exitCode.ShouldBe(0, output.ToString());
        warning.ToString().ShouldContain("stopped");
        output.ToString().ShouldContain("PhoneIndex: ");
        output.ToString().ShouldContain("short-lived rows deleted");
        (await newNode.WithServices(sp => sp.GetRequiredService<AppDbContext>().SmsCodes.CountAsync(Ct))).ShouldBe(0);
        var signedIn = newNode.ClientWithToken(await newNode.MemberTokenAsync(phone));
        (await signedIn.GetFromJsonAsync<MeResponse>("/api/v1/me", Ct))!.UserId.ShouldBe(userId);
        // The applicant is not told whose the numbers are; staff see both applications flagged.
        var asMember = await Members.ApplyAsync(newNode, new { name = "林海", idNumber = memberId, workerType = "employee", workRegionCode = "330902" });
        var asPending = await Members.ApplyAsync(newNode, new { name = "李海军", idNumber = pendingId, workerType = "seafarer", workRegionCode = "330902" });
        var flagged = await newNode.WithServices(sp => sp.GetRequiredService<AppDbContext>().Set<UnionHome.Membership.Data.MembershipApplication>()
            .Where(a => a.Id == asMember.Id || a.Id == asPending.Id).Select(a => a.IdentityConflict).ToListAsync(Ct));
        flagged.ShouldBe([true, true]);
    }

    /// <summary>Values no journey of the test writes: a drawn lottery's seed, a half-enrolled authenticator, a Data Protection key.</summary>
    private static Task<string> FillColumnsNoJourneyWritesAsync(UnionHomeApp app) =>
        app.WithServices(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var cipher = sp.GetRequiredService<FieldCipher>();
            var eventId = await db.Set<UnionHome.Events.Data.Event>().OrderBy(e => e.Id).Select(e => e.Id).FirstAsync(Ct);
            var seed = cipher.Encrypt<UnionHome.Events.Data.Event>(new string('5', 64), nameof(UnionHome.Events.Data.Event.LotterySeedCipher), eventId);
            await db.Set<UnionHome.Events.Data.Event>().Where(e => e.Id == eventId).ExecuteUpdateAsync(s => s.SetProperty(e => e.LotterySeedCipher, seed), Ct);
            var unit = await db.OrgUnits.OrderBy(u => u.Path).Select(u => u.Id).FirstAsync(Ct);
            var callId = Guid.CreateVersion7();
            db.Add(new UnionHome.Cases.Data.HotlineCall
            {
                Id = callId, OrgUnitId = unit, Category = "work", StartedAt = new DateTime(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc), DurationSeconds = 60, RecordedBy = "test",
                CallerDescriptionCipher = cipher.Encrypt("男，约40岁，外卖骑手", CipherScope.For<UnionHome.Cases.Data.HotlineCall>(nameof(UnionHome.Cases.Data.HotlineCall.CallerDescriptionCipher), callId)),
                OutcomeCipher = cipher.Encrypt("已疏导情绪", CipherScope.For<UnionHome.Cases.Data.HotlineCall>(nameof(UnionHome.Cases.Data.HotlineCall.OutcomeCipher), callId)),
            });
            var importId = Guid.CreateVersion7();
            db.Add(new UnionHome.Membership.Data.RosterImport
            {
                Id = importId, EnterpriseId = await db.Enterprises.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync(Ct), UploadedBy = "test", FileName = "r.xlsx", FileHash = "rotation",
                Status = UnionHome.Membership.Data.RosterImportStatus.Failed, CreatedAt = new DateTime(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc),
                ContentCipher = cipher.EncryptBytes("PK\u0003\u0004"u8, CipherScope.For<UnionHome.Membership.Data.RosterImport>(nameof(UnionHome.Membership.Data.RosterImport.ContentCipher), importId)),
            });
            await db.SaveChangesAsync(Ct);
            var staffId = await db.Users.Where(u => u.UserName == "zj.staff").Select(u => u.Id).SingleAsync(Ct);
            var pending = cipher.Encrypt<UnionHome.Platform.Identity.AppUser>("JBSWY3DPEHPK3PXP", nameof(UnionHome.Platform.Identity.AppUser.PendingTotpSecretCipher), staffId);
            await db.Users.Where(u => u.Id == staffId).ExecuteUpdateAsync(s => s.SetProperty(u => u.PendingTotpSecretCipher, pending), Ct);
            return sp.GetRequiredService<IDataProtectionProvider>().CreateProtector(nameof(KeyRotationTests)).Protect("sealed under k1");
        });

    private static object NewCase(string description) =>
        new
        {
            category = "legal", urgency = "normal", description, clientRequestId = Guid.NewGuid().ToString(), location = new { lat = 29.98, lng = 122.2, datum = "wgs84" }, shipName = "浙岱渔03188",
            onBehalfOf = new { name = "张大海", relationship = "父亲" },
            images = new[] { new { data = Convert.ToBase64String([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]) } },
        };

    /// <summary>
    /// Stands in for another node: when the verb is about to open the transaction of its first batch, after reading
    /// that batch, the node writes one of its rows.
    /// </summary>
    private sealed class WriteBeforeFirstBatch : DbTransactionInterceptor
    {
        private static readonly AsyncLocal<bool> InVerb = new();
        private int fired;

        public Func<Task> Write { get; set; } = () => Task.CompletedTask;

        public bool Fired => fired == 1;

        /// <summary>Only transactions of the verb trigger the write, not those of the node's own background work.</summary>
        public async Task<int> RunAsync(Func<Task<int>> verb)
        {
            InVerb.Value = true;
            try
            {
                return await verb();
            }
            finally
            {
                InVerb.Value = false;
            }
        }

        public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
            DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            if (InVerb.Value && Interlocked.Exchange(ref fired, 1) == 0)
            {
                await Write();
            }

            return result;
        }
    }

    /// <summary>One database for nodes started one after another: a PostgreSQL database, or a SQLite file the test owns.</summary>
    private sealed class SharedDatabase(DatabaseProvider provider, string connectionString, string? directory) : IAsyncDisposable
    {
        private readonly string signingKey = PlatformKeys.NewKey();

        public static async Task<SharedDatabase> CreateAsync(Apps apps, DatabaseProvider provider)
        {
            if (provider == DatabaseProvider.Postgres)
            {
                return new SharedDatabase(provider, await apps.Postgres.CreateDatabaseAsync(), null);
            }

            var directory = Directory.CreateTempSubdirectory("unionhome-rotation-").FullName;
            var file = new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, "unionhome.db"), Pooling = true, DefaultTimeout = 30 };
            return new SharedDatabase(provider, file.ToString(), directory);
        }

        public string BlindIndexKey { get; set; } = PlatformKeys.NewKey();

        /// <summary>The settings of a node: the shared database and token key, these field keys, the current blind-index key.</summary>
        public Dictionary<string, string?> Settings(string activeKeyId, params (string Id, string Key)[] keys)
        {
            var settings = new Dictionary<string, string?>
            {
                ["ConnectionStrings:UnionHome"] = connectionString,
                ["Encryption:ActiveKeyId"] = activeKeyId,
                ["Encryption:BlindIndexKey"] = BlindIndexKey,
                ["Auth:TokenSigningKey"] = signingKey,
                ["Sms:Login:ResendInterval"] = "00:00:00",
            };
            foreach (var (id, key) in keys)
            {
                settings[$"Encryption:Keys:{id}"] = key;
            }

            return settings;
        }

        public DbConnection Connection() =>
            provider == DatabaseProvider.Postgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);

        public ValueTask DisposeAsync()
        {
            if (directory is not null)
            {
                SqliteConnection.ClearAllPools();
                try
                {
                    Directory.Delete(directory, recursive: true);
                }
                catch (IOException)
                {
                    // A file still held by a pooled connection: the temp folder is cleaned by the system later.
                }
            }

            return ValueTask.CompletedTask;
        }
    }
}
