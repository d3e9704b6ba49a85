using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using Monitor.Configuration;
using Monitor.Domain;
using Monitor.Domain.Alerts;
using Monitor.Domain.Items;
using Monitor.Hosting;
using Monitor.Pipeline.Dedup;
using Monitor.Pipeline.Delivery;
using Monitor.Pipeline.State;
using Monitor.Server;
using Monitor.Telemetry;
using Monitor.TestKit;
using Monitor.TestKit.Fakes;
using Quartz;

namespace Monitor.Tests.Server.Status;

/// <summary>The status page in a real headless browser (Debian's chromium, driven by Playwright), served by the real server.</summary>
public sealed class StatusPageTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private const string ScriptTitle = "<script>document.title='pwned'</script> Overleg in Kyiv";

    private readonly TempDirectory dir = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
    private readonly InMemoryStore store = new();
    private IHost host = null!;
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;
    private Uri address = null!;

    public async Task InitializeAsync()
    {
        // A missing browser is a failure with the fix, never a skip.
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: run tests/ci/setup-chromium.sh (apt-get install chromium)");
        var path = dir.CopyBundledConfig();
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace("feeds:\n", "feeds:\n  - id: kapot\n    name: Kapotte feed\n    url: http://127.0.0.1:9/feed\n", StringComparison.Ordinal));
        var config = ConfigLoader.Load(path, _ => null).Config!;
        await SeedAsync();

        var settings = new ServerSettings(new ServerEndpoint(IPAddress.Loopback, 0), null);
        var builder = MonitorServer.CreateBuilder(settings, dir.Path);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton(new ReloadableSnapshotSource(config));
        builder.Services.AddSingleton<IOutboxAdmin>(store);
        builder.Services.AddSingleton<IFeedStateStore>(store);
        builder.Services.AddQuartz(q => q.UseInMemoryStore());
        builder.Services.AddMonitorTelemetry(_ => null, prometheus: true);
        host = MonitorServer.Build(builder, settings);
        await host.StartAsync();
        address = new Uri(MonitorServer.Addresses(host)[0] + "/");

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (host is not null)
        {
            await host.StopAsync();
            host.Dispose();
        }

        dir.Dispose();
    }

    [Fact]
    public async Task Get_InBrowser_LoadsWithoutConsoleErrorsAndRefreshesItself()
    {
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        page.RequestFailed += (_, request) => errors.Add("request failed: " + request.Url);

        var response = await page.GotoAsync(address.AbsoluteUri);

        Assert.Equal(200, response!.Status);
        Assert.Empty(errors);
        Assert.Equal("30", await page.Locator("meta[http-equiv=refresh]").GetAttributeAsync("content"));
        Assert.Equal("Monitor status — 1 failing", await page.TitleAsync());
    }

    [Fact]
    public async Task Get_InBrowser_ChartHasOneSeriesPerCategorySeen()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(address.AbsoluteUri);

        var series = page.Locator("svg#chart polyline.series");
        var categories = new List<string>();
        for (var i = 0; i < await series.CountAsync(); i++)
        {
            categories.Add((await series.Nth(i).GetAttributeAsync("data-category"))!);
        }

        Assert.Equal(["diplomatie", "militaire-escalatie"], categories);
        Assert.True(await page.Locator("svg#chart").IsVisibleAsync());
    }

    [Fact]
    public async Task Get_InBrowser_FailingFeedIsMarkedAndStandsOut()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(address.AbsoluteUri);

        var failing = page.Locator("tr.feed[data-feed=kapot]");
        var healthy = page.Locator("tr.feed[data-feed=nieuws-demo]");

        Assert.Contains("failing", await failing.GetAttributeAsync("class"), StringComparison.Ordinal);
        Assert.Equal("failing", await failing.Locator("td.state").InnerTextAsync());
        Assert.Contains("connection refused", await failing.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("ok", await healthy.Locator("td.state").InnerTextAsync());
        var failingBackground = await failing.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        var healthyBackground = await healthy.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.NotEqual(healthyBackground, failingBackground);
    }

    [Fact]
    public async Task Get_InBrowser_AlertTitleWithScriptStaysText()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(address.AbsoluteUri);

        var titles = await page.Locator("#alerts td.title").AllInnerTextsAsync();

        Assert.Contains(ScriptTitle, titles);
        Assert.Equal(0, await page.Locator("#alerts script").CountAsync());
        Assert.NotEqual("pwned", await page.TitleAsync());
        Assert.Equal("https://nieuws.example/overleg", await page.Locator("#alerts td.title a", new() { HasText = "Overleg in Kyiv" }).GetAttributeAsync("href"));
    }

    private async Task SeedAsync()
    {
        var now = clock.GetUtcNow();
        await store.SaveAsync(new FeedState("nieuws-demo") { LastSuccessAt = now.AddMinutes(-2), NextPollAt = now.AddMinutes(3) }, default);
        await store.SaveAsync(new FeedState("kapot") { ConsecutiveFailures = 4, LastError = "connection refused", LastErrorAt = now.AddMinutes(-1), NextPollAt = now.AddMinutes(8) }, default);
        Alert Make(string id, string rule, string category, Severity severity, string title, TimeSpan ago) =>
            new(id, "crisis", new FeedItem("nieuws-demo", id, title, string.Empty, string.Empty, new Uri("https://nieuws.example/" + id), now - ago), [new RuleHit(rule, category, severity, [])], now - ago);
        await store.CommitAsync(
            new PollCommit(
                "nieuws-demo",
                [],
                [
                    Make("invasie", "invasie", "militaire-escalatie", Severity.Critical, "Rusland valt Oekraïne binnen", TimeSpan.FromHours(5)),
                    Make("tanks", "troepenopbouw", "militaire-escalatie", Severity.High, "Tanks bij de grens", TimeSpan.FromMinutes(30)),
                    Make("overleg", "diplomatie", "diplomatie", Severity.Medium, ScriptTitle, TimeSpan.FromMinutes(10)),
                ],
                now),
            default);
    }
}
