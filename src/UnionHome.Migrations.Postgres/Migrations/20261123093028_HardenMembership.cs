using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UnionHome.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class HardenMembership : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_applications_ApplicantUserId",
                schema: "membership",
                table: "applications");

            migrationBuilder.AddColumn<Guid>(
                name: "ClaimToken",
                schema: "membership",
                table: "roster_imports",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_applications_one_pending_per_account",
                schema: "membership",
                table: "applications",
                column: "ApplicantUserId",
                unique: true,
                filter: "\"Status\" = 'Pending'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_applications_one_pending_per_account",
                schema: "membership",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "ClaimToken",
                schema: "membership",
                table: "roster_imports");

            migrationBuilder.CreateIndex(
                name: "IX_applications_ApplicantUserId",
                schema: "membership",
                table: "applications",
                column: "ApplicantUserId");
        }
    }
}
