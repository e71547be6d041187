namespace UnionHome.Web.Cli;

/// <summary>Reads a password from standard input: one line when piped, typed without echo at a terminal.</summary>
internal static class Passwords
{
    public static async Task<string?> ReadAsync(TextReader input, TextWriter prompt)
    {
        if (!ReferenceEquals(input, Console.In) || Console.IsInputRedirected)
        {
            return (await input.ReadLineAsync())?.TrimEnd('\r');
        }

        await prompt.WriteAsync("Password: ");
        var typed = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        await prompt.WriteLineAsync();
        return typed.ToString();
    }
}
