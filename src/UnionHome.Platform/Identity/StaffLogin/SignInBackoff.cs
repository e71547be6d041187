namespace UnionHome.Platform.Identity.StaffLogin;

/// <summary>Failed staff sign-ins under one key (an account on one network, or a network), and when it may try again.</summary>
public sealed class SignInBackoff
{
    public string Key { get; set; } = "";

    public int Failures { get; set; }

    public DateTime? NotBefore { get; set; }

    public DateTime LastFailureAt { get; set; }
}
