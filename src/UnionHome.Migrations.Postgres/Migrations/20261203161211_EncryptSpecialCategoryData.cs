using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UnionHome.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class EncryptSpecialCategoryData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TextCipher",
                schema: "platform",
                table: "sms_outbox",
                type: "character varying(2400)",
                maxLength: 2400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ContentCipher",
                schema: "membership",
                table: "roster_imports",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CallerDescriptionCipher",
                schema: "cases",
                table: "hotline_calls",
                type: "character varying(640)",
                maxLength: 640,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OutcomeCipher",
                schema: "cases",
                table: "hotline_calls",
                type: "character varying(2400)",
                maxLength: 2400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "OnBehalfOfNameCipher",
                schema: "cases",
                table: "cases",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PositionCipher",
                schema: "cases",
                table: "cases",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RatingCommentCipher",
                schema: "cases",
                table: "cases",
                type: "character varying(2400)",
                maxLength: 2400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContentCipher",
                schema: "cases",
                table: "case_images",
                type: "text",
                nullable: false,
                defaultValue: "");

            // The values move into the new columns as "plain:" / "plainhex:" (SQL has no keys): they stay readable, and
            // `reencrypt`, run right after this migration, encrypts them and binds them to their rows (docs/operations.md).
            migrationBuilder.Sql("UPDATE \"platform\".\"sms_outbox\" SET \"TextCipher\" = 'plain:' || \"Text\" WHERE \"Text\" <> ''");
            migrationBuilder.Sql("UPDATE \"membership\".\"roster_imports\" SET \"ContentCipher\" = 'plainhex:' || upper(encode(\"Content\", 'hex')) WHERE \"Content\" IS NOT NULL");
            migrationBuilder.Sql("UPDATE \"cases\".\"hotline_calls\" SET \"CallerDescriptionCipher\" = 'plain:' || \"CallerDescription\" WHERE \"CallerDescription\" IS NOT NULL");
            migrationBuilder.Sql("UPDATE \"cases\".\"hotline_calls\" SET \"OutcomeCipher\" = 'plain:' || \"Outcome\" WHERE \"Outcome\" <> ''");
            migrationBuilder.Sql("UPDATE \"cases\".\"cases\" SET \"OnBehalfOfNameCipher\" = 'plain:' || \"OnBehalfOfName\" WHERE \"OnBehalfOfName\" IS NOT NULL");
            migrationBuilder.Sql("UPDATE \"cases\".\"cases\" SET \"RatingCommentCipher\" = 'plain:' || \"RatingComment\" WHERE \"RatingComment\" IS NOT NULL");
            migrationBuilder.Sql("UPDATE \"cases\".\"cases\" SET \"PositionCipher\" = 'plain:' || CAST(\"Latitude\" AS text) || ',' || CAST(\"Longitude\" AS text) WHERE \"Latitude\" IS NOT NULL AND \"Longitude\" IS NOT NULL");
            migrationBuilder.Sql("UPDATE \"cases\".\"case_images\" SET \"ContentCipher\" = 'plainhex:' || upper(encode(\"Content\", 'hex'))");

            migrationBuilder.DropColumn(
                name: "Text",
                schema: "platform",
                table: "sms_outbox");

            migrationBuilder.DropColumn(
                name: "Content",
                schema: "membership",
                table: "roster_imports");

            migrationBuilder.DropColumn(
                name: "CallerDescription",
                schema: "cases",
                table: "hotline_calls");

            migrationBuilder.DropColumn(
                name: "Outcome",
                schema: "cases",
                table: "hotline_calls");

            migrationBuilder.DropColumn(
                name: "Latitude",
                schema: "cases",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "Longitude",
                schema: "cases",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "OnBehalfOfName",
                schema: "cases",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "RatingComment",
                schema: "cases",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "Content",
                schema: "cases",
                table: "case_images");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TextCipher",
                schema: "platform",
                table: "sms_outbox");

            migrationBuilder.DropColumn(
                name: "ContentCipher",
                schema: "membership",
                table: "roster_imports");

            migrationBuilder.DropColumn(
                name: "CallerDescriptionCipher",
                schema: "cases",
                table: "hotline_calls");

            migrationBuilder.DropColumn(
                name: "OutcomeCipher",
                schema: "cases",
                table: "hotline_calls");

            migrationBuilder.DropColumn(
                name: "OnBehalfOfNameCipher",
                schema: "cases",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "PositionCipher",
                schema: "cases",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "RatingCommentCipher",
                schema: "cases",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "ContentCipher",
                schema: "cases",
                table: "case_images");

            migrationBuilder.AddColumn<string>(
                name: "Text",
                schema: "platform",
                table: "sms_outbox",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<byte[]>(
                name: "Content",
                schema: "membership",
                table: "roster_imports",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CallerDescription",
                schema: "cases",
                table: "hotline_calls",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                schema: "cases",
                table: "hotline_calls",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<double>(
                name: "Latitude",
                schema: "cases",
                table: "cases",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Longitude",
                schema: "cases",
                table: "cases",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OnBehalfOfName",
                schema: "cases",
                table: "cases",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RatingComment",
                schema: "cases",
                table: "cases",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "Content",
                schema: "cases",
                table: "case_images",
                type: "bytea",
                nullable: false,
                defaultValue: new byte[0]);
        }
    }
}
