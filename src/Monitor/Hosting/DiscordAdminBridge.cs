using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;
using Monitor.Discord.RateLimiting;
using Monitor.Pipeline.Admin;

namespace Monitor.Hosting;

/// <summary>Turns the Discord client's operator signals (ban pause, rejected token, invalid-request budget) into admin alerts the outbox dispatcher queues.</summary>
/// <remarks>
/// The signal is raised synchronously inside the rate limiter, so it is only recorded here; the dispatcher takes it at the start of
/// its next pass and awaits the outbox write (<see cref="IAdminAlertSource"/>). The alert then waits in the outbox like any other,
/// so it reaches the admin channel once Discord accepts traffic again.
/// </remarks>
public sealed class DiscordAdminBridge : IAdminAlertSource, IDisposable
{
    private readonly DiscordAdminSignal signal;
    private readonly ILogger<DiscordAdminBridge> logger;
    private readonly ConcurrentQueue<AdminAlert> raised = new();

    /// <summary>Initializes a new instance of the <see cref="DiscordAdminBridge"/> class and subscribes to <paramref name="signal"/>.</summary>
    public DiscordAdminBridge(DiscordAdminSignal signal, ILogger<DiscordAdminBridge> logger)
    {
        ArgumentNullException.ThrowIfNull(signal);
        this.signal = signal;
        this.logger = logger;
        signal.Raised += OnRaised;
    }

    /// <summary>Returns the admin alert for a Discord operator signal, or null for one that needs none. Pure.</summary>
    public static AdminAlert? ToAdminAlert(DiscordAdminAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        AdminAlertKind? kind = alert.Alarm switch
        {
            RateLimitAlarm.Banned => AdminAlertKind.DiscordBanned,
            RateLimitAlarm.TokenRejected => AdminAlertKind.DiscordTokenRejected,
            RateLimitAlarm.InvalidRequestBudget => AdminAlertKind.DiscordInvalidRequests,
            _ => null,
        };
        return kind is { } k ? new AdminAlert(k, "discord", alert.At) { NextAttemptAt = alert.PausedUntil } : null;
    }

    /// <inheritdoc/>
    public bool TryTake([NotNullWhen(true)] out AdminAlert? alert) => raised.TryDequeue(out alert);

    /// <inheritdoc/>
    public void Dispose() => signal.Raised -= OnRaised;

    private void OnRaised(object? sender, DiscordAdminAlert alert)
    {
        Log.DiscordAdminSignal(logger, alert.Alarm.ToString(), alert.Message);
        if (ToAdminAlert(alert) is { } admin)
        {
            raised.Enqueue(admin);
        }
    }
}
