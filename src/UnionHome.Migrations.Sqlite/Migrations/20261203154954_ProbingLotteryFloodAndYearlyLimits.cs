using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UnionHome.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProbingLotteryFloodAndYearlyLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_applications_one_pending_per_person",
                table: "membership_applications");

            migrationBuilder.AddColumn<bool>(
                name: "IdentityConflict",
                table: "membership_applications",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "EntriesFrozenAt",
                table: "events_events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EntryListHash",
                table: "events_events",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "EnteredDraw",
                table: "events_bookings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "cases_duty_phone_text_counts",
                columns: table => new
                {
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HourStart = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Texts = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_duty_phone_text_counts", x => new { x.OrgUnitId, x.HourStart });
                });

            migrationBuilder.CreateTable(
                name: "events_member_booking_locks",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Bookings = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events_member_booking_locks", x => x.UserId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_applications_by_person",
                table: "membership_applications",
                columns: new[] { "ResidentIdIndex", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cases_duty_phone_text_counts");

            migrationBuilder.DropTable(
                name: "events_member_booking_locks");

            migrationBuilder.DropIndex(
                name: "IX_applications_by_person",
                table: "membership_applications");

            migrationBuilder.DropColumn(
                name: "IdentityConflict",
                table: "membership_applications");

            migrationBuilder.DropColumn(
                name: "EntriesFrozenAt",
                table: "events_events");

            migrationBuilder.DropColumn(
                name: "EntryListHash",
                table: "events_events");

            migrationBuilder.DropColumn(
                name: "EnteredDraw",
                table: "events_bookings");

            migrationBuilder.CreateIndex(
                name: "IX_applications_one_pending_per_person",
                table: "membership_applications",
                column: "ResidentIdIndex",
                unique: true,
                filter: "\"Status\" = 'Pending'");
        }
    }
}
