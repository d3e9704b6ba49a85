using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Monitor.TestKit.Discord;

namespace Monitor.Discord.Tests.TestServer;

/// <summary>The Discord test server itself behaves like Discord (other issues' tests rely on it).</summary>
public sealed class DiscordTestServerTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 27, 21, 0, 0, TimeSpan.Zero));
    private readonly HttpClient http = new();
    private DiscordTestServer server = null!;

    public async Task InitializeAsync() => server = await DiscordTestServer.StartAsync(time, new DiscordTestServerOptions { ChannelHiddenLimit = 7 });

    public async Task DisposeAsync()
    {
        http.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task Webhook_SixInOneWindow_HeadersCountDownThenUser429WithRetryAfter()
    {
        var url = server.CreateWebhook("c1") + "?wait=true";
        var remaining = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            using var ok = await PostAsync(url, """{"content": "x"}""");
            remaining.Add(ok.Headers.GetValues("X-RateLimit-Remaining").Single());
            Assert.Equal("5", ok.Headers.GetValues("X-RateLimit-Limit").Single());
            Assert.NotEmpty(ok.Headers.GetValues("X-RateLimit-Bucket").Single());
        }

        time.Advance(TimeSpan.FromSeconds(0.5));
        using var limited = await PostAsync(url, """{"content": "x"}""");
        var body = JsonNode.Parse(await limited.Content.ReadAsStringAsync())!;

        Assert.Equal(["4", "3", "2", "1", "0"], remaining);
        Assert.Equal(429, (int)limited.StatusCode);
        Assert.Equal("user", limited.Headers.GetValues("X-RateLimit-Scope").Single());
        Assert.Equal(1.5, (double)body["retry_after"]!, 3);
        Assert.Equal("2", limited.Headers.GetValues("Retry-After").Single());
    }

    [Fact]
    public async Task Webhook_HiddenChannelLimit_SharedAcrossWebhooksOfOneChannel()
    {
        var a = server.CreateWebhook("c1") + "?wait=true";
        var b = server.CreateWebhook("c1") + "?wait=true";
        for (var i = 0; i < 7; i++)
        {
            using var ok = await PostAsync(i % 2 == 0 ? a : b, """{"content": "x"}""");
            Assert.Equal(200, (int)ok.StatusCode);
            time.Advance(TimeSpan.FromSeconds(1));
        }

        using var shared = await PostAsync(a, """{"content": "x"}""");

        Assert.Equal(429, (int)shared.StatusCode);
        Assert.Equal("shared", shared.Headers.GetValues("X-RateLimit-Scope").Single());
        Assert.NotEqual("0", shared.Headers.GetValues("X-RateLimit-Remaining").Single());
        Assert.Equal(40, (double)JsonNode.Parse(await shared.Content.ReadAsStringAsync())!["retry_after"]!, 3);
    }

    [Fact]
    public async Task Bot_GlobalLimitPerToken_51stRequestInOneSecondIsGlobal429()
    {
        var token = server.CreateBotToken();
        for (var c = 0; c < 11; c++)
        {
            server.CreateChannel($"ch{c}");
        }

        var statuses = new List<int>();
        for (var i = 0; i < 51; i++)
        {
            using var response = await PostAsync($"{server.ApiBase}/channels/ch{i % 11}/messages", """{"content": "x"}""", token);
            statuses.Add((int)response.StatusCode);
            if (i == 50)
            {
                Assert.Equal("true", response.Headers.GetValues("X-RateLimit-Global").Single());
            }
        }

        Assert.Equal(429, statuses[50]);
        Assert.All(statuses.Take(50), s => Assert.Equal(200, s));
    }

    [Fact]
    public async Task Webhook_Ban_HtmlWithoutRateLimitHeaders()
    {
        var url = server.CreateWebhook("c1");
        server.Ban(TimeSpan.FromMinutes(10), 403);

        using var banned = await PostAsync(url, """{"content": "x"}""");

        Assert.Equal(403, (int)banned.StatusCode);
        Assert.Contains("1015", await banned.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(banned.Headers, h => h.Key.StartsWith("X-RateLimit", StringComparison.OrdinalIgnoreCase));
        time.Advance(TimeSpan.FromMinutes(10));
        using var after = await PostAsync(url, """{"content": "x"}""");
        Assert.Equal(204, (int)after.StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(string url, string json, string? botToken = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (botToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", botToken);
        }

        return await http.SendAsync(request);
    }
}
