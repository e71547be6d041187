using Microsoft.EntityFrameworkCore;

namespace UnionHome.Platform.Data;

/// <summary>A module adds its entities to the one <see cref="AppDbContext"/> through this.</summary>
public interface IModelContributor
{
    void Configure(ModelBuilder modelBuilder, DatabaseProvider provider);
}
