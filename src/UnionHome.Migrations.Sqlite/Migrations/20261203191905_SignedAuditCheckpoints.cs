using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UnionHome.Migrations.Sqlite.Migrations
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
            migrationBuilder.Sql("ALTER TABLE \"platform_audit_log\" DROP COLUMN \"Hash\";");

            migrationBuilder.Sql("ALTER TABLE \"platform_audit_log\" DROP COLUMN \"PreviousHash\";");

            migrationBuilder.CreateTable(
                name: "platform_audit_checkpoints",
                columns: table => new
                {
                    TreeSize = table.Column<long>(type: "INTEGER", nullable: false),
                    RootHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Frontier = table.Column<string>(type: "TEXT", maxLength: 4200, nullable: false),
                    SealedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Signature = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_audit_checkpoints", x => x.TreeSize);
                });

            migrationBuilder.CreateTable(
                name: "platform_audit_leaves",
                columns: table => new
                {
                    LeafIndex = table.Column<long>(type: "INTEGER", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_audit_leaves", x => x.LeafIndex);
                });

            migrationBuilder.CreateTable(
                name: "platform_audit_pending",
                columns: table => new
                {
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_audit_pending", x => x.EntryId);
                });

            migrationBuilder.CreateTable(
                name: "platform_leases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_leases", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_leaves_EntryId",
                table: "platform_audit_leaves",
                column: "EntryId",
                unique: true);

            migrationBuilder.Sql("INSERT INTO \"platform_audit_pending\" (\"EntryId\") SELECT \"Id\" FROM \"platform_audit_log\";");
            // Append-only like the log. (Its columns go with SQLite's own DROP COLUMN above: EF would rebuild the table
            // at the end of the migration and lose its triggers.)
            migrationBuilder.Sql("""
                CREATE TRIGGER platform_audit_leaves_no_update BEFORE UPDATE ON platform_audit_leaves
                BEGIN SELECT RAISE(ABORT, 'audit_leaves is append-only: UPDATE refused'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER platform_audit_leaves_no_delete BEFORE DELETE ON platform_audit_leaves
                BEGIN SELECT RAISE(ABORT, 'audit_leaves is append-only: DELETE refused'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER platform_audit_checkpoints_no_update BEFORE UPDATE ON platform_audit_checkpoints
                BEGIN SELECT RAISE(ABORT, 'audit_checkpoints is append-only: UPDATE refused'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER platform_audit_checkpoints_no_delete BEFORE DELETE ON platform_audit_checkpoints
                BEGIN SELECT RAISE(ABORT, 'audit_checkpoints is append-only: DELETE refused'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "platform_audit_checkpoints");

            migrationBuilder.DropTable(
                name: "platform_audit_leaves");

            migrationBuilder.DropTable(
                name: "platform_audit_pending");

            migrationBuilder.DropTable(
                name: "platform_leases");

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "platform_audit_log",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "platform_audit_log",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");
        }
    }
}
