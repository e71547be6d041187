using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UnionHome.Migrations.Postgres.Migrations
{
    /// <summary>
    /// The audit log takes new rows only: updating, deleting or truncating it fails for every role that does not own
    /// the table (an owner could drop the triggers, which is why production runs the application as a non-owner; see
    /// docs/operations.md, "Security").
    /// </summary>
    public partial class AuditLogAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION platform.refuse_audit_log_change() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
                END;
                $$;
                CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON platform.audit_log
                    FOR EACH ROW EXECUTE FUNCTION platform.refuse_audit_log_change();
                CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON platform.audit_log
                    FOR EACH STATEMENT EXECUTE FUNCTION platform.refuse_audit_log_change();
                REVOKE UPDATE, DELETE, TRUNCATE ON platform.audit_log FROM PUBLIC;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER audit_log_no_truncate ON platform.audit_log;
                DROP TRIGGER audit_log_no_update_or_delete ON platform.audit_log;
                DROP FUNCTION platform.refuse_audit_log_change();
                """);
        }
    }
}
