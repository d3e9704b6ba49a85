using Microsoft.Extensions.DependencyInjection;
using Monitor.Discord.Delivery;
using Monitor.Pipeline.Delivery;

namespace Monitor.Discord.Tests;

public sealed class DiscordServiceCollectionExtensionsTests
{
    [Fact]
    public void AddDiscordDelivery_CalledTwice_OneDiscordSinkAsIAlertSinkWithTheOptions()
    {
        var services = new ServiceCollection();
        services.AddDiscordDelivery(o => o.ApiBaseUrl = new Uri("http://127.0.0.1:1/api/v10"));
        services.AddDiscordDelivery();
        using var provider = services.BuildServiceProvider();

        var sink = Assert.Single(provider.GetServices<IAlertSink>());

        Assert.IsType<DiscordAlertSink>(sink);
        Assert.Same(sink, provider.GetRequiredService<DiscordAlertSink>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
        Assert.Equal(new Uri("http://127.0.0.1:1/api/v10"), provider.GetRequiredService<DiscordOptions>().ApiBaseUrl);
    }
}
