namespace UnionHome.Platform.Audit;

/// <summary>
/// One line of the append-only audit log. Writers only insert it (with a mark in <see cref="AuditPending"/>); the
/// <see cref="AuditSealer"/> later gives it a leaf of the log's Merkle tree (<see cref="AuditLeaf"/>) under a signed
/// <see cref="AuditCheckpoint"/>.
/// </summary>
public sealed class AuditEntry : Organization.IOrgOwned
{
    /// <summary>The order entries were written in (a database sequence on PostgreSQL); not the leaf index.</summary>
    public long Sequence { get; set; }

    public Guid Id { get; set; }

    public DateTime At { get; set; }

    public string ActorId { get; set; } = "";

    public string ActorName { get; set; } = "";

    /// <summary>What was done, e.g. user.created, phone.revealed, totp.enrolled.</summary>
    public string Action { get; set; } = "";

    public string Target { get; set; } = "";

    public string? Details { get; set; }

    public Guid? OrgUnitId { get; set; }

    public string? IpAddress { get; set; }
}

/// <summary>An entry written but not yet sealed: the sealer's queue, small however long the log grows.</summary>
public sealed class AuditPending
{
    public Guid EntryId { get; set; }
}

/// <summary>An entry's place in the Merkle tree and its leaf hash (RFC 9162), fixed when it is sealed.</summary>
public sealed class AuditLeaf
{
    public long LeafIndex { get; set; }

    public Guid EntryId { get; set; }

    public string Hash { get; set; } = "";
}

/// <summary>
/// The tree after a sealing: its size, root and frontier, signed with a key the database does not hold. A copy of
/// each goes to an append-only file outside the database (<see cref="AuditCheckpointFile"/>).
/// </summary>
public sealed class AuditCheckpoint
{
    public long TreeSize { get; set; }

    public string RootHash { get; set; } = "";

    /// <summary>The roots of the perfect subtrees the leaves decompose into, so the next sealing starts from here.</summary>
    public string Frontier { get; set; } = "";

    public DateTime SealedAt { get; set; }

    public string KeyId { get; set; } = "";

    public string Signature { get; set; } = "";
}
