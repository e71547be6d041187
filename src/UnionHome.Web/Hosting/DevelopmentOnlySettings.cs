namespace UnionHome.Web.Hosting;

/// <summary>
/// Settings that trade security for a quick demo: seeded accounts with a published password, staff in without an
/// authenticator, keys read from a file next to the data. A server outside Development refuses to start with one on.
/// </summary>
internal static class DevelopmentOnlySettings
{
    private static readonly string[] Names = ["Demo:SeedOnStart", "Demo:SkipStaffTotp", "Encryption:AllowDevelopmentKeyFile"];

    public static void EnsureOffOutsideDevelopment(IConfiguration configuration, IHostEnvironment environment)
    {
        if (environment.IsDevelopment())
        {
            return;
        }

        var on = Names.Where(name => configuration.GetValue<bool>(name)).ToList();
        if (on.Count > 0)
        {
            throw new InvalidOperationException(
                $"UnionHome refuses to start in the {environment.EnvironmentName} environment with {string.Join(", ", on)} set to true: " +
                "these settings are for a developer's machine only. Remove them and give real keys (see docs/operations.md).");
        }
    }
}
