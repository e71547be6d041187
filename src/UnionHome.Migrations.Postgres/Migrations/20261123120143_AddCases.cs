using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UnionHome.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "cases");

            migrationBuilder.CreateTable(
                name: "case_number_counters",
                schema: "cases",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Next = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_number_counters", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "case_routes",
                schema: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Category = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    WorkerType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    TargetOrgUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeskName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_routes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_routes_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalSchema: "platform",
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_case_routes_org_units_TargetOrgUnitId",
                        column: x => x.TargetOrgUnitId,
                        principalSchema: "platform",
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "duty_rosters",
                schema: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    DutyPhoneCipher = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_duty_rosters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_duty_rosters_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalSchema: "platform",
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "expert_pools",
                schema: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_expert_pools", x => x.Id);
                    table.ForeignKey(
                        name: "FK_expert_pools_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalSchema: "platform",
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "hotline_calls",
                schema: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Direction = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CallerMemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    CallerDescription = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    Category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DurationSeconds = table.Column<int>(type: "integer", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    FollowUpCaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hotline_calls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_hotline_calls_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalSchema: "platform",
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "on_duty",
                schema: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Since = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_on_duty", x => x.Id);
                    table.ForeignKey(
                        name: "FK_on_duty_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalSchema: "platform",
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sla_policies",
                schema: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Category = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Urgency = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FirstResponseMinutes = table.Column<int>(type: "integer", nullable: false),
                    ResolutionMinutes = table.Column<int>(type: "integer", nullable: false),
                    Clock = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sla_policies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sla_policies_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalSchema: "platform",
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pool_members",
                schema: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PoolId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Specialties = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Available = table.Column<bool>(type: "boolean", nullable: false),
                    Availability = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pool_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pool_members_expert_pools_PoolId",
                        column: x => x.PoolId,
                        principalSchema: "cases",
                        principalTable: "expert_pools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cases",
                schema: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RequesterUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    OnBehalfOfName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    OnBehalfOfRelationship = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Category = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Urgency = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DescriptionCipher = table.Column<string>(type: "character varying(12000)", maxLength: 12000, nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    ShipName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Voyage = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ClientRequestId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    RoutingReason = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AssignedPoolMemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    EscalationLevel = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FirstResponseDueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FirstRespondedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ResolutionDueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ResolvedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Resolution = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SlaCheckAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FirstResponseBreachedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ResolutionBreachedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    WaitingSince = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Rating = table.Column<int>(type: "integer", nullable: true),
                    RatingComment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cases_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalSchema: "platform",
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_cases_pool_members_AssignedPoolMemberId",
                        column: x => x.AssignedPoolMemberId,
                        principalSchema: "cases",
                        principalTable: "pool_members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_entries",
                schema: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActorUserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ActorName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    BodyCipher = table.Column<string>(type: "character varying(12000)", maxLength: 12000, nullable: true),
                    Internal = table.Column<bool>(type: "boolean", nullable: false),
                    FromOrgUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    ToOrgUnitId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_entries_cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "cases",
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_images",
                schema: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContentType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_images", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_images_cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "cases",
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_case_entries_CaseId_At",
                schema: "cases",
                table: "case_entries",
                columns: new[] { "CaseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_case_images_CaseId",
                schema: "cases",
                table: "case_images",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_case_routes_OrgUnitId_Category",
                schema: "cases",
                table: "case_routes",
                columns: new[] { "OrgUnitId", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_case_routes_TargetOrgUnitId",
                schema: "cases",
                table: "case_routes",
                column: "TargetOrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_AssignedPoolMemberId",
                schema: "cases",
                table: "cases",
                column: "AssignedPoolMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_Number",
                schema: "cases",
                table: "cases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_OrgUnitId_Status_CreatedAt",
                schema: "cases",
                table: "cases",
                columns: new[] { "OrgUnitId", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_RequesterUserId_ClientRequestId",
                schema: "cases",
                table: "cases",
                columns: new[] { "RequesterUserId", "ClientRequestId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_SlaCheckAt",
                schema: "cases",
                table: "cases",
                column: "SlaCheckAt");

            migrationBuilder.CreateIndex(
                name: "IX_duty_rosters_OrgUnitId",
                schema: "cases",
                table: "duty_rosters",
                column: "OrgUnitId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_expert_pools_OrgUnitId",
                schema: "cases",
                table: "expert_pools",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_hotline_calls_OrgUnitId_StartedAt",
                schema: "cases",
                table: "hotline_calls",
                columns: new[] { "OrgUnitId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_on_duty_OrgUnitId_UserId",
                schema: "cases",
                table: "on_duty",
                columns: new[] { "OrgUnitId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pool_members_PoolId_UserId",
                schema: "cases",
                table: "pool_members",
                columns: new[] { "PoolId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pool_members_UserId",
                schema: "cases",
                table: "pool_members",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_sla_policies_OrgUnitId_Category_Urgency",
                schema: "cases",
                table: "sla_policies",
                columns: new[] { "OrgUnitId", "Category", "Urgency" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_entries",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "case_images",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "case_number_counters",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "case_routes",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "duty_rosters",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "hotline_calls",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "on_duty",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "sla_policies",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "cases",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "pool_members",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "expert_pools",
                schema: "cases");
        }
    }
}
