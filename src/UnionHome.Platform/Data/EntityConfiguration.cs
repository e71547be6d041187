using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace UnionHome.Platform.Data;

/// <summary>One entity's table, columns, keys and indexes, for either provider: one class per entity.</summary>
public abstract class EntityConfiguration<T> : IEntityConfiguration
    where T : class
{
    void IEntityConfiguration.Configure(ModelBuilder modelBuilder, DatabaseProvider provider) => Configure(modelBuilder.Entity<T>(), provider);

    protected abstract void Configure(EntityTypeBuilder<T> entity, DatabaseProvider provider);
}

public interface IEntityConfiguration
{
    void Configure(ModelBuilder modelBuilder, DatabaseProvider provider);
}

/// <summary>A module's tables: every <see cref="EntityConfiguration{T}"/> in the module's assembly, in name order.</summary>
public abstract class ModuleModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        var configurations = GetType().Assembly.GetTypes()
            .Where(t => typeof(IEntityConfiguration).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var configuration in configurations)
        {
            ((IEntityConfiguration)Activator.CreateInstance(configuration, nonPublic: true)!).Configure(modelBuilder, provider);
        }
    }
}
