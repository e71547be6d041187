using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UnionHome.Migrations.Postgres.Migrations
{
    /// <summary>
    /// These columns were encrypted bound to no row ("keyId:v2:…" under an empty scope) while their ciphertext was
    /// copied between rows as it was. From now on every value is bound to its own row; the values already stored are
    /// marked "keyId:u2:…", which FieldCipher reads as bound to no row until <c>reencrypt</c> binds each to its row.
    /// The payload is base64 and the key id comes before the first colon, so ":v2:" occurs once in a value. Stop
    /// every node of the earlier version before this runs: a value it wrote afterwards would be read as bound.
    /// </summary>
    public partial class BindCopiedCiphertextsToRows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE \"platform\".\"users\" SET \"PhoneCipher\" = replace(\"PhoneCipher\", ':v2:', ':u2:') WHERE \"PhoneCipher\" LIKE '%:v2:%'");
            migrationBuilder.Sql("UPDATE \"platform\".\"users\" SET \"TotpSecretCipher\" = replace(\"TotpSecretCipher\", ':v2:', ':u2:') WHERE \"TotpSecretCipher\" LIKE '%:v2:%'");
            migrationBuilder.Sql("UPDATE \"platform\".\"users\" SET \"PendingTotpSecretCipher\" = replace(\"PendingTotpSecretCipher\", ':v2:', ':u2:') WHERE \"PendingTotpSecretCipher\" LIKE '%:v2:%'");
            migrationBuilder.Sql("UPDATE \"platform\".\"sms_outbox\" SET \"PhoneCipher\" = replace(\"PhoneCipher\", ':v2:', ':u2:') WHERE \"PhoneCipher\" LIKE '%:v2:%'");
            migrationBuilder.Sql("UPDATE \"membership\".\"applications\" SET \"ResidentIdCipher\" = replace(\"ResidentIdCipher\", ':v2:', ':u2:') WHERE \"ResidentIdCipher\" LIKE '%:v2:%'");
            migrationBuilder.Sql("UPDATE \"membership\".\"applications\" SET \"PhoneCipher\" = replace(\"PhoneCipher\", ':v2:', ':u2:') WHERE \"PhoneCipher\" LIKE '%:v2:%'");
            migrationBuilder.Sql("UPDATE \"membership\".\"members\" SET \"ResidentIdCipher\" = replace(\"ResidentIdCipher\", ':v2:', ':u2:') WHERE \"ResidentIdCipher\" LIKE '%:v2:%'");
            migrationBuilder.Sql("UPDATE \"membership\".\"members\" SET \"PhoneCipher\" = replace(\"PhoneCipher\", ':v2:', ':u2:') WHERE \"PhoneCipher\" LIKE '%:v2:%'");
            migrationBuilder.Sql("UPDATE \"events\".\"events\" SET \"LotterySeedCipher\" = replace(\"LotterySeedCipher\", ':v2:', ':u2:') WHERE \"LotterySeedCipher\" LIKE '%:v2:%'");
            migrationBuilder.Sql("UPDATE \"cases\".\"duty_rosters\" SET \"DutyPhoneCipher\" = replace(\"DutyPhoneCipher\", ':v2:', ':u2:') WHERE \"DutyPhoneCipher\" LIKE '%:v2:%'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Values not yet re-encrypted go back to what the earlier version reads; values bound since cannot.
            migrationBuilder.Sql("UPDATE \"platform\".\"users\" SET \"PhoneCipher\" = replace(\"PhoneCipher\", ':u2:', ':v2:') WHERE \"PhoneCipher\" LIKE '%:u2:%'");
            migrationBuilder.Sql("UPDATE \"platform\".\"users\" SET \"TotpSecretCipher\" = replace(\"TotpSecretCipher\", ':u2:', ':v2:') WHERE \"TotpSecretCipher\" LIKE '%:u2:%'");
            migrationBuilder.Sql("UPDATE \"platform\".\"users\" SET \"PendingTotpSecretCipher\" = replace(\"PendingTotpSecretCipher\", ':u2:', ':v2:') WHERE \"PendingTotpSecretCipher\" LIKE '%:u2:%'");
            migrationBuilder.Sql("UPDATE \"platform\".\"sms_outbox\" SET \"PhoneCipher\" = replace(\"PhoneCipher\", ':u2:', ':v2:') WHERE \"PhoneCipher\" LIKE '%:u2:%'");
            migrationBuilder.Sql("UPDATE \"membership\".\"applications\" SET \"ResidentIdCipher\" = replace(\"ResidentIdCipher\", ':u2:', ':v2:') WHERE \"ResidentIdCipher\" LIKE '%:u2:%'");
            migrationBuilder.Sql("UPDATE \"membership\".\"applications\" SET \"PhoneCipher\" = replace(\"PhoneCipher\", ':u2:', ':v2:') WHERE \"PhoneCipher\" LIKE '%:u2:%'");
            migrationBuilder.Sql("UPDATE \"membership\".\"members\" SET \"ResidentIdCipher\" = replace(\"ResidentIdCipher\", ':u2:', ':v2:') WHERE \"ResidentIdCipher\" LIKE '%:u2:%'");
            migrationBuilder.Sql("UPDATE \"membership\".\"members\" SET \"PhoneCipher\" = replace(\"PhoneCipher\", ':u2:', ':v2:') WHERE \"PhoneCipher\" LIKE '%:u2:%'");
            migrationBuilder.Sql("UPDATE \"events\".\"events\" SET \"LotterySeedCipher\" = replace(\"LotterySeedCipher\", ':u2:', ':v2:') WHERE \"LotterySeedCipher\" LIKE '%:u2:%'");
            migrationBuilder.Sql("UPDATE \"cases\".\"duty_rosters\" SET \"DutyPhoneCipher\" = replace(\"DutyPhoneCipher\", ':u2:', ':v2:') WHERE \"DutyPhoneCipher\" LIKE '%:u2:%'");
        }
    }
}
