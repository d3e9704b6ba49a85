using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Monitor.Configuration;
using Monitor.Hosting;
using Monitor.Pipeline.Delivery;
using Monitor.Server;
using Monitor.Telemetry;
using Monitor.TestKit;
using Quartz;

namespace Monitor.Tests.Server;

public sealed class MonitorServerTests
{
    [Fact]
    public async Task Run_Listen_HealthzAndReadyzAnswerAsJson()
    {
        await using var monitor = await RunningMonitor.StartAsync();

        using var healthz = await monitor.GetAsync("/healthz");

        // Quartz starts its scheduler once the host has started, so /readyz may say 503 (scheduler) for a moment after the
        // server answers: ask again until it is ready (no sleeping: each attempt is a request; bounded).
        var readyz = await monitor.GetAsync("/readyz");
        for (var attempt = 0; attempt < 500 && readyz.StatusCode != HttpStatusCode.OK; attempt++)
        {
            readyz.Dispose();
            readyz = await monitor.GetAsync("/readyz");
        }

        using var readyResponse = readyz;

        Assert.Equal(HttpStatusCode.OK, healthz.StatusCode);
        Assert.Equal("healthy", Json(await healthz.Content.ReadAsStringAsync()).GetProperty("status").GetString());
        var ready = Json(await readyz.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, readyz.StatusCode);
        foreach (var check in new[] { "config", "store", "scheduler" })
        {
            Assert.Equal("healthy", ready.GetProperty("checks").GetProperty(check).GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task Run_Listen_MetricsInPrometheusTextWithTheDocumentedNamesAndBoundedLabels()
    {
        await using var monitor = await RunningMonitor.StartAsync();
        await monitor.Log.WaitForAsync(l => l.Contains("Polled feed nieuws-demo", StringComparison.Ordinal));

        // The poll counter is recorded just after the log line; scrape until it is there (no sleeping: each scrape is a request).
        var text = string.Empty;
        for (var attempt = 0; attempt < 500 && !text.Contains("monitor_feed_polls_total{", StringComparison.Ordinal); attempt++)
        {
            using var response = await monitor.GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
            text = await response.Content.ReadAsStringAsync();
        }

        Assert.Contains("monitor_feed_polls_total{", text, StringComparison.Ordinal);
        Assert.Matches("monitor_feed_polls_total\\{[^}]*feed=\"nieuws-demo\"[^}]*outcome=\"updated\"", text);
        Assert.Contains("monitor_feed_poll_duration_seconds_bucket{", text, StringComparison.Ordinal);
        Assert.Matches("monitor_items_total\\{[^}]*outcome=\"alerted\"", text);
        Assert.Matches("monitor_alerts_total\\{[^}]*category=\"militaire-escalatie\"[^}]*rule=\"invasie\"[^}]*severity=\"critical\"", text);
        Assert.Contains("monitor_match_seconds_bucket{", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE monitor_outbox_pending gauge", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE monitor_outbox_oldest_pending_seconds gauge", text, StringComparison.Ordinal);

        // Bounded labels: no item text ever becomes a label value.
        Assert.DoesNotContain("Oekraïne", text, StringComparison.Ordinal);
        var labelNames = System.Text.RegularExpressions.Regex.Matches(text, "^monitor_[a-z_]+\\{([^}]*)\\}", System.Text.RegularExpressions.RegexOptions.Multiline)
            .SelectMany(m => m.Groups[1].Value.Split(',').Select(p => p.Split('=')[0]))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Subset(new HashSet<string>(["feed", "outcome", "rule", "category", "severity", "status", "scope", "le", "otel_scope_name", "otel_scope_version"], StringComparer.Ordinal), labelNames);
    }

    [Fact]
    public async Task Run_TokenSet_EverythingButHealthzNeedsTheBearerToken()
    {
        var env = new Dictionary<string, string> { ["MONITOR_SERVER_TOKEN"] = "s3cret-token" };
        await using var monitor = await RunningMonitor.StartAsync(yaml => yaml + "\nserver:\n  token: ${MONITOR_SERVER_TOKEN}\n", env);

        using var healthz = await monitor.GetAsync("/healthz");
        using var readyzWithout = await monitor.GetAsync("/readyz");
        using var metricsWrong = await monitor.GetAsync("/metrics", "wrong");
        using var pageWithout = await monitor.GetAsync("/");
        using var readyzWith = await monitor.GetAsync("/readyz", "s3cret-token");
        using var metricsWith = await monitor.GetAsync("/metrics", "s3cret-token");

        Assert.Equal(HttpStatusCode.OK, healthz.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, readyzWithout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, metricsWrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, pageWithout.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readyzWith.StatusCode);
        Assert.Equal(HttpStatusCode.OK, metricsWith.StatusCode);
        Assert.DoesNotContain("s3cret-token", monitor.Log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_PublicAddressWithoutToken_RefusesToStart()
    {
        using var dir = new TempDirectory();
        var config = dir.CopyBundledConfig();

        var result = await CliRunner.RunAsync("run", "--config", config, "--listen", "0.0.0.0:0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("server.token is not set", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readyz_StoreUnreachableAndSchedulerNotStarted_503NamesTheFailingParts()
    {
        using var dir = new TempDirectory();
        var config = ConfigLoader.Load(dir.CopyBundledConfig(), _ => null).Config!;
        var settings = new ServerSettings(new ServerEndpoint(IPAddress.Loopback, 0), null);
        var builder = MonitorServer.CreateBuilder(settings, dir.Path);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new ReloadableSnapshotSource(config));
        builder.Services.AddSingleton<IOutboxAdmin>(new UnreachableOutbox());
        builder.Services.AddQuartz(q => q.UseInMemoryStore());
        builder.Services.AddMonitorTelemetry(_ => null, prometheus: true);
        using var host = MonitorServer.Build(builder, settings);
        await host.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(MonitorServer.Addresses(host)[0]) };

        using var readyz = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
        using var healthz = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
        var body = Json(await readyz.Content.ReadAsStringAsync());
        await host.StopAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyz.StatusCode);
        Assert.Equal(HttpStatusCode.OK, healthz.StatusCode);
        Assert.Equal("unhealthy", body.GetProperty("status").GetString());
        Assert.Equal("healthy", body.GetProperty("checks").GetProperty("config").GetProperty("status").GetString());
        Assert.Equal("unhealthy", body.GetProperty("checks").GetProperty("store").GetProperty("status").GetString());
        Assert.Contains("not reachable", body.GetProperty("checks").GetProperty("store").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("unhealthy", body.GetProperty("checks").GetProperty("scheduler").GetProperty("status").GetString());
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    private sealed class UnreachableOutbox : IOutboxAdmin
    {
        private static Exception Down => new InvalidOperationException("connection refused");

        public Task<IReadOnlyList<OutboxEntry>> ListAsync(OutboxStatus status, int limit, CancellationToken cancellationToken) => throw Down;

        public Task<int> CountAsync(OutboxStatus status, CancellationToken cancellationToken) => throw Down;

        public Task<bool> RequeueAsync(long sequence, DateTimeOffset now, CancellationToken cancellationToken) => throw Down;

        public Task<int> RequeueDeadAsync(DateTimeOffset now, CancellationToken cancellationToken) => throw Down;

        public Task<IReadOnlyDictionary<string, string>> ListDisabledChannelsAsync(CancellationToken cancellationToken) => throw Down;
    }
}
