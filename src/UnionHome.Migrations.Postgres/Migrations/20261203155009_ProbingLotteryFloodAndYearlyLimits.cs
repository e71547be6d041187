using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UnionHome.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ProbingLotteryFloodAndYearlyLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_applications_one_pending_per_person",
                schema: "membership",
                table: "applications");

            migrationBuilder.AddColumn<DateTime>(
                name: "EntriesFrozenAt",
                schema: "events",
                table: "events",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EntryListHash",
                schema: "events",
                table: "events",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "EnteredDraw",
                schema: "events",
                table: "bookings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IdentityConflict",
                schema: "membership",
                table: "applications",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "duty_phone_text_counts",
                schema: "cases",
                columns: table => new
                {
                    OrgUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    HourStart = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Texts = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_duty_phone_text_counts", x => new { x.OrgUnitId, x.HourStart });
                });

            migrationBuilder.CreateTable(
                name: "member_booking_locks",
                schema: "events",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Bookings = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_member_booking_locks", x => x.UserId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_applications_by_person",
                schema: "membership",
                table: "applications",
                columns: new[] { "ResidentIdIndex", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "duty_phone_text_counts",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "member_booking_locks",
                schema: "events");

            migrationBuilder.DropIndex(
                name: "IX_applications_by_person",
                schema: "membership",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "EntriesFrozenAt",
                schema: "events",
                table: "events");

            migrationBuilder.DropColumn(
                name: "EntryListHash",
                schema: "events",
                table: "events");

            migrationBuilder.DropColumn(
                name: "EnteredDraw",
                schema: "events",
                table: "bookings");

            migrationBuilder.DropColumn(
                name: "IdentityConflict",
                schema: "membership",
                table: "applications");

            migrationBuilder.CreateIndex(
                name: "IX_applications_one_pending_per_person",
                schema: "membership",
                table: "applications",
                column: "ResidentIdIndex",
                unique: true,
                filter: "\"Status\" = 'Pending'");
        }
    }
}
