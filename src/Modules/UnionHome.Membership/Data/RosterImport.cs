using UnionHome.Platform.Encryption;

namespace UnionHome.Membership.Data;

internal enum RosterImportStatus
{
    Queued,
    Running,
    Completed,
    Failed,
}

/// <summary>One uploaded roster (批量入会) and its progress; the file is kept until it has been processed.</summary>
internal sealed class RosterImport
{
    public Guid Id { get; set; }

    public Guid EnterpriseId { get; set; }

    public string UploadedBy { get; set; } = "";

    public string FileName { get; set; } = "";

    public string FileHash { get; set; } = "";

    /// <summary>The uploaded workbook, encrypted, until the import finishes; then null.</summary>
    [Encrypted]
    public string? ContentCipher { get; set; }

    public RosterImportStatus Status { get; set; }

    public int Total { get; set; }

    public int Processed { get; set; }

    public int Imported { get; set; }

    public int Rejected { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? CompletedAt { get; set; }

    public DateTime? LockedUntil { get; set; }

    /// <summary>Which worker holds the claim: only it may extend the claim and write progress.</summary>
    public Guid? ClaimToken { get; set; }

    public string? Error { get; set; }
}

/// <summary>A row the import could not take, with the reason in Chinese; ID numbers only masked.</summary>
internal sealed class RosterImportIssue
{
    public long Id { get; set; }

    public Guid ImportId { get; set; }

    public int Row { get; set; }

    public string Column { get; set; } = "";

    public string Value { get; set; } = "";

    public string Reason { get; set; } = "";
}
