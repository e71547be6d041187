using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UnionHome.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cases_case_number_counters",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Next = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_case_number_counters", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "cases_case_routes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    WorkerType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    TargetOrgUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeskName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_case_routes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cases_case_routes_platform_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "platform_org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_cases_case_routes_platform_org_units_TargetOrgUnitId",
                        column: x => x.TargetOrgUnitId,
                        principalTable: "platform_org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "cases_duty_rosters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DutyPhoneCipher = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_duty_rosters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cases_duty_rosters_platform_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "platform_org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "cases_expert_pools",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_expert_pools", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cases_expert_pools_platform_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "platform_org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "cases_hotline_calls",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CallerMemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CallerDescription = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DurationSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    FollowUpCaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_hotline_calls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cases_hotline_calls_platform_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "platform_org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "cases_on_duty",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Since = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_on_duty", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cases_on_duty_platform_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "platform_org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "cases_sla_policies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Urgency = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FirstResponseMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    ResolutionMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Clock = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_sla_policies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cases_sla_policies_platform_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "platform_org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "cases_pool_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Specialties = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Available = table.Column<bool>(type: "INTEGER", nullable: false),
                    Availability = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_pool_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cases_pool_members_cases_expert_pools_PoolId",
                        column: x => x.PoolId,
                        principalTable: "cases_expert_pools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cases_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RequesterUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OnBehalfOfName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    OnBehalfOfRelationship = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Urgency = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DescriptionCipher = table.Column<string>(type: "TEXT", maxLength: 12000, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    ShipName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Voyage = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ClientRequestId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RoutingReason = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AssignedPoolMemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    EscalationLevel = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FirstResponseDueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FirstRespondedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResolutionDueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ResolvedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SlaCheckAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FirstResponseBreachedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResolutionBreachedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WaitingSince = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true),
                    RatingComment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cases_cases_cases_pool_members_AssignedPoolMemberId",
                        column: x => x.AssignedPoolMemberId,
                        principalTable: "cases_pool_members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_cases_cases_platform_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "platform_org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "cases_case_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BodyCipher = table.Column<string>(type: "TEXT", maxLength: 12000, nullable: true),
                    Internal = table.Column<bool>(type: "INTEGER", nullable: false),
                    FromOrgUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ToOrgUnitId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_case_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cases_case_entries_cases_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cases_case_images",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_case_images", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cases_case_images_cases_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cases_case_entries_CaseId_At",
                table: "cases_case_entries",
                columns: new[] { "CaseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_case_images_CaseId",
                table: "cases_case_images",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_case_routes_OrgUnitId_Category",
                table: "cases_case_routes",
                columns: new[] { "OrgUnitId", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_case_routes_TargetOrgUnitId",
                table: "cases_case_routes",
                column: "TargetOrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_cases_AssignedPoolMemberId",
                table: "cases_cases",
                column: "AssignedPoolMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_cases_Number",
                table: "cases_cases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_cases_OrgUnitId_Status_CreatedAt",
                table: "cases_cases",
                columns: new[] { "OrgUnitId", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_cases_RequesterUserId_ClientRequestId",
                table: "cases_cases",
                columns: new[] { "RequesterUserId", "ClientRequestId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_cases_SlaCheckAt",
                table: "cases_cases",
                column: "SlaCheckAt");

            migrationBuilder.CreateIndex(
                name: "IX_cases_duty_rosters_OrgUnitId",
                table: "cases_duty_rosters",
                column: "OrgUnitId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_expert_pools_OrgUnitId",
                table: "cases_expert_pools",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_hotline_calls_OrgUnitId_StartedAt",
                table: "cases_hotline_calls",
                columns: new[] { "OrgUnitId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_on_duty_OrgUnitId_UserId",
                table: "cases_on_duty",
                columns: new[] { "OrgUnitId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_pool_members_PoolId_UserId",
                table: "cases_pool_members",
                columns: new[] { "PoolId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_pool_members_UserId",
                table: "cases_pool_members",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_sla_policies_OrgUnitId_Category_Urgency",
                table: "cases_sla_policies",
                columns: new[] { "OrgUnitId", "Category", "Urgency" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cases_case_entries");

            migrationBuilder.DropTable(
                name: "cases_case_images");

            migrationBuilder.DropTable(
                name: "cases_case_number_counters");

            migrationBuilder.DropTable(
                name: "cases_case_routes");

            migrationBuilder.DropTable(
                name: "cases_duty_rosters");

            migrationBuilder.DropTable(
                name: "cases_hotline_calls");

            migrationBuilder.DropTable(
                name: "cases_on_duty");

            migrationBuilder.DropTable(
                name: "cases_sla_policies");

            migrationBuilder.DropTable(
                name: "cases_cases");

            migrationBuilder.DropTable(
                name: "cases_pool_members");

            migrationBuilder.DropTable(
                name: "cases_expert_pools");
        }
    }
}
