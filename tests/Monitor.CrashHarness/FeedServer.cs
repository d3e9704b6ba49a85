using System.Globalization;
using System.Security;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Monitor.CrashHarness;

/// <summary>A local feed server on 127.0.0.1: N RSS feeds of 50 items, each item matching exactly one rule ('crisis' or 'regio').</summary>
internal sealed class FeedServer(int items) : IAsyncDisposable
{
    public const int ItemsPerFeed = 50;
    private static readonly DateTimeOffset Published = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);
    private WebApplication? app;

    public string BaseUrl { get; private set; } = string.Empty;

    public int FeedCount => (items + ItemsPerFeed - 1) / ItemsPerFeed;

    /// <summary>Gets the channel each generated item should reach, by item number.</summary>
    public IReadOnlyDictionary<int, string> Expected => Enumerable.Range(0, items).ToDictionary(g => g, Channel);

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        app = builder.Build();
        app.MapGet("/feeds/{n:int}.xml", (int n) => Results.Text(Feed(n), "application/rss+xml; charset=utf-8"));
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

    /// <summary>Returns the item number in an embed title written by <see cref="Feed"/> ("Melding 123: …"), or -1.</summary>
    public static int NumberIn(string? title)
    {
        const string prefix = "Melding ";
        var start = title?.IndexOf(prefix, StringComparison.Ordinal) ?? -1;
        if (start < 0)
        {
            return -1;
        }

        start += prefix.Length;
        var end = title!.IndexOf(':', start);
        return end > start && int.TryParse(title.AsSpan(start, end - start), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
    }

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
            rss.Append(CultureInfo.InvariantCulture, $"<item><guid isPermaLink=\"false\">item-{g:D4}</guid><title>{title}</title><link>https://harness.example.org/{g}</link><description>Bericht {g}</description><pubDate>{Published.AddMinutes(j).ToString("r", CultureInfo.InvariantCulture)}</pubDate></item>");
        }

        return rss.Append("</channel></rss>").ToString();
    }
}
