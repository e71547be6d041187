using Microsoft.Extensions.DependencyInjection;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Encryption.Rotation;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Architecture;

/// <summary>Key rotation rewrites only the columns declared on the entities: an undeclared one would keep the old key forever.</summary>
[Collection(PlatformCollection.Name)]
public sealed class EncryptedColumnRegistryTests(Apps apps)
{
    private IServiceProvider Services => apps[DatabaseProvider.Sqlite].Services;

    private Microsoft.EntityFrameworkCore.Metadata.IModel Model
    {
        get
        {
            using var scope = Services.CreateScope();
            return scope.ServiceProvider.GetRequiredService<AppDbContext>().Model;
        }
    }

    private IEnumerable<(Type Entity, string Property)> ModelProperties(Func<string, bool> named)
    {
        return Model.GetEntityTypes()
            .SelectMany(e => e.GetProperties().Where(p => p.ClrType == typeof(string) && named(p.Name)).Select(p => (e.ClrType, p.Name)))
            .ToList();
    }

    [Fact]
    public void Every_cipher_property_of_every_entity_is_declared_encrypted()
    {
        var registered = EncryptedColumns.Encrypted(Model).Select(c => (c.Entity, c.Property)).ToList();

        ModelProperties(name => name.EndsWith("Cipher", StringComparison.Ordinal))
            .Where(p => !registered.Contains(p))
            .Select(p => $"{p.Entity.Name}.{p.Property}")
            .ShouldBeEmpty("mark the property [Encrypted] on its entity");
    }

    [Fact]
    public void Every_index_property_of_every_entity_is_declared_a_blind_index()
    {
        var registered = EncryptedColumns.BlindIndexes(Model).Select(c => (c.Entity, c.Property)).ToList();

        ModelProperties(name => name.EndsWith("Index", StringComparison.Ordinal))
            .Where(p => !registered.Contains(p))
            .Select(p => $"{p.Entity.Name}.{p.Property}")
            .ShouldBeEmpty("mark the property [BlindIndex(purpose, FromCipher = ...)] on its entity");
    }

    [Fact]
    public void Declared_columns_exist_and_blind_indexes_are_recomputed_from_declared_ciphertexts()
    {
        var properties = ModelProperties(_ => true).ToList();
        var encrypted = EncryptedColumns.Encrypted(Model).ToList();
        var indexes = EncryptedColumns.BlindIndexes(Model).ToList();

        encrypted.Select(c => (c.Entity, c.Property)).Concat(indexes.Select(c => (c.Entity, c.Property))).Where(c => !properties.Contains(c)).ShouldBeEmpty();
        encrypted.Select(c => (c.Entity, c.Property)).ShouldBeUnique();
        indexes.Where(i => i.FromCipher is { } from && !encrypted.Any(c => c.Entity == i.Entity && c.Property == from)).ShouldBeEmpty();
        indexes.Select(i => i.Purpose).Distinct().ShouldBe(
            [BlindIndex.Purposes.Phone, BlindIndex.Purposes.ResidentId, BlindIndex.Purposes.SmsCode, BlindIndex.Purposes.IpAddress], ignoreOrder: true);
    }
}
