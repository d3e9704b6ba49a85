using Monitor.Discord.Models;

namespace Monitor.Discord.Tests.Models;

public sealed class DiscordErrorTests
{
    [Fact]
    public void TryParse_NestedErrorTree_FlattensToPathAndCode()
    {
        const string body = """
            {"code": 50035, "message": "Invalid Form Body", "errors": {
              "embeds": {"0": {"title": {"_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 256 or fewer in length."}]},
                               "fields": {"3": {"value": {"_errors": [{"code": "BASE_TYPE_REQUIRED", "message": "x"}]}}}}},
              "_errors": [{"code": "REQUEST_LEVEL", "message": "y"}]}}
            """;

        var error = DiscordError.TryParse(body);

        Assert.NotNull(error);
        Assert.Equal(50035, error.Code);
        Assert.Equal(["embeds.0.title: BASE_TYPE_MAX_LENGTH", "embeds.0.fields.3.value: BASE_TYPE_REQUIRED", "(request): REQUEST_LEVEL"], error.Errors);
        Assert.StartsWith("50035 Invalid Form Body: embeds.0.title", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<html>error code: 1015</html>")]
    [InlineData("")]
    [InlineData("{not json")]
    public void TryParse_NotDiscordJson_ReturnsNull(string body) => Assert.Null(DiscordError.TryParse(body));

    [Fact]
    public void Serialize_Message_SnakeCaseAndAllowedMentionsAlwaysExplicit()
    {
        var json = DiscordJson.Serialize(new DiscordMessage { Embeds = [new DiscordEmbed { Title = "t" }], ThreadName = "x" });

        Assert.Contains("\"allowed_mentions\":{\"parse\":[]}", json, StringComparison.Ordinal);
        Assert.Contains("\"thread_name\":\"x\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"content\"", json, StringComparison.Ordinal);
    }
}
