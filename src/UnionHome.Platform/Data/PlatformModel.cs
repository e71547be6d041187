using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Identity.SmsLogin;
using UnionHome.Platform.Identity.StaffLogin;
using UnionHome.Platform.Identity.Tokens;
using UnionHome.Platform.Notifications;
using UnionHome.Platform.Organization;
using UnionHome.Platform.Outbox;
using UnionHome.Platform.Sms.Outbox;

namespace UnionHome.Platform.Data;

/// <summary>The kernel's own tables, in the "platform" schema (prefix on SQLite).</summary>
internal static class PlatformModel
{
    public const string Module = "platform";

    public static void Configure(ModelBuilder b, DatabaseProvider p)
    {
        ConfigureIdentity(b, p);

        b.Entity<OrgUnit>(e =>
        {
            e.ToModuleTable(Module, "org_units", p);
            e.HasKey(x => x.Id);
            e.Property(x => x.Code).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(128);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.Path).HasMaxLength(1024);
            e.HasIndex(x => x.Code).IsUnique();
            e.HasIndex(x => x.Path).IsUnique();
            e.HasIndex(x => x.ParentId);
            e.HasIndex(x => x.RegionCode);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        });

        b.Entity<Enterprise>(e =>
        {
            e.ToModuleTable(Module, "enterprises", p);
            e.HasKey(x => x.Id);
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.RegionCode).HasMaxLength(6);
            e.Property(x => x.Industry).HasMaxLength(64);
            e.HasIndex(x => x.CreditCode).IsUnique();
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.UnionId).OnDelete(DeleteBehavior.Restrict);
        });

        b.Entity<SmsCode>(e =>
        {
            e.ToModuleTable(Module, "sms_codes", p);
            e.HasKey(x => x.Id);
            e.Property(x => x.PhoneIndex).HasMaxLength(64);
            e.Property(x => x.CodeHash).HasMaxLength(64);
            e.Property(x => x.IpIndex).HasMaxLength(64);
            e.HasIndex(x => new { x.PhoneIndex, x.CreatedAt });
            e.HasIndex(x => new { x.IpIndex, x.CreatedAt });
        });

        b.Entity<SmsPhoneQuota>(e =>
        {
            e.ToModuleTable(Module, "sms_phone_quotas", p);
            e.HasKey(x => x.PhoneIndex);
            e.Property(x => x.PhoneIndex).HasMaxLength(64);
        });

        b.Entity<SmsOutboxMessage>(e =>
        {
            e.ToModuleTable(Module, "sms_outbox", p);
            e.HasKey(x => x.Id);
            e.Property(x => x.PhoneIndex).HasMaxLength(64);
            e.Property(x => x.PhoneMasked).HasMaxLength(16);
            e.Property(x => x.TemplateCode).HasMaxLength(64);
            e.Property(x => x.TextCipher).HasMaxLength(2400);
            e.HasIndex(x => new { x.PhoneIndex, x.SentAt });
        });

        b.Entity<AuditEntry>(e =>
        {
            e.ToModuleTable(Module, "audit_log", p);
            e.HasKey(x => x.Id);
            if (p == DatabaseProvider.Postgres)
            {
                b.HasSequence<long>(AuditSequence.PostgresSequence, Module);
                e.Property(x => x.Sequence).HasDefaultValueSql($"nextval('{Module}.{AuditSequence.PostgresSequence}')");
            }
            else
            {
                e.Property(x => x.Sequence).ValueGeneratedNever();
            }

            e.HasIndex(x => x.Sequence).IsUnique();
            e.Property(x => x.ActorId).HasMaxLength(64);
            e.Property(x => x.ActorName).HasMaxLength(128);
            e.Property(x => x.Action).HasMaxLength(64);
            e.Property(x => x.Target).HasMaxLength(256);
            e.Property(x => x.Details).HasMaxLength(2000);
            e.Property(x => x.IpAddress).HasMaxLength(64);
            e.HasIndex(x => x.At);
        });

        b.Entity<AuditPending>(e =>
        {
            e.ToModuleTable(Module, "audit_pending", p);
            e.HasKey(x => x.EntryId);
        });

        b.Entity<AuditLeaf>(e =>
        {
            e.ToModuleTable(Module, "audit_leaves", p);
            e.HasKey(x => x.LeafIndex);
            e.Property(x => x.LeafIndex).ValueGeneratedNever();
            e.HasIndex(x => x.EntryId).IsUnique();
            e.Property(x => x.Hash).HasMaxLength(64);
        });

        b.Entity<AuditCheckpoint>(e =>
        {
            e.ToModuleTable(Module, "audit_checkpoints", p);
            e.HasKey(x => x.TreeSize);
            e.Property(x => x.TreeSize).ValueGeneratedNever();
            e.Property(x => x.RootHash).HasMaxLength(64);
            e.Property(x => x.Frontier).HasMaxLength(4200);
            e.Property(x => x.KeyId).HasMaxLength(16);
            e.Property(x => x.Signature).HasMaxLength(128);
        });

        b.Entity<Lease>(e =>
        {
            e.ToModuleTable(Module, "leases", p);
            e.HasKey(x => x.Name);
            e.Property(x => x.Name).HasMaxLength(64);
            e.Property(x => x.Holder).HasMaxLength(128);
        });

        b.Entity<OutboxMessage>(e =>
        {
            e.ToModuleTable(Module, "outbox_messages", p);
            e.HasKey(x => x.Id);
            e.Property(x => x.Type).HasMaxLength(256);
            e.Property(x => x.LastError).HasMaxLength(2000);
            e.HasIndex(x => new { x.ProcessedAt, x.OccurredAt });
        });

        b.Entity<HandledOutboxMessage>(e =>
        {
            e.ToModuleTable(Module, "outbox_handled", p);
            e.HasKey(x => new { x.MessageId, x.Handler });
            e.Property(x => x.Handler).HasMaxLength(256);
        });

        b.Entity<Notification>(e =>
        {
            e.ToModuleTable(Module, "notifications", p);
            e.HasKey(x => x.Id);
            e.Property(x => x.UserId).HasMaxLength(64);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Body).HasMaxLength(4000);
            e.HasIndex(x => new { x.UserId, x.CreatedAt });
        });

        b.Entity<DataProtectionKey>(e => e.ToModuleTable(Module, "data_protection_keys", p));

        b.Entity<RefreshToken>(e =>
        {
            e.ToModuleTable(Module, "refresh_tokens", p);
            e.HasKey(x => x.Id);
            e.Property(x => x.UserId).HasMaxLength(64);
            e.Property(x => x.TokenHash).HasMaxLength(64);
            e.HasIndex(x => x.TokenHash).IsUnique();
            e.HasIndex(x => x.UserId);
            e.HasIndex(x => x.FamilyId);
        });

        b.Entity<SignInBackoff>(e =>
        {
            e.ToModuleTable(Module, "sign_in_backoffs", p);
            e.HasKey(x => x.Key);
            e.Property(x => x.Key).HasMaxLength(128);
        });
    }

    private static void ConfigureIdentity(ModelBuilder b, DatabaseProvider p)
    {
        b.Entity<AppUser>(e =>
        {
            e.ToModuleTable(Module, "users", p);
            e.Property(x => x.DisplayName).HasMaxLength(128);
            e.Property(x => x.PhoneCipher).HasMaxLength(256);
            e.Property(x => x.PhoneIndex).HasMaxLength(64);
            e.Property(x => x.TotpSecretCipher).HasMaxLength(256);
            e.Property(x => x.PendingTotpSecretCipher).HasMaxLength(256);
            e.Property(x => x.TotpEnrolmentTokenHash).HasMaxLength(64);
            e.HasIndex(x => x.PhoneIndex).IsUnique();
            e.HasIndex(x => x.TotpEnrolmentTokenHash).IsUnique();
            e.HasIndex(x => x.OrgUnitId);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<IdentityRole>(e => e.ToModuleTable(Module, "roles", p));
        b.Entity<IdentityUserRole<string>>(e => e.ToModuleTable(Module, "user_roles", p));
        b.Entity<IdentityUserClaim<string>>(e => e.ToModuleTable(Module, "user_claims", p));
        b.Entity<IdentityUserLogin<string>>(e => e.ToModuleTable(Module, "user_logins", p));
        b.Entity<IdentityUserToken<string>>(e => e.ToModuleTable(Module, "user_tokens", p));
        b.Entity<IdentityRoleClaim<string>>(e => e.ToModuleTable(Module, "role_claims", p));
    }
}
