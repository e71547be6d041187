using System.Security.Cryptography;
using UnionHome.Platform.Encryption;

namespace UnionHome.Tests.Encryption;

public sealed class FieldCipherTests
{
    private static readonly CipherScope Phone = new("AppUser", "PhoneCipher", "0195f1d2-6c1e-7000-8000-000000000001");

    private static PlatformKeys Keys(string active, params string[] ids) => new()
    {
        ActiveKeyId = active,
        EncryptionKeys = ids.ToDictionary(id => id, id => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id))),
        BlindIndexKey = new byte[32],
        TokenSigningKey = new byte[32],
    };

    [Fact]
    public void A_value_decrypts_to_what_was_encrypted_and_never_shows_in_the_stored_form()
    {
        var cipher = new FieldCipher(Keys("k1", "k1"));

        var stored = cipher.Encrypt("330102199001011234", Phone);

        stored.ShouldStartWith("k1:v2:");
        stored.ShouldNotContain("330102199001011234");
        cipher.Decrypt(stored, Phone).ShouldBe("330102199001011234");
    }

    [Fact]
    public void Encrypting_the_same_value_twice_gives_different_ciphertexts()
    {
        var cipher = new FieldCipher(Keys("k1", "k1"));

        cipher.Encrypt("13800138000", Phone).ShouldNotBe(cipher.Encrypt("13800138000", Phone));
    }

    [Fact]
    public void Values_written_under_an_old_key_stay_readable_after_rotation()
    {
        var before = new FieldCipher(Keys("k1", "k1")).Encrypt("+8613800138000", Phone);
        var rotated = new FieldCipher(Keys("k2", "k1", "k2"));

        rotated.Decrypt(before, Phone).ShouldBe("+8613800138000");
        rotated.KeyIdOf(rotated.Encrypt("+8613800138000", Phone)).ShouldBe("k2");
    }

    [Fact]
    public void A_tampered_ciphertext_is_rejected()
    {
        var cipher = new FieldCipher(Keys("k1", "k1"));
        var stored = cipher.Encrypt("secret", Phone);
        var bytes = Convert.FromBase64String(stored["k1:v2:".Length..]);
        bytes[^1] ^= 1;

        Should.Throw<CryptographicException>(() => cipher.Decrypt($"k1:v2:{Convert.ToBase64String(bytes)}", Phone));
    }

    [Fact]
    public void A_value_bound_to_a_row_opens_in_that_row_and_column_only()
    {
        var cipher = new FieldCipher(Keys("k1", "k1"));
        var (row, otherRow) = (Guid.NewGuid(), Guid.NewGuid());
        var stored = cipher.Encrypt("确诊抑郁症", new CipherScope("HelpCase", "DescriptionCipher", row.ToString()));

        cipher.Decrypt(stored, CipherScope.For(typeof(HelpCaseStandIn), "DescriptionCipher", row.ToString().ToUpperInvariant()) with { Entity = "HelpCase" }).ShouldBe("确诊抑郁症");
        Should.Throw<CryptographicException>(() => cipher.Decrypt(stored, new CipherScope("HelpCase", "DescriptionCipher", otherRow.ToString())));
        Should.Throw<CryptographicException>(() => cipher.Decrypt(stored, new CipherScope("HelpCase", "RatingCommentCipher", row.ToString())));
        Should.Throw<CryptographicException>(() => cipher.Decrypt(stored, new CipherScope("CaseEntry", "DescriptionCipher", row.ToString())));
        Should.Throw<CryptographicException>(() => cipher.Decrypt(stored, new CipherScope("", "", "")));
    }

    [Fact]
    public void A_value_copied_between_rows_before_they_were_bound_reads_once_the_migration_marked_it_and_is_not_current()
    {
        var keys = Keys("k1", "k1");
        var cipher = new FieldCipher(keys);
        var unbound = EarlierCiphertexts.UnboundV2("k1", keys.EncryptionKeys["k1"], "+8613800138000");
        Should.Throw<CryptographicException>(() => cipher.Decrypt(unbound, Phone), "as v2 it would claim a row binding it does not have");

        var marked = unbound.Replace(":v2:", ":u2:", StringComparison.Ordinal);

        cipher.Decrypt(marked, Phone).ShouldBe("+8613800138000");
        cipher.Decrypt(marked, new CipherScope("Member", "PhoneCipher", "any")).ShouldBe("+8613800138000", "it was bound to no row");
        cipher.IsCurrent(marked).ShouldBeFalse("reencrypt binds it to its row");
        Should.Throw<CryptographicException>(() => cipher.Decrypt(marked, new CipherScope("HelpCase", "DescriptionCipher", "any")), "never in a column that held no such values");
    }

    [Fact]
    public void Plaintext_a_migration_left_for_reencrypt_reads_as_it_was()
    {
        var cipher = new FieldCipher(Keys("k1", "k1"));

        cipher.Decrypt("plain:父亲,张三", new CipherScope("HelpCase", "OnBehalfOfNameCipher", "x")).ShouldBe("父亲,张三");
        cipher.DecryptBytes("plainhex:FFD8FF", new CipherScope("CaseImage", "ContentCipher", "x")).ShouldBe(new byte[] { 0xFF, 0xD8, 0xFF });
        cipher.IsCurrent("plain:x").ShouldBeFalse();
    }

    private sealed class HelpCaseStandIn;

    [Fact]
    public void A_value_under_an_unknown_key_is_rejected()
    {
        var stored = new FieldCipher(Keys("gone", "gone")).Encrypt("secret", Phone);

        Should.Throw<CryptographicException>(() => new FieldCipher(Keys("k1", "k1")).Decrypt(stored, Phone));
    }

    [Fact]
    public void The_blind_index_matches_equal_values_and_separates_purposes()
    {
        var index = new BlindIndex(Keys("k1", "k1"));

        index.Compute(BlindIndex.Purposes.Phone, "+8613800138000").ShouldBe(index.Compute(BlindIndex.Purposes.Phone, "+8613800138000"));
        index.Compute(BlindIndex.Purposes.Phone, "+8613800138000").ShouldNotBe(index.Compute(BlindIndex.Purposes.ResidentId, "+8613800138000"));
        index.Compute(BlindIndex.Purposes.Phone, "+8613800138000").ShouldNotContain("13800138000");
    }
}
