using UnionHome.Web.Cli;
using UnionHome.Web.Hosting;

var verb = AdminCommands.VerbOf(args);
// Verbs take their own --options; only --Key=Value settings pass through to configuration.
var builder = WebApplication.CreateBuilder(verb is null ? args : [.. args[1..].Where(a => a.Contains('=', StringComparison.Ordinal))]);
builder.AddUnionHome();
var app = builder.Build();

if (verb is not null)
{
    return await AdminCommands.RunAsync(app.Services, verb, args[1..], Console.Out, Console.Error);
}

await app.PrepareDatabaseAsync();
app.UseUnionHome();
await app.RunAsync();
return 0;

public partial class Program;
