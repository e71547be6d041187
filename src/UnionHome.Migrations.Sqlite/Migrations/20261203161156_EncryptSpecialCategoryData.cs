using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UnionHome.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EncryptSpecialCategoryData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TextCipher",
                table: "platform_sms_outbox",
                type: "TEXT",
                maxLength: 2400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ContentCipher",
                table: "membership_roster_imports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CallerDescriptionCipher",
                table: "cases_hotline_calls",
                type: "TEXT",
                maxLength: 640,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OutcomeCipher",
                table: "cases_hotline_calls",
                type: "TEXT",
                maxLength: 2400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "OnBehalfOfNameCipher",
                table: "cases_cases",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PositionCipher",
                table: "cases_cases",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RatingCommentCipher",
                table: "cases_cases",
                type: "TEXT",
                maxLength: 2400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContentCipher",
                table: "cases_case_images",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            // The values move into the new columns as "plain:" / "plainhex:" (SQL has no keys): they stay readable, and
            // `reencrypt`, run right after this migration, encrypts them and binds them to their rows (docs/operations.md).
            migrationBuilder.Sql("UPDATE \"platform_sms_outbox\" SET \"TextCipher\" = 'plain:' || \"Text\" WHERE \"Text\" <> ''");
            migrationBuilder.Sql("UPDATE \"membership_roster_imports\" SET \"ContentCipher\" = 'plainhex:' || hex(\"Content\") WHERE \"Content\" IS NOT NULL");
            migrationBuilder.Sql("UPDATE \"cases_hotline_calls\" SET \"CallerDescriptionCipher\" = 'plain:' || \"CallerDescription\" WHERE \"CallerDescription\" IS NOT NULL");
            migrationBuilder.Sql("UPDATE \"cases_hotline_calls\" SET \"OutcomeCipher\" = 'plain:' || \"Outcome\" WHERE \"Outcome\" <> ''");
            migrationBuilder.Sql("UPDATE \"cases_cases\" SET \"OnBehalfOfNameCipher\" = 'plain:' || \"OnBehalfOfName\" WHERE \"OnBehalfOfName\" IS NOT NULL");
            migrationBuilder.Sql("UPDATE \"cases_cases\" SET \"RatingCommentCipher\" = 'plain:' || \"RatingComment\" WHERE \"RatingComment\" IS NOT NULL");
            migrationBuilder.Sql("UPDATE \"cases_cases\" SET \"PositionCipher\" = 'plain:' || CAST(\"Latitude\" AS TEXT) || ',' || CAST(\"Longitude\" AS TEXT) WHERE \"Latitude\" IS NOT NULL AND \"Longitude\" IS NOT NULL");
            migrationBuilder.Sql("UPDATE \"cases_case_images\" SET \"ContentCipher\" = 'plainhex:' || hex(\"Content\")");

            migrationBuilder.DropColumn(
                name: "Text",
                table: "platform_sms_outbox");

            migrationBuilder.DropColumn(
                name: "Content",
                table: "membership_roster_imports");

            migrationBuilder.DropColumn(
                name: "CallerDescription",
                table: "cases_hotline_calls");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "cases_hotline_calls");

            migrationBuilder.DropColumn(
                name: "Latitude",
                table: "cases_cases");

            migrationBuilder.DropColumn(
                name: "Longitude",
                table: "cases_cases");

            migrationBuilder.DropColumn(
                name: "OnBehalfOfName",
                table: "cases_cases");

            migrationBuilder.DropColumn(
                name: "RatingComment",
                table: "cases_cases");

            migrationBuilder.DropColumn(
                name: "Content",
                table: "cases_case_images");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TextCipher",
                table: "platform_sms_outbox");

            migrationBuilder.DropColumn(
                name: "ContentCipher",
                table: "membership_roster_imports");

            migrationBuilder.DropColumn(
                name: "CallerDescriptionCipher",
                table: "cases_hotline_calls");

            migrationBuilder.DropColumn(
                name: "OutcomeCipher",
                table: "cases_hotline_calls");

            migrationBuilder.DropColumn(
                name: "OnBehalfOfNameCipher",
                table: "cases_cases");

            migrationBuilder.DropColumn(
                name: "PositionCipher",
                table: "cases_cases");

            migrationBuilder.DropColumn(
                name: "RatingCommentCipher",
                table: "cases_cases");

            migrationBuilder.DropColumn(
                name: "ContentCipher",
                table: "cases_case_images");

            migrationBuilder.AddColumn<string>(
                name: "Text",
                table: "platform_sms_outbox",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<byte[]>(
                name: "Content",
                table: "membership_roster_imports",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CallerDescription",
                table: "cases_hotline_calls",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "cases_hotline_calls",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<double>(
                name: "Latitude",
                table: "cases_cases",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Longitude",
                table: "cases_cases",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OnBehalfOfName",
                table: "cases_cases",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RatingComment",
                table: "cases_cases",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "Content",
                table: "cases_case_images",
                type: "BLOB",
                nullable: false,
                defaultValue: new byte[0]);
        }
    }
}
