namespace Monitor.Discord.RateLimiting;

/// <summary>The channel through which the Discord client tells operators about bans, a rejected bot token or a spent invalid-request budget.</summary>
/// <remarks>Registered as a singleton; the host can subscribe to <see cref="Raised"/> (health check, console banner, e-mail).</remarks>
public sealed class DiscordAdminSignal
{
    private readonly Lock gate = new();
    private readonly List<DiscordAdminAlert> alerts = [];

    /// <summary>Raised for every new admin alert.</summary>
    public event EventHandler<DiscordAdminAlert>? Raised;

    /// <summary>Gets every alert raised so far, oldest first.</summary>
    public IReadOnlyList<DiscordAdminAlert> Alerts
    {
        get
        {
            lock (gate)
            {
                return alerts.ToList();
            }
        }
    }

    /// <summary>Raises <paramref name="alert"/>.</summary>
    public void Raise(DiscordAdminAlert alert)
    {
        lock (gate)
        {
            alerts.Add(alert);
        }

        Raised?.Invoke(this, alert);
    }
}
