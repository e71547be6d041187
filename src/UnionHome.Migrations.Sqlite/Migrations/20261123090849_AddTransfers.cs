using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UnionHome.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddTransfers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "membership_member_history",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FromOrgUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ToOrgUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_membership_member_history", x => x.Id);
                    table.ForeignKey(
                        name: "FK_membership_member_history_membership_members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "membership_members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "membership_transfers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromOrgUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NewEnterpriseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WorkRegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    RoutingReason = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_membership_transfers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_membership_transfers_membership_members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "membership_members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_membership_transfers_platform_org_units_FromOrgUnitId",
                        column: x => x.FromOrgUnitId,
                        principalTable: "platform_org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_membership_transfers_platform_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "platform_org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_membership_member_history_MemberId_At",
                table: "membership_member_history",
                columns: new[] { "MemberId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_membership_transfers_FromOrgUnitId",
                table: "membership_transfers",
                column: "FromOrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_membership_transfers_OrgUnitId_Status",
                table: "membership_transfers",
                columns: new[] { "OrgUnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_transfers_one_pending_per_member",
                table: "membership_transfers",
                column: "MemberId",
                unique: true,
                filter: "\"Status\" = 'Pending'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "membership_member_history");

            migrationBuilder.DropTable(
                name: "membership_transfers");
        }
    }
}
