using System.Globalization;
using Microsoft.Extensions.Logging;
using Monitor.Discord.RateLimiting;
using Monitor.Domain;
using Monitor.Pipeline.Routing;

namespace Monitor.Hosting;

/// <summary>Forwards the Discord client's operator signals (ban pause, rejected token, invalid-request budget) to the admin channel through the outbox.</summary>
/// <remarks>The alert waits in the outbox like any other, so it reaches the admin channel once Discord accepts traffic again.</remarks>
public sealed class DiscordAdminBridge : IDisposable
{
    private readonly DiscordAdminSignal signal;
    private readonly AdminNotifier admin;
    private readonly ILogger<DiscordAdminBridge> logger;

    /// <summary>Initializes a new instance of the <see cref="DiscordAdminBridge"/> class and subscribes to <paramref name="signal"/>.</summary>
    public DiscordAdminBridge(DiscordAdminSignal signal, AdminNotifier admin, ILogger<DiscordAdminBridge> logger)
    {
        ArgumentNullException.ThrowIfNull(signal);
        this.signal = signal;
        this.admin = admin;
        this.logger = logger;
        signal.Raised += OnRaised;
    }

    /// <inheritdoc/>
    public void Dispose() => signal.Raised -= OnRaised;

    private void OnRaised(object? sender, DiscordAdminAlert alert) => _ = ForwardAsync(alert);

    private async Task ForwardAsync(DiscordAdminAlert alert)
    {
        Log.DiscordAdminSignal(logger, alert.Alarm.ToString(), alert.Message);
        try
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"discord-{alert.Alarm}:{alert.At.ToUnixTimeSeconds()}");
            await admin.NotifyAsync(key, "discord", $"Discord: {alert.Alarm}", alert.Message, Severity.High, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Storage trouble: the log line above already told the operator.
            Log.DiscordAdminForwardFailed(logger, ex.Message, ex);
        }
    }
}
