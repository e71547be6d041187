using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UnionHome.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddMembership : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "membership");

            migrationBuilder.CreateTable(
                name: "applications",
                schema: "membership",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicantUserId = table.Column<string>(type: "text", nullable: true),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ResidentIdCipher = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ResidentIdIndex = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ResidentIdMasked = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    PhoneCipher = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    WorkerType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: true),
                    Platform = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    WorkRegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    RoutingReason = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RejectionReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_applications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_applications_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalSchema: "platform",
                        principalTable: "enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_applications_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalSchema: "platform",
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "member_number_counters",
                schema: "membership",
                columns: table => new
                {
                    Prefix = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Next = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_member_number_counters", x => x.Prefix);
                });

            migrationBuilder.CreateTable(
                name: "members",
                schema: "membership",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    MemberNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ResidentIdCipher = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ResidentIdIndex = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ResidentIdMasked = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    PhoneCipher = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    WorkerType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: true),
                    Platform = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    WorkRegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    JoinedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_members_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalSchema: "platform",
                        principalTable: "enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_members_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalSchema: "platform",
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_members_users_UserId",
                        column: x => x.UserId,
                        principalSchema: "platform",
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_applications_ApplicantUserId",
                schema: "membership",
                table: "applications",
                column: "ApplicantUserId");

            migrationBuilder.CreateIndex(
                name: "IX_applications_EnterpriseId",
                schema: "membership",
                table: "applications",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_applications_one_pending_per_person",
                schema: "membership",
                table: "applications",
                column: "ResidentIdIndex",
                unique: true,
                filter: "\"Status\" = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "IX_applications_OrgUnitId_Status_SubmittedAt",
                schema: "membership",
                table: "applications",
                columns: new[] { "OrgUnitId", "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_members_EnterpriseId",
                schema: "membership",
                table: "members",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_members_MemberNumber",
                schema: "membership",
                table: "members",
                column: "MemberNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_members_OrgUnitId_Status",
                schema: "membership",
                table: "members",
                columns: new[] { "OrgUnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_members_ResidentIdIndex",
                schema: "membership",
                table: "members",
                column: "ResidentIdIndex",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_members_UserId",
                schema: "membership",
                table: "members",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "applications",
                schema: "membership");

            migrationBuilder.DropTable(
                name: "member_number_counters",
                schema: "membership");

            migrationBuilder.DropTable(
                name: "members",
                schema: "membership");
        }
    }
}
