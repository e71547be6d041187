using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UnionHome.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "events_menu_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events_menu_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_events_menu_items_platform_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "platform_org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "events_recuperation_bases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events_recuperation_bases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_events_recuperation_bases_platform_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "platform_org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "events_session_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MenuItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PreferredDates = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Headcount = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events_session_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_events_session_requests_events_menu_items_MenuItemId",
                        column: x => x.MenuItemId,
                        principalTable: "events_menu_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_events_session_requests_platform_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "platform_enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "events_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AudienceOrgUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AudienceWorkerTypes = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RegistrationOpensAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RegistrationClosesAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CancellationDeadline = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LimitPerMemberPerYear = table.Column<int>(type: "INTEGER", nullable: true),
                    Waitlist = table.Column<bool>(type: "INTEGER", nullable: false),
                    OfferHours = table.Column<int>(type: "INTEGER", nullable: false),
                    QuotaReleaseAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RecuperationBaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReservedForEnterpriseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LotterySeedHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    LotterySeedCipher = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LotterySeed = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    DrawnAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_events_events_events_recuperation_bases_RecuperationBaseId",
                        column: x => x.RecuperationBaseId,
                        principalTable: "events_recuperation_bases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_events_events_platform_enterprises_ReservedForEnterpriseId",
                        column: x => x.ReservedForEnterpriseId,
                        principalTable: "platform_enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_events_events_platform_org_units_AudienceOrgUnitId",
                        column: x => x.AudienceOrgUnitId,
                        principalTable: "platform_org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_events_events_platform_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "platform_org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "events_sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    OnlineUrl = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Taken = table.Column<int>(type: "INTEGER", nullable: false),
                    AttendanceClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events_sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_events_sessions_events_events_EventId",
                        column: x => x.EventId,
                        principalTable: "events_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "events_bookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberUnionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuotaOrgUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClientRequestId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    WaitlistPosition = table.Column<long>(type: "INTEGER", nullable: true),
                    OfferExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConfirmedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CancelledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CheckedInAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CheckedInBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    NoShow = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReminderSentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RatedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events_bookings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_events_bookings_events_events_EventId",
                        column: x => x.EventId,
                        principalTable: "events_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_events_bookings_events_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "events_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "events_session_quotas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Places = table.Column<int>(type: "INTEGER", nullable: false),
                    Taken = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events_session_quotas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_events_session_quotas_events_events_EventId",
                        column: x => x.EventId,
                        principalTable: "events_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_events_session_quotas_events_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "events_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_events_session_quotas_platform_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "platform_org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_bookings_one_per_member_and_session",
                table: "events_bookings",
                columns: new[] { "SessionId", "UserId" },
                unique: true,
                filter: "\"Status\" <> 'Cancelled'");

            migrationBuilder.CreateIndex(
                name: "IX_events_bookings_EventId_Status",
                table: "events_bookings",
                columns: new[] { "EventId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_events_bookings_SessionId_Status_WaitlistPosition",
                table: "events_bookings",
                columns: new[] { "SessionId", "Status", "WaitlistPosition" });

            migrationBuilder.CreateIndex(
                name: "IX_events_bookings_Status_OfferExpiresAt",
                table: "events_bookings",
                columns: new[] { "Status", "OfferExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_events_bookings_UserId_ClientRequestId",
                table: "events_bookings",
                columns: new[] { "UserId", "ClientRequestId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_events_events_AudienceOrgUnitId",
                table: "events_events",
                column: "AudienceOrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_events_events_OrgUnitId_Status",
                table: "events_events",
                columns: new[] { "OrgUnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_events_events_RecuperationBaseId",
                table: "events_events",
                column: "RecuperationBaseId");

            migrationBuilder.CreateIndex(
                name: "IX_events_events_ReservedForEnterpriseId",
                table: "events_events",
                column: "ReservedForEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_events_events_Status_RegistrationClosesAt",
                table: "events_events",
                columns: new[] { "Status", "RegistrationClosesAt" });

            migrationBuilder.CreateIndex(
                name: "IX_events_menu_items_OrgUnitId",
                table: "events_menu_items",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_events_recuperation_bases_OrgUnitId",
                table: "events_recuperation_bases",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_events_session_quotas_EventId",
                table: "events_session_quotas",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_events_session_quotas_OrgUnitId",
                table: "events_session_quotas",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_events_session_quotas_SessionId_OrgUnitId",
                table: "events_session_quotas",
                columns: new[] { "SessionId", "OrgUnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_events_session_requests_EnterpriseId_CreatedAt",
                table: "events_session_requests",
                columns: new[] { "EnterpriseId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_events_session_requests_MenuItemId",
                table: "events_session_requests",
                column: "MenuItemId");

            migrationBuilder.CreateIndex(
                name: "IX_events_session_requests_OrgUnitId_Status",
                table: "events_session_requests",
                columns: new[] { "OrgUnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_events_sessions_AttendanceClosedAt_EndsAt",
                table: "events_sessions",
                columns: new[] { "AttendanceClosedAt", "EndsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_events_sessions_EventId",
                table: "events_sessions",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_events_sessions_StartsAt",
                table: "events_sessions",
                column: "StartsAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "events_bookings");

            migrationBuilder.DropTable(
                name: "events_session_quotas");

            migrationBuilder.DropTable(
                name: "events_session_requests");

            migrationBuilder.DropTable(
                name: "events_sessions");

            migrationBuilder.DropTable(
                name: "events_menu_items");

            migrationBuilder.DropTable(
                name: "events_events");

            migrationBuilder.DropTable(
                name: "events_recuperation_bases");
        }
    }
}
