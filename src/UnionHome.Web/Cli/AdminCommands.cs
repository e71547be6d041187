using Microsoft.EntityFrameworkCore;
using UnionHome.Modules;
using UnionHome.Platform.Administration;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Modules;
using UnionHome.Web.Demo;

namespace UnionHome.Web.Cli;

/// <summary>
/// Administration verbs on the same executable: what a fresh production install needs before anyone can sign in.
/// Exit codes: 0 done, 1 refused (the message says why), 2 usage.
/// </summary>
internal static class AdminCommands
{
    private static readonly string[] KernelVerbs = ["migrate", "seed-demo", "verify-audit", "create-enterprise", "create-user", "set-password", "enrol-totp", "create-org-unit", "backup", "reencrypt", "reindex"];

    private static IEnumerable<AdminVerb> ModuleVerbs => ModuleList.All.SelectMany(m => m.Verbs);

    public static string? VerbOf(string[] args) =>
        args.Length > 0 && (KernelVerbs.Contains(args[0]) || ModuleVerbs.Any(v => v.Name == args[0])) ? args[0] : null;

    public static Task<int> RunAsync(IServiceProvider root, string verb, string[] args, TextWriter output, TextWriter error) =>
        RunAsync(root, verb, args, output, error, Console.In);

    /// <summary>Passwords come from <paramref name="input"/> (standard input), never from the arguments a process list shows.</summary>
    public static async Task<int> RunAsync(IServiceProvider root, string verb, string[] args, TextWriter output, TextWriter error, TextReader input)
    {
        var options = VerbOptions.Parse(args);
        await using var scope = root.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var actor = new FixedAuditActor($"cli:{Environment.UserName}", $"命令行 {Environment.UserName}");
        var audit = new AuditLog(db, actor, services.GetRequiredService<TimeProvider>());
        var accounts = ActivatorUtilities.CreateInstance<Accounts>(services, audit);

        switch (verb)
        {
            case "migrate":
                await db.Database.MigrateAsync();
                await output.WriteLineAsync($"Database is up to date ({db.Provider}).");
                return 0;

            case "seed-demo":
                await db.Database.MigrateAsync();
                await ActivatorUtilities.CreateInstance<DemoSeeder>(services, accounts, audit).SeedAsync(CancellationToken.None);
                await output.WriteLineAsync("Demo data is in place. Accounts and passwords: see README.md.");
                return 0;

            case "verify-audit":
                var verification = await ActivatorUtilities.CreateInstance<AuditVerifier>(services, db).VerifyAsync(CancellationToken.None);
                var counts = $"{verification.EntriesChecked} entries, {verification.CheckpointsChecked} signed checkpoints, {verification.WaitingToBeSealed} waiting to be sealed";
                if (verification.Intact)
                {
                    await output.WriteLineAsync($"Audit log intact: {counts}.");
                    return 0;
                }

                await output.WriteLineAsync($"Audit log BROKEN ({counts}); {verification.Problems.Count} problems:");
                foreach (var problem in verification.Problems)
                {
                    await output.WriteLineAsync($"  {problem}");
                }

                return 1;

            case "backup":
                return await BackupCommand.RunAsync(db, options, output, error);

            case "reencrypt":
                return await KeyRotationCommands.ReencryptAsync(services, audit, options, output, error);

            case "reindex":
                return await KeyRotationCommands.ReindexAsync(services, audit, options, output, error);

            case "create-enterprise":
                if (options.Missing("uscc", "name", "region") is { } missingEnterprise)
                {
                    return await UsageAsync(error, $"create-enterprise --uscc CODE --name NAME --region CODE [--union ORG] [--industry TEXT] (missing --{missingEnterprise})");
                }

                var enterprise = await accounts.CreateEnterpriseAsync(options["uscc"]!, options["name"]!, options["region"]!, options["union"], options["industry"], CancellationToken.None);
                return await ReportAsync(output, error, enterprise, e => $"Enterprise {e.Name} ({e.CreditCode}) created: {e.Id}");

            case "create-org-unit":
                if (options.Missing("code", "name", "kind", "region") is { } missingUnit)
                {
                    return await UsageAsync(error, $"create-org-unit --code CODE --name NAME --kind KIND --region CODE [--parent ORG] [--uscc CODE] (missing --{missingUnit})");
                }

                if (!Enum.TryParse<UnionHome.Platform.Organization.OrgUnitKind>(options["kind"], ignoreCase: true, out var kind))
                {
                    return await UsageAsync(error, $"--kind must be one of: {string.Join(", ", Enum.GetNames<UnionHome.Platform.Organization.OrgUnitKind>())}");
                }

                var unit = await accounts.CreateOrgUnitAsync(options["code"]!, options["name"]!, kind, options["region"]!, options["parent"], options["uscc"], CancellationToken.None);
                return await ReportAsync(output, error, unit, u => $"Org unit {u.Name} ({u.Code}) created: {u.Id}");

            case "create-user":
                if (options.Missing("role", "user") is { } missingUser)
                {
                    return await UsageAsync(error, $"create-user --role ROLE --user NAME [--org ORG] [--enterprise USCC] [--phone P] [--name DISPLAY] [--totp] (missing --{missingUser}; the password of a staff account is read from standard input)");
                }

                if (options.Has("password"))
                {
                    return await UsageAsync(error, "create-user takes no --password: arguments show in the process list and shell history; give the password on standard input");
                }

                var password = UnionHome.Platform.Identity.Roles.PasswordSignIn.Contains(options["role"]!) ? await Passwords.ReadAsync(input, error) : null;
                var user = await accounts.CreateUserAsync(
                    new NewUser(options["role"]!, options["user"]!, password, options["name"], options["org"], options["enterprise"], options["phone"], options.Has("totp"), MustChangePassword: password is not null),
                    CancellationToken.None);
                return await ReportAsync(output, error, user, u => u.TotpSecret is null
                    ? $"User {u.User.UserName} created: {u.User.Id}"
                    : $"User {u.User.UserName} created: {u.User.Id}\nTOTP secret (shown once, add it to an authenticator app): {u.TotpSecret}");

            case "set-password":
                if (options.Missing("user") is not null || options.Has("password"))
                {
                    return await UsageAsync(error, "set-password --user NAME (the new password is read from standard input; the account must replace it at its next sign-in)");
                }

                var passwords = ActivatorUtilities.CreateInstance<UnionHome.Platform.Identity.StaffLogin.StaffPasswords>(services, audit);
                var reset = await passwords.ResetAsync(options["user"]!, await Passwords.ReadAsync(input, error), CancellationToken.None);
                return await ReportAsync(output, error, reset, u => $"Password of {u.UserName} reset; it must be changed at the next sign-in.");

            case "enrol-totp":
                if (options.Missing("user") is not null)
                {
                    return await UsageAsync(error, "enrol-totp --user NAME [--secret-from-stdin] (binds a new authenticator at the server; prints the secret once unless it was given on standard input)");
                }

                var given = options.Has("secret-from-stdin") ? (await input.ReadLineAsync())?.Trim() : null;
                var enrolled = await accounts.EnrolTotpAsync(options["user"]!, given, CancellationToken.None);
                return await ReportAsync(output, error, enrolled, secret => given is null
                    ? $"Authenticator of {options["user"]} bound. TOTP secret (shown once, add it to an authenticator app): {secret}"
                    : $"Authenticator of {options["user"]} bound.");

            default:
                return ModuleVerbs.FirstOrDefault(v => v.Name == verb) is { } moduleVerb
                    ? await moduleVerb.RunAsync(new VerbInvocation(services, args, options, output, error))
                    : await UsageAsync(error, $"unknown verb {verb}");
        }
    }

    private static async Task<int> ReportAsync<T>(TextWriter output, TextWriter error, UnionHome.Platform.Errors.Result<T> result, Func<T, string> describe)
    {
        if (result.Succeeded)
        {
            await output.WriteLineAsync(describe(result.Value));
            return 0;
        }

        await error.WriteLineAsync($"{result.Error.Code}: {result.Error.Message}");
        return 1;
    }

    private static async Task<int> UsageAsync(TextWriter error, string message)
    {
        await error.WriteLineAsync($"usage: UnionHome.Web {message}");
        return 2;
    }
}
