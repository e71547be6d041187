using Microsoft.AspNetCore.Http;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Identity;

namespace UnionHome.Platform.Api;

internal sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    private Caller? Caller => accessor.HttpContext is { } http ? Identity.Caller.From(http.User) : null;

    public string Id => Caller?.UserId ?? "anonymous";

    public string Name => Caller?.DisplayName ?? "anonymous";

    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
