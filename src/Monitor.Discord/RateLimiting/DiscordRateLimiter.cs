using Microsoft.Extensions.Logging;

namespace Monitor.Discord.RateLimiting;

/// <summary>The thread-safe, awaitable face of <see cref="RateLimitState"/>: waits (on the injected clock) for short limits and hands long ones back.</summary>
public sealed class DiscordRateLimiter
{
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);
    private readonly Lock gate = new();
    private readonly RateLimitState state;
    private readonly TimeProvider time;
    private readonly DiscordAdminSignal signal;
    private readonly ILogger logger;
    private TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DateTimeOffset lastSweep;

    /// <summary>Initializes a new instance of the <see cref="DiscordRateLimiter"/> class.</summary>
    public DiscordRateLimiter(RateLimitSettings settings, TimeProvider time, DiscordAdminSignal signal, ILogger<DiscordRateLimiter> logger)
    {
        state = new RateLimitState(settings);
        this.time = time;
        this.signal = signal;
        this.logger = logger;
        lastSweep = time.GetUtcNow();
    }

    /// <summary>Returns the invalid requests counted in the current window.</summary>
    public int InvalidRequests
    {
        get
        {
            lock (gate)
            {
                return state.InvalidRequests(time.GetUtcNow());
            }
        }
    }

    /// <summary>Waits until <paramref name="route"/> may be sent and reserves its slot; returns the refusal instead when the wait would exceed <paramref name="maxWait"/>.</summary>
    public async Task<RateLimitDecision> AcquireAsync(DiscordRoute route, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        while (true)
        {
            RateLimitDecision decision;
            Task releasedTask;
            var now = time.GetUtcNow();
            lock (gate)
            {
                if (now - lastSweep > SweepEvery)
                {
                    state.Sweep(now, SweepEvery);
                    lastSweep = now;
                }

                decision = state.TryAcquire(route, now);
                releasedTask = released.Task;
            }

            if (decision.Proceed)
            {
                return decision;
            }

            var wait = decision.NotBefore - now;
            if (decision.Reason != RateLimitWaitReason.BucketInFlight && wait > maxWait)
            {
                Log.RateLimitDeferred(logger, route.MajorId, decision.Reason.ToString(), wait);
                return decision;
            }

            // In-flight waits end when any response arrives; the others at their reset time.
            var delay = Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, time, cancellationToken);
            await (decision.Reason == RateLimitWaitReason.BucketInFlight ? Task.WhenAny(delay, releasedTask) : delay);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Records the response of a request let through by <see cref="AcquireAsync"/>.</summary>
    public void Complete(DiscordRoute route, RateLimitObservation response)
    {
        var now = time.GetUtcNow();
        RateLimitAlarm alarm;
        DateTimeOffset? pausedUntil;
        lock (gate)
        {
            alarm = state.Complete(route, response, now);
            pausedUntil = alarm switch
            {
                RateLimitAlarm.Banned => state.BannedUntil,
                RateLimitAlarm.InvalidRequestBudget => now + TimeSpan.FromMinutes(10),
                _ => null,
            };
            Release();
        }

        if (response.StatusCode == 429 && !response.IsBan)
        {
            Log.RateLimited(logger, route.MajorId, response.Scope ?? (response.IsGlobal ? "global" : "user"), response.RetryAfter ?? TimeSpan.Zero);
        }

        if (alarm != RateLimitAlarm.None)
        {
            var message = alarm switch
            {
                RateLimitAlarm.Banned => $"Discord is refusing this IP (HTTP {response.StatusCode} without rate-limit headers, a Cloudflare ban); all Discord traffic is paused until {pausedUntil:u}.",
                RateLimitAlarm.TokenRejected => "Discord rejected the bot token (401); nothing is sent with it until the token is fixed and Monitor restarts.",
                _ => "Invalid Discord requests (401/403/429) reached the safety margin of Discord's 10,000 per 10 minutes; traffic is paused to avoid an IP ban.",
            };
            Log.AdminAlert(logger, alarm.ToString(), message);
            signal.Raise(new DiscordAdminAlert(alarm, now, pausedUntil, message));
        }
    }

    /// <summary>Releases the slot of a request that got no response.</summary>
    public void Abandon(DiscordRoute route)
    {
        lock (gate)
        {
            state.Abandon(route);
            Release();
        }
    }

    private void Release()
    {
        var previous = released;
        released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        previous.TrySetResult();
    }
}
