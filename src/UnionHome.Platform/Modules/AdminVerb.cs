namespace UnionHome.Platform.Modules;

/// <summary>
/// An administration verb: `UnionHome.Web NAME [args] [--options]`. Exit codes: 0 done, 1 refused (the output says
/// why), 2 usage. It runs in its own service scope, with no request and no signed-in caller.
/// </summary>
public sealed record AdminVerb(string Name, string Usage, string Description, Func<VerbInvocation, Task<int>> RunAsync);

/// <summary>What a verb is run with: the scope's services, its arguments and where to write.</summary>
public sealed record VerbInvocation(IServiceProvider Services, string[] Arguments, VerbOptions Options, TextWriter Output, TextWriter Error)
{
    public async Task<int> UsageAsync(string usage, string? problem = null)
    {
        await Error.WriteLineAsync(problem is null ? $"usage: UnionHome.Web {usage}" : $"usage: UnionHome.Web {usage} ({problem})");
        return 2;
    }
}
