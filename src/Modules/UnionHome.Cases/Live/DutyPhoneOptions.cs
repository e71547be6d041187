namespace UnionHome.Cases.Live;

/// <summary>Configuration section "Cases:DutyPhone".</summary>
internal sealed class DutyPhoneOptions
{
    /// <summary>Emergency texts one unit's duty phone gets in a clock hour; past it, one summary text and then silence until the next hour.</summary>
    public int TextsPerHour { get; set; } = 10;
}
