using System.Text.Json;
using Monitor.Logging;
using Monitor.TestKit;
using Monitor.TestKit.Discord;

namespace Monitor.Tests.Logging;

public sealed class SecretRedactorTests
{
    [Theory]
    [InlineData("a configured secret", "token=s3cret-server-token here", "token=*** here")]
    [InlineData("a webhook URL from the config", "POST https://discord.example/api/webhooks/1/abc-DEF_123 failed", "POST *** failed")]
    [InlineData("a webhook token not in the config", "POST https://discord.com/api/v10/webhooks/99/zzz-other.token failed", "POST https://discord.com/api/v10/webhooks/99/*** failed")]
    [InlineData("nothing secret", "Polled feed nieuws: 3 items", "Polled feed nieuws: 3 items")]
    public void Redact_Text_MasksSecrets(string scenario, string text, string expected)
    {
        var redactor = new SecretRedactor(["s3cret-server-token", "https://discord.example/api/webhooks/1/abc-DEF_123"]);

        Assert.True(expected == redactor.Redact(text), scenario + ": " + redactor.Redact(text));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public async Task Run_DeliveryFailuresAndAServerToken_NoWebhookUrlOrTokenInTheLog(string format)
    {
        await using var discord = await DiscordTestServer.StartAsync();
        var gone = discord.CreateWebhook("crisis-channel");
        var failing = discord.CreateWebhook("diplomatie-channel");
        discord.DeleteWebhook(gone);
        discord.FailNext(500, 50);
        var env = new Dictionary<string, string>
        {
            ["DISCORD_WEBHOOK_CRISIS"] = gone,
            ["DISCORD_WEBHOOK_DIPLOMATIE"] = failing,
            ["MONITOR_SERVER_TOKEN"] = "s3cret-server-token",
        };
        using var dir = new TempDirectory();
        var config = dir.CopyBundledConfig();
        await File.AppendAllTextAsync(config, "\nserver:\n  token: ${MONITOR_SERVER_TOKEN}\nadmin:\n  channel: crisis\n  feed_failure_threshold: 1\n");

        var result = await CliRunner.RunAsync(env, "run", "--once", "--config", config, "--log-format", format);
        var everything = result.Out + result.Error;

        Assert.Equal(0, result.ExitCode);
        Assert.True(discord.Requests.Count > 0, "no request reached the Discord test server, so no delivery path was logged");
        Assert.Matches("(?i)(warn|fail|error)", result.Error);
        foreach (var secret in new[] { gone, failing, Token(gone), Token(failing), "s3cret-server-token" })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        }

        if (format == "json")
        {
            Assert.All(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith('{')), l => JsonDocument.Parse(l).Dispose());
            Assert.Contains("\"messageTemplate\"", result.Error, StringComparison.Ordinal);
        }
    }

    private static string Token(string webhookUrl) => webhookUrl[(webhookUrl.LastIndexOf('/') + 1)..];
}
