using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UnionHome.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddMembership : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "membership_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicantUserId = table.Column<string>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ResidentIdCipher = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ResidentIdIndex = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ResidentIdMasked = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    PhoneCipher = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    WorkerType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Platform = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    WorkRegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RoutingReason = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_membership_applications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_membership_applications_platform_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "platform_enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_membership_applications_platform_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "platform_org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "membership_member_number_counters",
                columns: table => new
                {
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Next = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_membership_member_number_counters", x => x.Prefix);
                });

            migrationBuilder.CreateTable(
                name: "membership_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    MemberNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ResidentIdCipher = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ResidentIdIndex = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ResidentIdMasked = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    PhoneCipher = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    WorkerType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Platform = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    WorkRegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    JoinedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_membership_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_membership_members_platform_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "platform_enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_membership_members_platform_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "platform_org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_membership_members_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_applications_one_pending_per_person",
                table: "membership_applications",
                column: "ResidentIdIndex",
                unique: true,
                filter: "\"Status\" = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "IX_membership_applications_ApplicantUserId",
                table: "membership_applications",
                column: "ApplicantUserId");

            migrationBuilder.CreateIndex(
                name: "IX_membership_applications_EnterpriseId",
                table: "membership_applications",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_membership_applications_OrgUnitId_Status_SubmittedAt",
                table: "membership_applications",
                columns: new[] { "OrgUnitId", "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_membership_members_EnterpriseId",
                table: "membership_members",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_membership_members_MemberNumber",
                table: "membership_members",
                column: "MemberNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_membership_members_OrgUnitId_Status",
                table: "membership_members",
                columns: new[] { "OrgUnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_membership_members_ResidentIdIndex",
                table: "membership_members",
                column: "ResidentIdIndex",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_membership_members_UserId",
                table: "membership_members",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "membership_applications");

            migrationBuilder.DropTable(
                name: "membership_member_number_counters");

            migrationBuilder.DropTable(
                name: "membership_members");
        }
    }
}
