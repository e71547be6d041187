using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using UnionHome.Platform.Encryption;

namespace UnionHome.Tests.Encryption;

public sealed class DevKeyFileTests
{
    [Fact]
    public void The_development_e_card_key_file_is_readable_by_its_owner_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var directory = Directory.CreateTempSubdirectory("unionhome-keys-").FullName;
        try
        {
            UnionHome.Membership.Cards.CardKeys.Load(new ConfigurationBuilder().Build(), allowDevKeyFile: true, directory, NullLogger.Instance).Dispose();

            File.GetUnixFileMode(Path.Combine(directory, "dev-card-key.p8")).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void The_development_key_file_is_readable_by_its_owner_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var directory = Directory.CreateTempSubdirectory("unionhome-keys-").FullName;
        try
        {
            PlatformKeys.Load(new ConfigurationBuilder().Build(), allowDevKeyFile: true, directory, NullLogger.Instance);

            File.GetUnixFileMode(Path.Combine(directory, "dev-keys.json")).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
