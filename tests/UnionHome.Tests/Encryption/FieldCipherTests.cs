using System.Security.Cryptography;
using UnionHome.Platform.Encryption;

namespace UnionHome.Tests.Encryption;

public sealed class FieldCipherTests
{
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

        var stored = cipher.Encrypt("330102199001011234");

        stored.ShouldStartWith("k1:");
        stored.ShouldNotContain("330102199001011234");
        cipher.Decrypt(stored).ShouldBe("330102199001011234");
    }

    [Fact]
    public void Encrypting_the_same_value_twice_gives_different_ciphertexts()
    {
        var cipher = new FieldCipher(Keys("k1", "k1"));

        cipher.Encrypt("13800138000").ShouldNotBe(cipher.Encrypt("13800138000"));
    }

    [Fact]
    public void Values_written_under_an_old_key_stay_readable_after_rotation()
    {
        var before = new FieldCipher(Keys("k1", "k1")).Encrypt("+8613800138000");
        var rotated = new FieldCipher(Keys("k2", "k1", "k2"));

        rotated.Decrypt(before).ShouldBe("+8613800138000");
        rotated.KeyIdOf(rotated.Encrypt("+8613800138000")).ShouldBe("k2");
    }

    [Fact]
    public void A_tampered_ciphertext_is_rejected()
    {
        var cipher = new FieldCipher(Keys("k1", "k1"));
        var stored = cipher.Encrypt("secret");
        var bytes = Convert.FromBase64String(stored["k1:v2:".Length..]);
        bytes[^1] ^= 1;

        Should.Throw<CryptographicException>(() => cipher.Decrypt($"k1:v2:{Convert.ToBase64String(bytes)}"));
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
        Should.Throw<CryptographicException>(() => cipher.Decrypt(stored));
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
        var stored = new FieldCipher(Keys("gone", "gone")).Encrypt("secret");

        Should.Throw<CryptographicException>(() => new FieldCipher(Keys("k1", "k1")).Decrypt(stored));
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
