using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UnionHome.Migrations.Postgres.Migrations
{
    /// <summary>
    /// The audit log becomes a Merkle tree under signed checkpoints (docs/operations.md, "Audit log"): writers only
    /// insert an entry and its place in the sealer's queue; the hash chain's columns go. Every entry already written
    /// is queued, so the sealer seals the whole log into the first checkpoints; the new tables are append-only like
    /// the log. Down brings the columns back empty: the old chain cannot be rebuilt.
    /// </summary>
    public partial class SignedAuditCheckpoints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Hash",
                schema: "platform",
                table: "audit_log");

            migrationBuilder.DropColumn(
                name: "PreviousHash",
                schema: "platform",
                table: "audit_log");

            migrationBuilder.CreateSequence(
                name: "audit_log_sequence",
                schema: "platform");

            migrationBuilder.AlterColumn<long>(
                name: "Sequence",
                schema: "platform",
                table: "audit_log",
                type: "bigint",
                nullable: false,
                defaultValueSql: "nextval('platform.audit_log_sequence')",
                oldClrType: typeof(long),
                oldType: "bigint");

            migrationBuilder.CreateTable(
                name: "audit_checkpoints",
                schema: "platform",
                columns: table => new
                {
                    TreeSize = table.Column<long>(type: "bigint", nullable: false),
                    RootHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Frontier = table.Column<string>(type: "character varying(4200)", maxLength: 4200, nullable: false),
                    SealedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    KeyId = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Signature = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_checkpoints", x => x.TreeSize);
                });

            migrationBuilder.CreateTable(
                name: "audit_leaves",
                schema: "platform",
                columns: table => new
                {
                    LeafIndex = table.Column<long>(type: "bigint", nullable: false),
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_leaves", x => x.LeafIndex);
                });

            migrationBuilder.CreateTable(
                name: "audit_pending",
                schema: "platform",
                columns: table => new
                {
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_pending", x => x.EntryId);
                });

            migrationBuilder.CreateTable(
                name: "leases",
                schema: "platform",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Holder = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_leases", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_leaves_EntryId",
                schema: "platform",
                table: "audit_leaves",
                column: "EntryId",
                unique: true);

            migrationBuilder.Sql("""
                SELECT setval('platform.audit_log_sequence', COALESCE((SELECT max("Sequence") FROM platform.audit_log), 0) + 1, false);
                INSERT INTO platform.audit_pending ("EntryId") SELECT "Id" FROM platform.audit_log;
                CREATE FUNCTION platform.refuse_audit_change() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
                END;
                $$;
                CREATE TRIGGER audit_leaves_no_update_or_delete BEFORE UPDATE OR DELETE ON platform.audit_leaves
                    FOR EACH ROW EXECUTE FUNCTION platform.refuse_audit_change();
                CREATE TRIGGER audit_leaves_no_truncate BEFORE TRUNCATE ON platform.audit_leaves
                    FOR EACH STATEMENT EXECUTE FUNCTION platform.refuse_audit_change();
                CREATE TRIGGER audit_checkpoints_no_update_or_delete BEFORE UPDATE OR DELETE ON platform.audit_checkpoints
                    FOR EACH ROW EXECUTE FUNCTION platform.refuse_audit_change();
                CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON platform.audit_checkpoints
                    FOR EACH STATEMENT EXECUTE FUNCTION platform.refuse_audit_change();
                REVOKE UPDATE, DELETE, TRUNCATE ON platform.audit_leaves, platform.audit_checkpoints FROM PUBLIC;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_checkpoints",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "audit_leaves",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "audit_pending",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "leases",
                schema: "platform");

            migrationBuilder.AlterColumn<long>(
                name: "Sequence",
                schema: "platform",
                table: "audit_log",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldDefaultValueSql: "nextval('platform.audit_log_sequence')");

            migrationBuilder.DropSequence(
                name: "audit_log_sequence",
                schema: "platform");

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                schema: "platform",
                table: "audit_log",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                schema: "platform",
                table: "audit_log",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql("DROP FUNCTION platform.refuse_audit_change();");
        }
    }
}
