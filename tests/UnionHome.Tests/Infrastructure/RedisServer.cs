using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace UnionHome.Tests.Infrastructure;

/// <summary>
/// A throwaway Redis for the tests that run several nodes: redis-server on a free loopback port with nothing saved
/// to disk, stopped and its folder deleted at the end. UNIONHOME_TEST_REDIS (host:port) uses an existing server instead.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private Process? server;
    private string? directory;

    /// <summary>The value for <c>Redis:Connection</c>.</summary>
    public string Connection { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        var existing = Environment.GetEnvironmentVariable("UNIONHOME_TEST_REDIS");
        if (!string.IsNullOrWhiteSpace(existing))
        {
            Connection = existing;
            return;
        }

        var executable = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Append("/usr/bin").Append("/usr/sbin")
            .Select(d => Path.Combine(d, "redis-server"))
            .FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("redis-server is not installed: apt-get install -y redis-server (test.sh does), or set UNIONHOME_TEST_REDIS.");

        directory = Directory.CreateTempSubdirectory("unionhome-redis-").FullName;
        var port = FreePort();
        // Not daemonized: the fixture holds the process and can stop it; the log goes to the folder, not the test output.
        server = Process.Start(new ProcessStartInfo(
            executable,
            ["--port", $"{port}", "--bind", "127.0.0.1", "--dir", directory, "--logfile", Path.Combine(directory, "log"), "--save", "", "--appendonly", "no"]))
            ?? throw new InvalidOperationException($"Could not start {executable}");
        Connection = $"127.0.0.1:{port}";
        await WaitForPongAsync(port);
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            server.Kill();
            await server.WaitForExitAsync();
            server.Dispose();
        }

        if (directory is not null)
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private async Task WaitForPongAsync(int port)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (server!.HasExited)
            {
                break;
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                var stream = client.GetStream();
                await stream.WriteAsync("PING\r\n"u8.ToArray());
                var reply = new byte[7];
                var read = await stream.ReadAsync(reply);
                if (Encoding.ASCII.GetString(reply, 0, read).StartsWith("+PONG", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (SocketException)
            {
                // Not listening yet.
            }

            await Task.Delay(50);
        }

        var log = Path.Combine(directory!, "log");
        throw new InvalidOperationException($"redis-server did not answer on port {port}: {(File.Exists(log) ? await File.ReadAllTextAsync(log) : "no log")}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
