namespace Monitor.Discord.RateLimiting;

/// <summary>What the rate limiter needs to know about a request; never holds a token.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Template">The route with ids replaced, for example <c>/webhooks/{id}/{token}</c>.</param>
/// <param name="MajorId">The top-level resource, for example <c>webhook:123</c> or <c>channel:456</c>.</param>
/// <param name="GlobalKey">Who the global 50/s limit counts against: a bot-token fingerprint, or <c>ip</c> for unauthenticated webhook calls.</param>
/// <param name="IsBot">Whether the request carries a bot token (a 401 then stops every request with it).</param>
/// <param name="PostsMessage">Whether it posts a new message (counts toward the per-channel message budget).</param>
public sealed record DiscordRoute(string Method, string Template, string MajorId, string GlobalKey, bool IsBot, bool PostsMessage)
{
    /// <summary>Gets the key of the route before its bucket hash is known.</summary>
    public string RouteKey => $"{Method} {Template}";
}
