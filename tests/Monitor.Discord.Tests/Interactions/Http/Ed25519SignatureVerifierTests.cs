using System.Text;
using Monitor.Discord.Interactions.Http;
using NSec.Cryptography;

namespace Monitor.Discord.Tests.Interactions.Http;

public sealed class Ed25519SignatureVerifierTests
{
    private const string Timestamp = "1764277200";
    private const string Body = """{"type":1}""";

    public static TheoryData<string, Func<Key, Key, (string? Signature, string? Timestamp, string Body)>, bool> Cases => new()
    {
        { "a signature over timestamp + body by the application key", (k, _) => (Sign(k, Timestamp + Body), Timestamp, Body), true },
        { "no signature", (_, _) => (null, Timestamp, Body), false },
        { "no timestamp", (k, _) => (Sign(k, Timestamp + Body), null, Body), false },
        { "signed by another key", (_, other) => (Sign(other, Timestamp + Body), Timestamp, Body), false },
        { "a changed body", (k, _) => (Sign(k, Timestamp + Body), Timestamp, """{"type":2}"""), false },
        { "a changed timestamp", (k, _) => (Sign(k, Timestamp + Body), "1764277201", Body), false },
        { "the body alone signed", (k, _) => (Sign(k, Body), Timestamp, Body), false },
        { "a signature that is not hex", (_, _) => (new string('z', 128), Timestamp, Body), false },
        { "a truncated signature", (k, _) => (Sign(k, Timestamp + Body)[..100], Timestamp, Body), false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Verify_Request_AcceptsOnlyTheApplicationsSignature(string name, Func<Key, Key, (string? Signature, string? Timestamp, string Body)> request, bool expected)
    {
        using var key = NewKey();
        using var other = NewKey();
        var verifier = new Ed25519SignatureVerifier(PublicHex(key));
        var (signature, timestamp, body) = request(key, other);

        Assert.True(verifier.Verify(signature, timestamp, Encoding.UTF8.GetBytes(body)) == expected, name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("zz00000000000000000000000000000000000000000000000000000000000000")]
    public void Constructor_BadPublicKey_SaysWhereToFindTheKey(string key)
    {
        var error = Assert.Throws<ArgumentException>(() => new Ed25519SignatureVerifier(key));

        Assert.Contains("General Information", error.Message, StringComparison.Ordinal);
    }

    internal static Key NewKey() => Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });

    internal static string PublicHex(Key key) => Convert.ToHexString(key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    internal static string Sign(Key key, string data) => Convert.ToHexString(SignatureAlgorithm.Ed25519.Sign(key, Encoding.UTF8.GetBytes(data)));
}
