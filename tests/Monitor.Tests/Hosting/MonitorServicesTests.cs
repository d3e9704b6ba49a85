using Microsoft.Extensions.DependencyInjection;
using Monitor.Configuration;
using Monitor.Discord;
using Monitor.Hosting;
using Monitor.Pipeline.Fetching;

namespace Monitor.Tests.Hosting;

public sealed class MonitorServicesTests
{
    [Fact]
    public async Task AddMonitorCore_HttpAndDiscordSections_TheConfigsOwnOptionsAreServed()
    {
        var loaded = ConfigLoader.Parse(
            "feeds: []\nhttp:\n  max_redirects: 1\n  per_host_concurrency: 2\ndiscord:\n  channel_message_budget: 10\n",
            "monitor.yaml",
            "/tmp",
            "/tmp/monitor.yaml",
            _ => null);
        var config = loaded.Config!;
        var services = new ServiceCollection();

        services.AddMonitorCore(config, TextWriter.Null);
        await using var provider = services.BuildServiceProvider();

        var http = provider.GetRequiredService<FeedHttpOptions>();
        Assert.Equal(1, http.MaxRedirects);
        Assert.Equal(2, http.PerHostConcurrency);
        Assert.Same(config.Discord, provider.GetRequiredService<DiscordOptions>());
        Assert.Equal(10, provider.GetRequiredService<DiscordOptions>().ChannelMessageBudget);
    }
}
