namespace UnionHome.Platform.Audit;

/// <summary>Who is acting: the signed-in person of a request, or the operator at the command line.</summary>
public interface IAuditActor
{
    string Id { get; }

    string Name { get; }

    string? IpAddress { get; }
}

public sealed record FixedAuditActor(string Id, string Name, string? IpAddress = null) : IAuditActor;
