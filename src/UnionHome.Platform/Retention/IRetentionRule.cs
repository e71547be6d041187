namespace UnionHome.Platform.Retention;

/// <summary>
/// One kind of record the platform keeps only for a while (PIPL art. 19: no longer than the purpose needs). A module
/// registers one per kind with a single line: <c>services.AddScoped&lt;IRetentionRule, ClosedCasesRetention&gt;();</c>.
/// The kernel's sweep runs every rule on every node, batch by batch, each batch in its own write transaction.
/// </summary>
public interface IRetentionRule
{
    /// <summary>The kind of record, PascalCase: its period is set as <c>Retention:Periods:{Name}</c>, and the audit log names it.</summary>
    string Name { get; }

    /// <summary>How long a record is kept when the settings do not say; each rule says from which instant it counts.</summary>
    TimeSpan DefaultPeriod { get; }

    /// <summary>
    /// Deletes or anonymises at most <paramref name="batchSize"/> records that fell due before <paramref name="cutoff"/>,
    /// inside the sweep's write transaction (the sweep saves once and commits; write set-based, or change tracked
    /// entities). Several nodes sweep at once: claim the batch with <see cref="RetentionClaims.ClaimAsync"/> and write with
    /// statements that still require the record to be due, so that each record is changed and counted by one node only.
    /// Returns how many records this call changed; a batch that changes none ends the rule's pass on this node.
    /// </summary>
    Task<int> ApplyAsync(DateTime cutoff, int batchSize, CancellationToken cancellationToken);
}
