using System.Text;
using UnionHome.Platform.Data;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Encryption;

[Collection(PlatformCollection.Name)]
public sealed class DataAtRestTests(Apps apps)
{
    [Fact]
    public async Task No_phone_number_appears_in_plaintext_anywhere_in_the_database_files()
    {
        await using var app = await apps.StartDedicatedAsync(DatabaseProvider.Sqlite);
        var phone = Sessions.NewPhone();
        await app.MemberTokenAsync(phone);

        var files = Directory.GetFiles(app.DataDirectory, "unionhome.db*");
        files.ShouldNotBeEmpty();
        foreach (var file in files)
        {
            var content = Encoding.Latin1.GetString(await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken));
            content.ShouldNotContain(phone, customMessage: file);
            content.ShouldNotContain("13800138000", customMessage: file);
        }
    }
}
