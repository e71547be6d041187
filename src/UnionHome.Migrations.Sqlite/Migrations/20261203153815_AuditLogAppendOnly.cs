using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UnionHome.Migrations.Sqlite.Migrations
{
    /// <summary>The audit log takes new rows only: updating or deleting one aborts the statement.</summary>
    public partial class AuditLogAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TRIGGER platform_audit_log_no_update BEFORE UPDATE ON platform_audit_log
                BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE refused'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER platform_audit_log_no_delete BEFORE DELETE ON platform_audit_log
                BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: DELETE refused'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER platform_audit_log_no_delete;");
            migrationBuilder.Sql("DROP TRIGGER platform_audit_log_no_update;");
        }
    }
}
