namespace Monitor.Discord.Gateway;

/// <summary>The answer of <c>GET /gateway/bot</c>: where to connect and how many new sessions may start.</summary>
/// <param name="Url">The Gateway URL (without query).</param>
/// <param name="Remaining">Sessions (IDENTIFYs) left in the current window.</param>
/// <param name="ResetAfter">When <paramref name="Remaining"/> refills.</param>
/// <param name="MaxConcurrency">IDENTIFYs allowed per 5 seconds.</param>
public sealed record GatewayInfo(Uri Url, int Remaining, TimeSpan ResetAfter, int MaxConcurrency);
