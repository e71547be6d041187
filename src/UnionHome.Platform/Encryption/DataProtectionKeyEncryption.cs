using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;

namespace UnionHome.Platform.Encryption;

/// <summary>
/// The Data Protection keys (cookies, antiforgery) live in the database, shared by every node; they are encrypted
/// there with the field-encryption key, like any other secret at rest.
/// </summary>
internal static class DataProtectionKeyEncryption
{
    public static void EncryptDataProtectionKeysWithFieldCipher(this IServiceCollection services) =>
        services.AddOptions<KeyManagementOptions>()
            .Configure<FieldCipher>((options, cipher) => options.XmlEncryptor = new FieldCipherXmlEncryptor(cipher));
}

internal sealed class FieldCipherXmlEncryptor(FieldCipher cipher) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement) =>
        new(
            new XElement("encryptedKey", new XElement("value", cipher.Encrypt(plaintextElement.ToString(SaveOptions.DisableFormatting), CipherScope.DataProtectionKeys))),
            typeof(FieldCipherXmlDecryptor));
}

/// <summary>Created by Data Protection through its service-provider constructor when it reads a key back.</summary>
internal sealed class FieldCipherXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement) =>
        XElement.Parse(services.GetRequiredService<FieldCipher>().Decrypt((string?)encryptedElement.Element("value")
            ?? throw new InvalidOperationException("An encrypted Data Protection key has no value."), CipherScope.DataProtectionKeys));
}
