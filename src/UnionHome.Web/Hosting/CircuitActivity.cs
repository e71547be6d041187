using Microsoft.AspNetCore.Components.Server.Circuits;

namespace UnionHome.Web.Hosting;

/// <summary>When the person at a console circuit last did something; the idle limit counts from it.</summary>
internal sealed class CircuitActivity(TimeProvider time)
{
    public DateTimeOffset LastSeen { get; set; } = time.GetUtcNow();
}

internal sealed class CircuitActivityHandler(CircuitActivity activity, TimeProvider time) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        context =>
        {
            activity.LastSeen = time.GetUtcNow();
            return next(context);
        };
}
