namespace Monitor.Discord.RateLimiting;

/// <summary>Something about Discord delivery an operator must act on.</summary>
/// <param name="Alarm">What happened.</param>
/// <param name="At">When.</param>
/// <param name="PausedUntil">Until when traffic is paused, when it is.</param>
/// <param name="Message">A sentence for the operator (no secrets).</param>
public sealed record DiscordAdminAlert(RateLimitAlarm Alarm, DateTimeOffset At, DateTimeOffset? PausedUntil, string Message);
