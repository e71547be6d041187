using UnionHome.Platform.Encryption;

namespace UnionHome.Platform.Identity.SmsLogin;

/// <summary>One code sent to one phone. Only its keyed hash is stored, never the digits.</summary>
public sealed class SmsCode
{
    public Guid Id { get; set; }

    [BlindIndex(BlindIndex.Purposes.Phone)]
    public string PhoneIndex { get; set; } = "";

    [BlindIndex(BlindIndex.Purposes.SmsCode)]
    public string CodeHash { get; set; } = "";

    [BlindIndex(BlindIndex.Purposes.IpAddress)]
    public string IpIndex { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public int FailedAttempts { get; set; }

    public DateTime? ConsumedAt { get; set; }
}

/// <summary>Per-phone sending counters, advanced by a conditional update so that nodes cannot race past them.</summary>
public sealed class SmsPhoneQuota
{
    [BlindIndex(BlindIndex.Purposes.Phone)]
    public string PhoneIndex { get; set; } = "";

    public DateTime LastSentAt { get; set; }

    /// <summary>The China-time calendar day the counter belongs to, as yyyyMMdd.</summary>
    public int Day { get; set; }

    public int SentToday { get; set; }
}
