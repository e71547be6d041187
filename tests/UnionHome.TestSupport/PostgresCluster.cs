using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace UnionHome.TestSupport;

/// <summary>
/// A throwaway PostgreSQL cluster for the test run: initdb into a temporary folder, started on a free loopback
/// port, stopped and deleted at the end. UNIONHOME_TEST_POSTGRES (a connection string) uses an existing server instead.
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime
{
    private string? directory;
    private string? binaries;

    public string AdminConnectionString { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        var existing = Environment.GetEnvironmentVariable("UNIONHOME_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(existing))
        {
            AdminConnectionString = existing;
            return;
        }

        binaries = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        if (binaries is null)
        {
            throw new InvalidOperationException("PostgreSQL is not installed: apt-get install -y postgresql, or set UNIONHOME_TEST_POSTGRES.");
        }

        directory = Directory.CreateTempSubdirectory("unionhome-pg-").FullName;
        var port = FreePort();
        await RunAsync("chown", $"postgres:postgres {directory}");
        await AsPostgresAsync("initdb", $"-D {directory}/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8");
        await AsPostgresAsync(
            "pg_ctl",
            $"-D {directory}/data -l {directory}/log -w -o \"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories={directory} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\" start");
        AdminConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;SSL Mode=Disable;Pooling=false";
    }

    /// <summary>A new empty database for one application instance.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"uh_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (directory is null || binaries is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await AsPostgresAsync("pg_ctl", $"-D {directory}/data -m immediate stop");
        Directory.Delete(directory, recursive: true);
    }

    private Task AsPostgresAsync(string tool, string arguments) =>
        Environment.UserName == "postgres"
            ? RunAsync(Path.Combine(binaries!, tool), arguments)
            : RunAsync("runuser", $"-u postgres -- {Path.Combine(binaries!, tool)} {arguments}");

    private static async Task RunAsync(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException($"Could not start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}): {await output} {await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
