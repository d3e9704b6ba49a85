using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Monitor.CrashHarness;

/// <summary>
/// A local feed server (N RSS feeds of 50 matching items) and a Discord-compatible webhook receiver (<c>?wait=true</c> → 200 with a
/// message object carrying an <c>id</c>) on 127.0.0.1. Every accepted webhook request is recorded, duplicates included.
/// </summary>
internal sealed class LocalServers(int items, int latencyMs) : IAsyncDisposable
{
    public const int ItemsPerFeed = 50;
    private static readonly DateTimeOffset Published = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);
    private WebApplication? app;
    private long messageId = 1_300_000_000_000_000_000;

    public ConcurrentQueue<Received> Requests { get; } = new();

    public string BaseUrl { get; private set; } = string.Empty;

    public int FeedCount => (items + ItemsPerFeed - 1) / ItemsPerFeed;

    /// <summary>Gets the channel each generated item should reach, by item key.</summary>
    public IReadOnlyDictionary<string, string> Expected =>
        Enumerable.Range(0, items).ToDictionary(Key, g => Channel(g), StringComparer.Ordinal);

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        app = builder.Build();
        app.MapGet("/feeds/{n:int}.xml", (int n) => Results.Text(Feed(n), "application/rss+xml; charset=utf-8"));
        app.MapPost("/api/webhooks/{id}/{token}", ReceiveAsync);
        await app.StartAsync();
        BaseUrl = app.Urls.First();
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    private static string Key(int g) => "item-" + g.ToString("D4", CultureInfo.InvariantCulture);

    private static string Channel(int g) => g % 2 == 0 ? "crisis" : "regio";

    private string Feed(int n)
    {
        var rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Harness</title><link>https://harness.example.org/</link>");
        for (var j = 0; j < ItemsPerFeed; j++)
        {
            var g = (n * ItemsPerFeed) + j;
            if (g >= items)
            {
                break;
            }

            var word = Channel(g) == "crisis" ? "dijkdoorbraak" : "wateroverlast";
            var title = SecurityElement.Escape($"Melding {g}: {word} gemeld in polder {j}");
            rss.Append(CultureInfo.InvariantCulture, $"<item><guid isPermaLink=\"false\">{Key(g)}</guid><title>{title}</title><description>Bericht {g}</description><pubDate>{Published.AddMinutes(j).ToString("r", CultureInfo.InvariantCulture)}</pubDate></item>");
        }

        return rss.Append("</channel></rss>").ToString();
    }

    private async Task<IResult> ReceiveAsync(string id, HttpContext http)
    {
        if (!string.Equals(http.Request.Query["wait"], "true", StringComparison.Ordinal))
        {
            return Results.StatusCode((int)HttpStatusCode.BadRequest);
        }

        using var body = await JsonDocument.ParseAsync(http.Request.Body);
        var parts = body.RootElement.GetProperty("content").GetString()!.Split('|');

        // Discord stores the message when it has the request; a worker killed before it reads the answer will send it again.
        var message = Interlocked.Increment(ref messageId).ToString(CultureInfo.InvariantCulture);
        Requests.Enqueue(new Received(id, parts[0], parts[1], message));
        if (latencyMs > 0)
        {
            await Task.Delay(latencyMs);
        }

        return Results.Json(new { id = message, channel_id = id, content = parts[2] });
    }

    /// <summary>One webhook request the receiver accepted.</summary>
    internal sealed record Received(string Channel, string AlertId, string ItemKey, string MessageId);
}
