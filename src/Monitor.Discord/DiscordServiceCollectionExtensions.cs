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
    /// <remarks>
    /// Register the console sink as well; <see cref="DiscordAlertSink.CanDeliver"/> declines channels without a webhook or bot token.
    /// Calling it again only applies <paramref name="configure"/> to the options already registered.
    /// </remarks>
    public static IServiceCollection AddDiscordDelivery(this IServiceCollection services, Action<DiscordOptions>? configure = null)
    {
        // A second call configures the same options instead of replacing them with defaults.
        var existing = services.FirstOrDefault(d => d.ServiceType == typeof(DiscordOptions))?.ImplementationInstance as DiscordOptions;
        var options = existing ?? new DiscordOptions();
        configure?.Invoke(options);
        return existing is not null ? services : Register(services, options);
    }

    /// <summary>Adds Discord delivery with <paramref name="options"/> (the config's <c>discord:</c> section, read and validated by the config loader).</summary>
    /// <remarks>When options are already registered, they are kept.</remarks>
    public static IServiceCollection AddDiscordDelivery(this IServiceCollection services, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return services.Any(d => d.ServiceType == typeof(DiscordOptions)) ? services : Register(services, options);
    }

    private static IServiceCollection Register(IServiceCollection services, DiscordOptions options)
    {
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
