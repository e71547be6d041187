namespace UnionHome.TestSupport;

/// <summary>Valid resident ID numbers (GB 11643) that no other test uses.</summary>
public static class ResidentIds
{
    private static int next = Random.Shared.Next(0, 10_000);

    /// <summary>Each call moves the birth date on a day, so a run can make tens of thousands without repeating one.</summary>
    public static string New(string region = "330902", bool female = false)
    {
        var n = Interlocked.Increment(ref next);
        var birthDate = new DateOnly(1960, 1, 1).AddDays(n % 15_000);
        var sequence = (((n / 15_000) % 500) * 2) + (female ? 0 : 1);
        var body = $"{region}{birthDate:yyyyMMdd}{sequence:D3}";
        return body + CheckCharacter(body);
    }

    public static char CheckCharacter(string body17) => UnionHome.Platform.Validation.ResidentIdNumber.CheckCharacterFor(body17);
}
