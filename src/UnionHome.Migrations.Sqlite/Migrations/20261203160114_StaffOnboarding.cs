using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UnionHome.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StaffOnboarding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "MustChangePassword",
                table: "platform_users",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "TotpEnrolmentExpiresAt",
                table: "platform_users",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TotpEnrolmentTokenHash",
                table: "platform_users",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_users_TotpEnrolmentTokenHash",
                table: "platform_users",
                column: "TotpEnrolmentTokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_platform_users_TotpEnrolmentTokenHash",
                table: "platform_users");

            migrationBuilder.DropColumn(
                name: "MustChangePassword",
                table: "platform_users");

            migrationBuilder.DropColumn(
                name: "TotpEnrolmentExpiresAt",
                table: "platform_users");

            migrationBuilder.DropColumn(
                name: "TotpEnrolmentTokenHash",
                table: "platform_users");
        }
    }
}
