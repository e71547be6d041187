using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using UnionHome.Platform.Data;

namespace UnionHome.Migrations.Postgres;

/// <summary>Lets `dotnet ef` build the model for Postgres without starting the web host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        new DatabaseSettings(DatabaseProvider.Postgres, "Host=localhost;Database=unionhome_design;Username=postgres").Apply(options);
        return new AppDbContext(options.Options, [.. UnionHome.Modules.ModuleList.All.Select(m => m.Model)]);
    }
}
