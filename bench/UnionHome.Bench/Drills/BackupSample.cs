using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Web.Hosting;

namespace UnionHome.Bench.Drills;

/// <summary>
/// For the backup and restore drill: decrypts the first COUNT members (resident id, phone), accounts (phone),
/// cases (description) and case entries (text) of the database the configuration points at, in id order, and
/// prints one line per record with an HMAC of the plain values under the run's key (UH_SAMPLE_KEY, hex, the same for
/// both runs) and a masked preview, never the values. Run against the original and the restored database, the two
/// outputs must be identical.
/// </summary>
internal static class BackupSample
{
    public static async Task<int> RunAsync(int count)
    {
        var builder = WebApplication.CreateBuilder([]);
        builder.AddUnionHome();
        await using var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var cipher = scope.ServiceProvider.GetRequiredService<FieldCipher>();
        await db.Database.OpenConnectionAsync();
        var key = Convert.FromHexString(Environment.GetEnvironmentVariable("UH_SAMPLE_KEY")
            ?? throw new InvalidOperationException("set UH_SAMPLE_KEY to the same random hex key for both runs"));

        var decrypted = 0;
        // Each value is bound to its entity, property and row: the sample opens it there.
        async Task SampleAsync(string kind, string table, string entity, params string[] properties)
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT \"Id\", {string.Join(", ", properties.Select(p => $"\"{p}\""))} FROM {table} ORDER BY \"Id\" LIMIT {count}";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var plain = new List<string>();
                for (var i = 1; i < reader.FieldCount; i++)
                {
                    plain.Add(reader.IsDBNull(i) ? "" : cipher.Decrypt(reader.GetString(i), new CipherScope(entity, properties[i - 1], CipherScope.RowKey(reader.GetValue(0)))));
                }

                decrypted++;
                var digest = Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(string.Join("\u001f", plain))))[..16];
                Console.WriteLine($"{kind} {reader.GetValue(0)} {digest} {string.Join(" ", plain.Select(Mask))}");
            }
        }

        await SampleAsync("member", TableNaming.QualifiedName("membership", "members", db.Provider), "Member", "ResidentIdCipher", "PhoneCipher");
        await SampleAsync("account", TableNaming.QualifiedName("platform", "users", db.Provider), "AppUser", "PhoneCipher");
        await SampleAsync("case", TableNaming.QualifiedName("cases", "cases", db.Provider), "HelpCase", "DescriptionCipher");
        await SampleAsync("entry", TableNaming.QualifiedName("cases", "case_entries", db.Provider), "CaseEntry", "BodyCipher");
        Console.Error.WriteLine($"{decrypted} records decrypted");
        return decrypted > 0 ? 0 : 1;
    }

    private static string Mask(string value) => value.Length <= 4 ? new string('*', value.Length) : value[..2] + new string('*', Math.Min(6, value.Length - 4)) + value[^2..];
}
