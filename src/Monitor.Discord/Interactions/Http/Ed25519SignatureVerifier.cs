using NSec.Cryptography;

namespace Monitor.Discord.Interactions.Http;

/// <summary>
/// Checks Discord's signature on an HTTP interaction: Ed25519 over the bytes of <c>X-Signature-Timestamp</c> followed by the raw body,
/// against the application's public key (NSec/libsodium; the comparison is constant-time inside libsodium).
/// </summary>
public sealed class Ed25519SignatureVerifier
{
    private static readonly SignatureAlgorithm Algorithm = SignatureAlgorithm.Ed25519;
    private readonly PublicKey publicKey;

    /// <summary>Initializes a new instance of the <see cref="Ed25519SignatureVerifier"/> class.</summary>
    /// <param name="publicKeyHex">The public key, 64 hex digits, from the General Information page of the application.</param>
    /// <exception cref="ArgumentException">The key is not 64 hex digits of a valid Ed25519 public key (the message never repeats it).</exception>
    public Ed25519SignatureVerifier(string publicKeyHex)
    {
        if (!TryHex(publicKeyHex, 32, out var raw) || !PublicKey.TryImport(Algorithm, raw, KeyBlobFormat.RawPublicKey, out var key) || key is null)
        {
            throw new ArgumentException("discord.http_interactions.public_key must be the application's public key: 64 hex digits from General Information in the Discord Developer Portal.", nameof(publicKeyHex));
        }

        publicKey = key;
    }

    /// <summary>Returns whether <paramref name="signatureHex"/> signs <paramref name="timestamp"/> + <paramref name="body"/>; false when either header is missing or malformed.</summary>
    public bool Verify(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp) || !TryHex(signatureHex, Algorithm.SignatureSize, out var signature))
        {
            return false;
        }

        var prefix = System.Text.Encoding.UTF8.GetBytes(timestamp);
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return Algorithm.Verify(publicKey, message, signature);
    }

    private static bool TryHex(string? hex, int bytes, out byte[] value)
    {
        value = [];
        if (hex is null || hex.Length != bytes * 2 || !hex.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        value = Convert.FromHexString(hex);
        return true;
    }
}
