using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;

namespace UnionHome.Platform.StaffConsole;

/// <summary>
/// Where a node reaches its own hubs from the server side of a console circuit: <c>Console:InternalUrl</c> when set,
/// otherwise the first address the node listens on. Never the browser's base URI: the Host header can name any server,
/// and the circuit would send it a freshly minted staff token.
/// </summary>
public sealed class InternalAddress(IConfiguration configuration, IServer server)
{
    public const string Setting = "Console:InternalUrl";

    /// <summary>The absolute address of a path on this node, or null when the node listens nowhere it can name (a test host).</summary>
    public Uri? Of(string path)
    {
        var configured = configuration[Setting];
        var listening = string.IsNullOrWhiteSpace(configured)
            ? server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            : configured;
        if (listening is null)
        {
            return null;
        }

        // Kestrel reports wildcard bindings as http://+:80, http://*:80, http://0.0.0.0:80 or http://[::]:80.
        var builder = new UriBuilder(listening.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (builder.Host is "0.0.0.0" or "[::]" or "::")
        {
            builder.Host = "localhost";
        }

        builder.Path = builder.Path.TrimEnd('/') + path;
        return builder.Uri;
    }
}
