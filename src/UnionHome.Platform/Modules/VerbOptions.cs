namespace UnionHome.Platform.Modules;

/// <summary>A verb's --name value pairs and bare --flags.</summary>
public sealed class VerbOptions
{
    private readonly Dictionary<string, string?> values = new(StringComparer.Ordinal);

    public string? this[string name] => values.GetValueOrDefault(name);

    public bool Has(string name) => values.ContainsKey(name);

    public string? Missing(params string[] required) => required.FirstOrDefault(r => string.IsNullOrWhiteSpace(this[r]));

    public static VerbOptions Parse(string[] args)
    {
        var options = new VerbOptions();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                continue;
            }

            var name = args[i][2..];
            var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            options.values[name] = hasValue ? args[++i] : null;
        }

        return options;
    }
}
