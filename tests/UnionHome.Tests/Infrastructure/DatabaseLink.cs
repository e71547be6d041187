using System.Net;
using System.Net.Sockets;

namespace UnionHome.Tests.Infrastructure;

/// <summary>
/// A TCP pipe between a node and its database that a test can cut and restore, the way a database restart or a
/// failover looks from the node: open connections drop, new ones are refused, then it is back on the same address.
/// </summary>
public sealed class DatabaseLink(string targetHost, int targetPort) : IAsyncDisposable
{
    private readonly List<TcpClient> open = [];
    private TcpListener? listener;
    private CancellationTokenSource? accepting;

    public int Port { get; private set; }

    public void Connect()
    {
        listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        accepting = new CancellationTokenSource();
        _ = AcceptAsync(listener, accepting.Token);
    }

    /// <summary>Drops every open connection and refuses new ones until <see cref="Connect"/>.</summary>
    public void Cut()
    {
        accepting?.Cancel();
        listener?.Stop();
        lock (open)
        {
            foreach (var client in open)
            {
                if (client.Client is { Connected: true } socket)
                {
                    socket.LingerState = new LingerOption(true, 0); // a reset, as when the server process dies
                }

                client.Dispose();
            }

            open.Clear();
        }
    }

    private async Task AcceptAsync(TcpListener from, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient node;
            try
            {
                node = await from.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var database = new TcpClient();
            await database.ConnectAsync(targetHost, targetPort, cancellationToken);
            lock (open)
            {
                open.Add(node);
                open.Add(database);
            }

            _ = PipeAsync(node, database);
            _ = PipeAsync(database, node);
        }
    }

    private static async Task PipeAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream());
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or SocketException)
        {
            // Cut: the other direction sees it too.
        }
        finally
        {
            to.Dispose();
        }
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        accepting?.Dispose();
        return ValueTask.CompletedTask;
    }
}
