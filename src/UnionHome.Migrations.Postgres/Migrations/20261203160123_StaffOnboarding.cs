using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UnionHome.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class StaffOnboarding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "MustChangePassword",
                schema: "platform",
                table: "users",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "TotpEnrolmentExpiresAt",
                schema: "platform",
                table: "users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TotpEnrolmentTokenHash",
                schema: "platform",
                table: "users",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_users_TotpEnrolmentTokenHash",
                schema: "platform",
                table: "users",
                column: "TotpEnrolmentTokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_users_TotpEnrolmentTokenHash",
                schema: "platform",
                table: "users");

            migrationBuilder.DropColumn(
                name: "MustChangePassword",
                schema: "platform",
                table: "users");

            migrationBuilder.DropColumn(
                name: "TotpEnrolmentExpiresAt",
                schema: "platform",
                table: "users");

            migrationBuilder.DropColumn(
                name: "TotpEnrolmentTokenHash",
                schema: "platform",
                table: "users");
        }
    }
}
