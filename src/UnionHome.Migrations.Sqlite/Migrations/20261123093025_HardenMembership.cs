using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UnionHome.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class HardenMembership : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_membership_applications_ApplicantUserId",
                table: "membership_applications");

            migrationBuilder.AddColumn<Guid>(
                name: "ClaimToken",
                table: "membership_roster_imports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_applications_one_pending_per_account",
                table: "membership_applications",
                column: "ApplicantUserId",
                unique: true,
                filter: "\"Status\" = 'Pending'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_applications_one_pending_per_account",
                table: "membership_applications");

            migrationBuilder.DropColumn(
                name: "ClaimToken",
                table: "membership_roster_imports");

            migrationBuilder.CreateIndex(
                name: "IX_membership_applications_ApplicantUserId",
                table: "membership_applications",
                column: "ApplicantUserId");
        }
    }
}
