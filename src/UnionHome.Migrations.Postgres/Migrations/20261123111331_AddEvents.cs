using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UnionHome.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "events");

            migrationBuilder.CreateTable(
                name: "menu_items",
                schema: "events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_menu_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_menu_items_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalSchema: "platform",
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "recuperation_bases",
                schema: "events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Address = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_recuperation_bases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_recuperation_bases_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalSchema: "platform",
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "session_requests",
                schema: "events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    MenuItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PreferredDates = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Headcount = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DeclineReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    EventId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_session_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_session_requests_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalSchema: "platform",
                        principalTable: "enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_session_requests_menu_items_MenuItemId",
                        column: x => x.MenuItemId,
                        principalSchema: "events",
                        principalTable: "menu_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "events",
                schema: "events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OrgUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    AudienceOrgUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    AudienceWorkerTypes = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Mode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RegistrationOpensAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RegistrationClosesAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CancellationDeadline = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LimitPerMemberPerYear = table.Column<int>(type: "integer", nullable: true),
                    Waitlist = table.Column<bool>(type: "boolean", nullable: false),
                    OfferHours = table.Column<int>(type: "integer", nullable: false),
                    QuotaReleaseAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RecuperationBaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReservedForEnterpriseId = table.Column<Guid>(type: "uuid", nullable: true),
                    LotterySeedHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    LotterySeedCipher = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    LotterySeed = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    DrawnAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_events_enterprises_ReservedForEnterpriseId",
                        column: x => x.ReservedForEnterpriseId,
                        principalSchema: "platform",
                        principalTable: "enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_events_org_units_AudienceOrgUnitId",
                        column: x => x.AudienceOrgUnitId,
                        principalSchema: "platform",
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_events_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalSchema: "platform",
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_events_recuperation_bases_RecuperationBaseId",
                        column: x => x.RecuperationBaseId,
                        principalSchema: "events",
                        principalTable: "recuperation_bases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sessions",
                schema: "events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Place = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    OnlineUrl = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    Taken = table.Column<int>(type: "integer", nullable: false),
                    AttendanceClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sessions_events_EventId",
                        column: x => x.EventId,
                        principalSchema: "events",
                        principalTable: "events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bookings",
                schema: "events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberUnionId = table.Column<Guid>(type: "uuid", nullable: false),
                    QuotaOrgUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    ClientRequestId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    WaitlistPosition = table.Column<long>(type: "bigint", nullable: true),
                    OfferExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CancelReason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConfirmedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CancelledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CheckedInAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CheckedInBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    NoShow = table.Column<bool>(type: "boolean", nullable: false),
                    ReminderSentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Rating = table.Column<int>(type: "integer", nullable: true),
                    Comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bookings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_bookings_events_EventId",
                        column: x => x.EventId,
                        principalSchema: "events",
                        principalTable: "events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_bookings_sessions_SessionId",
                        column: x => x.SessionId,
                        principalSchema: "events",
                        principalTable: "sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "session_quotas",
                schema: "events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Places = table.Column<int>(type: "integer", nullable: false),
                    Taken = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_session_quotas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_session_quotas_events_EventId",
                        column: x => x.EventId,
                        principalSchema: "events",
                        principalTable: "events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_session_quotas_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalSchema: "platform",
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_session_quotas_sessions_SessionId",
                        column: x => x.SessionId,
                        principalSchema: "events",
                        principalTable: "sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_bookings_EventId_Status",
                schema: "events",
                table: "bookings",
                columns: new[] { "EventId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_bookings_one_per_member_and_session",
                schema: "events",
                table: "bookings",
                columns: new[] { "SessionId", "UserId" },
                unique: true,
                filter: "\"Status\" <> 'Cancelled'");

            migrationBuilder.CreateIndex(
                name: "IX_bookings_SessionId_Status_WaitlistPosition",
                schema: "events",
                table: "bookings",
                columns: new[] { "SessionId", "Status", "WaitlistPosition" });

            migrationBuilder.CreateIndex(
                name: "IX_bookings_Status_OfferExpiresAt",
                schema: "events",
                table: "bookings",
                columns: new[] { "Status", "OfferExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_bookings_UserId_ClientRequestId",
                schema: "events",
                table: "bookings",
                columns: new[] { "UserId", "ClientRequestId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_events_AudienceOrgUnitId",
                schema: "events",
                table: "events",
                column: "AudienceOrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_events_OrgUnitId_Status",
                schema: "events",
                table: "events",
                columns: new[] { "OrgUnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_events_RecuperationBaseId",
                schema: "events",
                table: "events",
                column: "RecuperationBaseId");

            migrationBuilder.CreateIndex(
                name: "IX_events_ReservedForEnterpriseId",
                schema: "events",
                table: "events",
                column: "ReservedForEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_events_Status_RegistrationClosesAt",
                schema: "events",
                table: "events",
                columns: new[] { "Status", "RegistrationClosesAt" });

            migrationBuilder.CreateIndex(
                name: "IX_menu_items_OrgUnitId",
                schema: "events",
                table: "menu_items",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_recuperation_bases_OrgUnitId",
                schema: "events",
                table: "recuperation_bases",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_session_quotas_EventId",
                schema: "events",
                table: "session_quotas",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_session_quotas_OrgUnitId",
                schema: "events",
                table: "session_quotas",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_session_quotas_SessionId_OrgUnitId",
                schema: "events",
                table: "session_quotas",
                columns: new[] { "SessionId", "OrgUnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_session_requests_EnterpriseId_CreatedAt",
                schema: "events",
                table: "session_requests",
                columns: new[] { "EnterpriseId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_session_requests_MenuItemId",
                schema: "events",
                table: "session_requests",
                column: "MenuItemId");

            migrationBuilder.CreateIndex(
                name: "IX_session_requests_OrgUnitId_Status",
                schema: "events",
                table: "session_requests",
                columns: new[] { "OrgUnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_sessions_AttendanceClosedAt_EndsAt",
                schema: "events",
                table: "sessions",
                columns: new[] { "AttendanceClosedAt", "EndsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_sessions_EventId",
                schema: "events",
                table: "sessions",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_sessions_StartsAt",
                schema: "events",
                table: "sessions",
                column: "StartsAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bookings",
                schema: "events");

            migrationBuilder.DropTable(
                name: "session_quotas",
                schema: "events");

            migrationBuilder.DropTable(
                name: "session_requests",
                schema: "events");

            migrationBuilder.DropTable(
                name: "sessions",
                schema: "events");

            migrationBuilder.DropTable(
                name: "menu_items",
                schema: "events");

            migrationBuilder.DropTable(
                name: "events",
                schema: "events");

            migrationBuilder.DropTable(
                name: "recuperation_bases",
                schema: "events");
        }
    }
}
