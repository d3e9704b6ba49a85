using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Monitor.Discord.Delivery;
using Monitor.Discord.RateLimiting;
using Monitor.Discord.Rest;
using Monitor.Pipeline.Delivery;

namespace Monitor.Discord;

/// <summary>Registers Discord delivery with the host.</summary>
public static class DiscordServiceCollectionExtensions
{
    /// <summary>Adds the Discord client, its rate limiter and admin signal, and <see cref="DiscordAlertSink"/> as an <see cref="IAlertSink"/>.</summary>
    /// <remarks>Register the console sink as well; <see cref="DiscordAlertSink.CanDeliver"/> declines channels without a webhook or bot token.</remarks>
    public static IServiceCollection AddDiscordDelivery(this IServiceCollection services, Action<DiscordOptions>? configure = null)
    {
        var options = new DiscordOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddSingleton(options);
        // The default HttpClient loggers write the request URI, which holds the webhook token: remove them.
        services.AddHttpClient(DiscordRestClient.HttpClientName, http => http.Timeout = options.RequestTimeout + TimeSpan.FromSeconds(5))
            .RemoveAllLoggers();
        services.TryAddSingleton<DiscordAdminSignal>();
        services.TryAddSingleton(sp => new DiscordRateLimiter(
            RateLimitSettings.From(options),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<DiscordAdminSignal>(),
            sp.GetRequiredService<ILogger<DiscordRateLimiter>>()));
        services.TryAddSingleton<DiscordRestClient>();
        services.TryAddSingleton<DiscordAlertSink>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAlertSink, DiscordAlertSink>(sp => sp.GetRequiredService<DiscordAlertSink>()));
        return services;
    }
}
