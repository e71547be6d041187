using System.Net.Http.Json;
using UnionHome.Platform.Data;
using UnionHome.Tests.Infrastructure;
using UnionHome.Tests.Membership;
using UnionHome.Web.Cli;

namespace UnionHome.Tests.Operations;

[Collection(PlatformCollection.Name)]
public sealed class BackupCommandTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_backup_message_says_what_anyone_holding_the_copy_can_read_without_the_keys()
    {
        var target = Path.Combine(Path.GetTempPath(), $"unionhome-backup-{Guid.NewGuid():N}.db");
        var output = new StringWriter();
        try
        {
            (await AdminCommands.RunAsync(apps[DatabaseProvider.Sqlite].Services, "backup", ["backup", "--to", target], output, TextWriter.Null)).ShouldBe(0);
        }
        finally
        {
            File.Delete(target);
        }

        var message = output.ToString();
        message.ShouldNotContain("unreadable without them");
        message.ShouldContain("readable without the keys");
        message.ShouldContain("names");
    }

    [Fact]
    public async Task A_sqlite_backup_taken_while_the_node_writes_restores_into_a_node_that_reads_everything()
    {
        var keys = Deployment.Keys();
        var clock = Clocks.Thursday1000Beijing();
        await using var node = await apps.StartDedicatedAsync(DatabaseProvider.Sqlite, keys, clock);
        var member = await Members.ActiveAsync(node, Sessions.NewPhone(), ResidentIds.New("330902"), "330902");
        var membership = await member.GetStringAsync("/api/v1/me/membership", Ct);
        var target = Path.Combine(Path.GetTempPath(), $"unionhome-backup-{Guid.NewGuid():N}.db");
        var restoredData = Directory.CreateTempSubdirectory("unionhome-restored-").FullName;
        try
        {
            using var stop = new CancellationTokenSource();
            var anonymous = node.Anonymous();
            var writer = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    await anonymous.PostAsJsonAsync("/api/v1/auth/sms-code", new { phone = Sessions.NewPhone() }, CancellationToken.None);
                }
            }, Ct);

            var exit = await AdminCommands.RunAsync(node.Services, "backup", ["backup", "--to", target], TextWriter.Null, TextWriter.Null);
            await stop.CancelAsync();
            await writer;

            exit.ShouldBe(0);
            if (!OperatingSystem.IsWindows())
            {
                File.GetUnixFileMode(target).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite, "the copy holds personal data");
            }

            File.Copy(target, Path.Combine(restoredData, "unionhome.db"));
            await using var restored = await apps.StartDedicatedAsync(DatabaseProvider.Sqlite, new(keys) { ["Storage:DataDirectory"] = restoredData }, clock);
            var token = member.DefaultRequestHeaders.Authorization!.Parameter!;
            (await restored.ClientWithToken(token).GetStringAsync("/api/v1/me/membership", Ct)).ShouldBe(membership);
            (await AdminCommands.RunAsync(restored.Services, "verify-audit", [], TextWriter.Null, TextWriter.Null)).ShouldBe(0);
            (await AdminCommands.RunAsync(node.Services, "backup", ["backup", "--to", target], TextWriter.Null, TextWriter.Null)).ShouldBe(1, "an existing file is never overwritten");
        }
        finally
        {
            File.Delete(target);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(restoredData, recursive: true);
        }
    }

    [Fact]
    public async Task Backup_on_postgres_refuses_and_names_pg_dump()
    {
        var error = new StringWriter();

        var exit = await AdminCommands.RunAsync(apps[DatabaseProvider.Postgres].Services, "backup", ["backup", "--to", "/tmp/x.db"], TextWriter.Null, error);

        exit.ShouldBe(1);
        error.ToString().ShouldContain("pg_dump");
    }
}
