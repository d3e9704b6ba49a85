using System.Globalization;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Monitor.Discord.RateLimiting;
using Monitor.Domain;
using Monitor.Pipeline.Routing;

namespace Monitor.Workers;

/// <summary>Turns the Discord client's admin signal (ban, rejected bot token, invalid-request budget) into admin alerts through the outbox.</summary>
/// <remarks>The client already logs each one as Critical; this makes it reach the admin channel too (delivered once the pause is over if that channel is on Discord).</remarks>
public sealed class DiscordAdminAlertWorker(DiscordAdminSignal signal, AdminNotifier notifier) : BackgroundService
{
    private readonly Channel<DiscordAdminAlert> queue = Channel.CreateUnbounded<DiscordAdminAlert>();

    /// <summary>Queues one admin alert for <paramref name="alert"/>. Returns false when no admin channel is configured.</summary>
    public Task<bool> HandleAsync(DiscordAdminAlert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var key = string.Create(CultureInfo.InvariantCulture, $"discord-{alert.Alarm}:{alert.At:yyyy-MM-ddTHH:mm:ssZ}");
        var title = alert.Alarm switch
        {
            RateLimitAlarm.Banned => "Discord blokkeert Monitor tijdelijk (ban)",
            RateLimitAlarm.TokenRejected => "Discord weigert het bot-token",
            _ => "Te veel ongeldige Discord-verzoeken; verkeer gepauzeerd",
        };
        return notifier.NotifyAsync(key, "discord-delivery", title, alert.Message, Severity.Critical, cancellationToken);
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        signal.Raised += OnRaised;
        try
        {
            await foreach (var alert in queue.Reader.ReadAllAsync(stoppingToken))
            {
                await HandleAsync(alert, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
        finally
        {
            signal.Raised -= OnRaised;
        }
    }

    private void OnRaised(object? sender, DiscordAdminAlert alert) => queue.Writer.TryWrite(alert);
}
