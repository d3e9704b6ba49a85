using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Monitor.Domain.Feeds;
using Monitor.Infrastructure.Http;
using Monitor.Pipeline.Admin;
using Monitor.Pipeline.Fetching;
using Monitor.Pipeline.Polling;
using Monitor.TestKit.Fakes;
using Monitor.TestKit.Feeds;

namespace Monitor.Infrastructure.Tests.Http;

/// <summary>One poll round over a server full of hostile feeds plus two healthy ones, run once for all <see cref="HostileFeedTests"/>.</summary>
public sealed class HostileFeedsFixture : IAsyncLifetime
{
    public const string Secret = "GEHEIM-7f3a";

    // The fetch deadline runs on the fake clock: no feed times out until the round moves it, so a loaded machine cannot
    // turn a healthy feed into a timeout.
    private readonly FeedHttpOptions options = new() { Timeout = TimeSpan.FromSeconds(3), MaxBodyBytes = 2 * 1024 * 1024 };
    private FeedTestServer server = null!;
    private FeedClientFactory factory = null!;
    private string secretFile = null!;
    private Task trickleFlushed = Task.CompletedTask;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));

    public InMemoryStore Store { get; } = new();

    public Dictionary<string, PollReport> Reports { get; } = new(StringComparer.Ordinal);

    public long AllocatedBytes { get; private set; }

    /// <summary>The fake clock's time when the round started (before the stalled feed's deadline moved it).</summary>
    public DateTimeOffset RoundStart { get; private set; }

    public string TitlesOf(string feedId) =>
        string.Join(" | ", Store.Commits.Where(c => c.FeedId == feedId).SelectMany(c => c.SeenItems).Select(i => i.Title));

    public async Task InitializeAsync()
    {
        server = await FeedTestServer.StartAsync();
        factory = new FeedClientFactory(options);
        secretFile = Path.GetTempFileName();
        await File.WriteAllTextAsync(secretFile, Secret);
        Map();

        var feeds = Paths.Select(p => new FeedDefinition(p.Trim('/').Replace('.', '-'), server.Url(p).AbsoluteUri, TimeSpan.FromMinutes(5))).ToList();
        var snapshots = FixedSnapshotSource.Create(feeds);
        var cycle = new FeedPollCycle(snapshots, new FeedFetcher(new HttpFeedFetcher(factory, options, Time), new FileFeedFetcher(options)), Store, Store, new AdminAlertQueue(Store), Time, NullLogger<FeedPollCycle>.Instance);
        var before = GC.GetTotalAllocatedBytes(precise: false);
        RoundStart = Time.GetUtcNow();
        var polls = feeds.ToDictionary(f => f.Id, f => cycle.PollAsync(f.Id, default));
        var stalled = polls["trickle-xml"];
        await Task.WhenAll(polls.Where(p => p.Key != "trickle-xml").Select(p => p.Value));
        await trickleFlushed;
        Time.Advance(options.Timeout);
        await stalled;
        var reports = polls.Values.Select(p => p.Result).ToList();
        AllocatedBytes = GC.GetTotalAllocatedBytes(precise: false) - before;
        foreach (var report in reports)
        {
            Reports[report.FeedId] = report;
        }
    }

    public async Task DisposeAsync()
    {
        factory.Dispose();
        await server.DisposeAsync();
        File.Delete(secretFile);
    }

    private static readonly string[] Paths =
    [
        "/good-1.xml", "/good-2.xml", "/xxe.xml", "/laughs.xml", "/gzip-bomb.xml", "/endless.xml", "/trickle.xml", "/html.xml",
        "/loop.xml", "/missing.xml", "/gone.xml", "/limited.xml", "/broken.xml", "/invalid-utf8.xml", "/utf16.xml",
        "/wrong-charset.xml", "/empty.xml", "/control.xml",
    ];

    private static byte[] Rss(string title) => Encoding.UTF8.GetBytes($"<rss version=\"2.0\"><channel><title>t</title><item><guid>1</guid><title>{title}</title></item></channel></rss>");

    private void Map()
    {
        server.Serve("/good-1.xml", FeedDocuments.RssBytes(3, "a"));
        server.Serve("/good-2.xml", FeedDocuments.RssBytes(2, "b"));
        server.Serve("/xxe.xml", Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file://{secretFile}\">]><rss version=\"2.0\"><channel><title>t</title><item><guid>1</guid><title>voor &xxe; na</title></item></channel></rss>"));
        var laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"lollollollollollollollollollol\">");
        for (var i = 0; i < 9; i++)
        {
            laughs.Append(System.Globalization.CultureInfo.InvariantCulture, $"<!ENTITY {(char)('b' + i)} \"{string.Concat(Enumerable.Repeat($"&{(char)('a' + i)};", 10))}\">");
        }

        server.Serve("/laughs.xml", Encoding.UTF8.GetBytes(laughs + "]><rss version=\"2.0\"><channel><title>t</title><item><guid>1</guid><title>lach &j;</title></item></channel></rss>"));
        server.CompressionBomb("/gzip-bomb.xml", 64L * 1024 * 1024);
        server.Endless("/endless.xml");
        trickleFlushed = server.Stall("/trickle.xml", Rss("traag"));
        server.Serve("/html.xml", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/echte-feed.xml\"></head><body>Welkom</body></html>"), "text/html; charset=utf-8");
        server.Redirect("/loop.xml", "/loop.xml");
        server.Status("/missing.xml", 404);
        server.Status("/gone.xml", 410);
        server.Status("/limited.xml", 429, new Dictionary<string, string> { ["Retry-After"] = "3600" });
        server.Status("/broken.xml", 503);
        server.Serve("/invalid-utf8.xml", [.. Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><title>t</title><item><guid>1</guid><title>één "), 0xFF, .. Encoding.UTF8.GetBytes(" café</title></item></channel></rss>")]);
        server.Serve("/utf16.xml", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<?xml version=\"1.0\" encoding=\"utf-16\"?><rss version=\"2.0\"><channel><title>t</title><item><guid>1</guid><title>Oekraïne één</title></item></channel></rss>")], "application/xml");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        server.Serve("/wrong-charset.xml", Encoding.GetEncoding(1252).GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>t</title><item><guid>1</guid><title>“Oekraïne” €</title></item></channel></rss>"), "application/rss+xml; charset=utf-8");
        server.Serve("/empty.xml", []);
        server.Serve("/control.xml", Rss("a\u0001b\u0008c\u001Fd"));
    }
}
