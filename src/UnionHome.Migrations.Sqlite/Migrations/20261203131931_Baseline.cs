using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UnionHome.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Baseline : Migration
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
                name: "membership_deletion_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProcessedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ProcessedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_membership_deletion_requests", x => x.Id);
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
                name: "platform_audit_log",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IpAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_audit_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_data_protection_keys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_data_protection_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_org_units",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Path = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    Depth = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_org_units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_org_units_platform_org_units_ParentId",
                        column: x => x.ParentId,
                        principalTable: "platform_org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "platform_outbox_handled",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    HandledAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_outbox_handled", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "platform_outbox_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LockedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_roles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_sms_codes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PhoneIndex = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IpIndex = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FailedAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    ConsumedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_sms_codes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_sms_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PhoneCipher = table.Column<string>(type: "TEXT", nullable: false),
                    PhoneIndex = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PhoneMasked = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TemplateCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_sms_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_sms_phone_quotas",
                columns: table => new
                {
                    PhoneIndex = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LastSentAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    SentToday = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_sms_phone_quotas", x => x.PhoneIndex);
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
                name: "platform_enterprises",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Industry = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UnionId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_enterprises", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_enterprises_platform_org_units_UnionId",
                        column: x => x.UnionId,
                        principalTable: "platform_org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "platform_role_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_role_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_role_claims_platform_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "platform_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "membership_roster_imports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    FileHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    Processed = table.Column<int>(type: "INTEGER", nullable: false),
                    Imported = table.Column<int>(type: "INTEGER", nullable: false),
                    Rejected = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LockedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClaimToken = table.Column<Guid>(type: "TEXT", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_membership_roster_imports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_membership_roster_imports_platform_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "platform_enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "platform_users",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    OrgUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PhoneCipher = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    PhoneIndex = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    TotpSecretCipher = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    PendingTotpSecretCipher = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastSignInAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TotpLastStep = table.Column<long>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_users", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_users_platform_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "platform_enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_platform_users_platform_org_units_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "platform_org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "membership_roster_import_issues",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Row = table.Column<int>(type: "INTEGER", nullable: false),
                    Column = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_membership_roster_import_issues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_membership_roster_import_issues_membership_roster_imports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "membership_roster_imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateTable(
                name: "platform_user_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platform_user_claims_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_logins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_logins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_platform_user_logins_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_roles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_roles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_platform_user_roles_platform_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "platform_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_platform_user_roles_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_tokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_user_tokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_platform_user_tokens_platform_users_UserId",
                        column: x => x.UserId,
                        principalTable: "platform_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateIndex(
                name: "IX_applications_one_pending_per_account",
                table: "membership_applications",
                column: "ApplicantUserId",
                unique: true,
                filter: "\"Status\" = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "IX_applications_one_pending_per_person",
                table: "membership_applications",
                column: "ResidentIdIndex",
                unique: true,
                filter: "\"Status\" = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "IX_membership_applications_EnterpriseId",
                table: "membership_applications",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_membership_applications_OrgUnitId_Status_SubmittedAt",
                table: "membership_applications",
                columns: new[] { "OrgUnitId", "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_deletion_requests_one_pending_per_user",
                table: "membership_deletion_requests",
                column: "UserId",
                unique: true,
                filter: "\"Status\" = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "IX_membership_deletion_requests_OrgUnitId_Status",
                table: "membership_deletion_requests",
                columns: new[] { "OrgUnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_membership_member_history_MemberId_At",
                table: "membership_member_history",
                columns: new[] { "MemberId", "At" });

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

            migrationBuilder.CreateIndex(
                name: "IX_membership_roster_import_issues_ImportId_Row",
                table: "membership_roster_import_issues",
                columns: new[] { "ImportId", "Row" });

            migrationBuilder.CreateIndex(
                name: "IX_membership_roster_imports_EnterpriseId_CreatedAt",
                table: "membership_roster_imports",
                columns: new[] { "EnterpriseId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_membership_roster_imports_Status_CreatedAt",
                table: "membership_roster_imports",
                columns: new[] { "Status", "CreatedAt" });

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

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_log_At",
                table: "platform_audit_log",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_log_Sequence",
                table: "platform_audit_log",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_enterprises_CreditCode",
                table: "platform_enterprises",
                column: "CreditCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_enterprises_UnionId",
                table: "platform_enterprises",
                column: "UnionId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_notifications_UserId_CreatedAt",
                table: "platform_notifications",
                columns: new[] { "UserId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_org_units_Code",
                table: "platform_org_units",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_org_units_ParentId",
                table: "platform_org_units",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_org_units_Path",
                table: "platform_org_units",
                column: "Path",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_org_units_RegionCode",
                table: "platform_org_units",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_platform_outbox_messages_ProcessedAt_OccurredAt",
                table: "platform_outbox_messages",
                columns: new[] { "ProcessedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_role_claims_RoleId",
                table: "platform_role_claims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "platform_roles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_sms_codes_IpIndex_CreatedAt",
                table: "platform_sms_codes",
                columns: new[] { "IpIndex", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_sms_codes_PhoneIndex_CreatedAt",
                table: "platform_sms_codes",
                columns: new[] { "PhoneIndex", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_sms_outbox_PhoneIndex_SentAt",
                table: "platform_sms_outbox",
                columns: new[] { "PhoneIndex", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_claims_UserId",
                table: "platform_user_claims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_logins_UserId",
                table: "platform_user_logins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_user_roles_RoleId",
                table: "platform_user_roles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "platform_users",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_platform_users_EnterpriseId",
                table: "platform_users",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_users_OrgUnitId",
                table: "platform_users",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_users_PhoneIndex",
                table: "platform_users",
                column: "PhoneIndex",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "platform_users",
                column: "NormalizedUserName",
                unique: true);
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
                name: "events_bookings");

            migrationBuilder.DropTable(
                name: "events_session_quotas");

            migrationBuilder.DropTable(
                name: "events_session_requests");

            migrationBuilder.DropTable(
                name: "membership_applications");

            migrationBuilder.DropTable(
                name: "membership_deletion_requests");

            migrationBuilder.DropTable(
                name: "membership_member_history");

            migrationBuilder.DropTable(
                name: "membership_member_number_counters");

            migrationBuilder.DropTable(
                name: "membership_roster_import_issues");

            migrationBuilder.DropTable(
                name: "membership_transfers");

            migrationBuilder.DropTable(
                name: "platform_audit_log");

            migrationBuilder.DropTable(
                name: "platform_data_protection_keys");

            migrationBuilder.DropTable(
                name: "platform_notifications");

            migrationBuilder.DropTable(
                name: "platform_outbox_handled");

            migrationBuilder.DropTable(
                name: "platform_outbox_messages");

            migrationBuilder.DropTable(
                name: "platform_role_claims");

            migrationBuilder.DropTable(
                name: "platform_sms_codes");

            migrationBuilder.DropTable(
                name: "platform_sms_outbox");

            migrationBuilder.DropTable(
                name: "platform_sms_phone_quotas");

            migrationBuilder.DropTable(
                name: "platform_user_claims");

            migrationBuilder.DropTable(
                name: "platform_user_logins");

            migrationBuilder.DropTable(
                name: "platform_user_roles");

            migrationBuilder.DropTable(
                name: "platform_user_tokens");

            migrationBuilder.DropTable(
                name: "cases_cases");

            migrationBuilder.DropTable(
                name: "events_sessions");

            migrationBuilder.DropTable(
                name: "events_menu_items");

            migrationBuilder.DropTable(
                name: "membership_roster_imports");

            migrationBuilder.DropTable(
                name: "membership_members");

            migrationBuilder.DropTable(
                name: "platform_roles");

            migrationBuilder.DropTable(
                name: "cases_pool_members");

            migrationBuilder.DropTable(
                name: "events_events");

            migrationBuilder.DropTable(
                name: "platform_users");

            migrationBuilder.DropTable(
                name: "cases_expert_pools");

            migrationBuilder.DropTable(
                name: "events_recuperation_bases");

            migrationBuilder.DropTable(
                name: "platform_enterprises");

            migrationBuilder.DropTable(
                name: "platform_org_units");
        }
    }
}
