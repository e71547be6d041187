using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnionHome.Platform.Data;
using UnionHome.Platform.Organization;

namespace UnionHome.Events.Data;

internal sealed class SessionQuotaConfiguration : EntityConfiguration<SessionQuota>
{
    protected override void Configure(EntityTypeBuilder<SessionQuota> e, DatabaseProvider provider)
    {
        e.ToModuleTable(EventsModel.Module, "session_quotas", provider);
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.SessionId, x.OrgUnitId }).IsUnique();
        e.HasOne<EventSession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
