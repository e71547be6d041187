using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using UnionHome.Platform.Data;
using UnionHome.Platform.Modules;

namespace UnionHome.Web.Cli;

/// <summary>
/// <c>backup --to FILE</c>: a consistent copy of the SQLite database while the node keeps running, through SQLite's
/// online backup (copying the file itself would catch it mid-write). PostgreSQL is backed up with pg_dump instead;
/// the verb says how rather than wrapping a tool whose version must match the server's.
/// </summary>
internal static class BackupCommand
{
    public static async Task<int> RunAsync(AppDbContext db, VerbOptions options, TextWriter output, TextWriter error)
    {
        if (db.Provider == DatabaseProvider.Postgres)
        {
            await error.WriteLineAsync("backup copies the embedded SQLite database. For PostgreSQL use pg_dump while the nodes run, e.g.");
            await error.WriteLineAsync("  pg_dump -h HOST -U USER -Fc -f unionhome-$(date -u +%Y%m%dT%H%MZ).dump DATABASE   (docs/operations.md, Backups)");
            return 1;
        }

        if (options.Missing("to") is not null)
        {
            await error.WriteLineAsync("usage: UnionHome.Web backup --to FILE");
            return 2;
        }

        var target = Path.GetFullPath(options["to"]!);
        if (File.Exists(target))
        {
            await error.WriteLineAsync($"{target} exists: backup never overwrites a file, choose a new name.");
            return 1;
        }

        // Owner-only from the first byte: the copy holds names and case details, and a CLI run ignores the unit's UMask.
        var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (new FileStream(target, create))
        {
        }

        try
        {
            var integrity = await CopyAsync(db.Database.GetConnectionString()!, target);
            if (integrity != "ok")
            {
                File.Delete(target);
                await error.WriteLineAsync($"the copy failed its integrity check and was deleted: {integrity}");
                return 1;
            }
        }
        catch
        {
            SqliteConnection.ClearAllPools();
            File.Delete(target); // a half-written copy must not pass for a backup, nor block the next attempt
            throw;
        }

        await output.WriteLineAsync($"Backed up to {target} ({new FileInfo(target).Length / 1024} KiB), integrity check ok.");
        await output.WriteLineAsync(
            "The copy is personal data: store it like the database. Without the keys (Encryption:*, kept apart from it) its encrypted columns stay closed " +
            "(ID numbers, phones, case descriptions and messages, positions, images, hotline notes, texts), but the rest is readable without the keys: " +
            "names, member numbers, work regions, unions and enterprises, case categories, dates and ratings, notifications and the audit log.");
        return 0;
    }

    private static async Task<string?> CopyAsync(string sourceConnectionString, string target)
    {
        await using var source = new SqliteConnection(sourceConnectionString);
        await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ConnectionString);
        await source.OpenAsync();
        await copy.OpenAsync();
        source.BackupDatabase(copy);
        await using var check = copy.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        return (string?)await check.ExecuteScalarAsync();
    }
}
