using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnionHome.Platform.Data;

namespace UnionHome.Events.Data;

internal sealed class EventSessionConfiguration : EntityConfiguration<EventSession>
{
    protected override void Configure(EntityTypeBuilder<EventSession> e, DatabaseProvider provider)
    {
        e.ToModuleTable(EventsModel.Module, "sessions", provider);
        e.HasKey(x => x.Id);
        e.Property(x => x.Place).HasMaxLength(256);
        e.Property(x => x.OnlineUrl).HasMaxLength(512);
        e.HasIndex(x => x.StartsAt);
        e.HasIndex(x => new { x.AttendanceClosedAt, x.EndsAt });
    }
}
