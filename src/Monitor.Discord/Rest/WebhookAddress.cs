using Monitor.Domain.Channels;

namespace Monitor.Discord.Rest;

/// <summary>A webhook URL taken apart: the API base (host and prefix kept, so test servers and proxies work), the id, and the token (secret).</summary>
/// <remarks><c>https://discord.com/api/webhooks/{id}/{token}</c> becomes base <c>https://discord.com/api/v10</c>; a base without <c>/api</c> is kept as it is.</remarks>
public sealed class WebhookAddress
{
    private readonly Secret token;

    private WebhookAddress(string apiBase, string id, Secret token)
    {
        ApiBase = apiBase;
        Id = id;
        this.token = token;
    }

    /// <summary>Gets the API base, for example <c>https://discord.com/api/v10</c>.</summary>
    public string ApiBase { get; }

    /// <summary>Gets the webhook id (not secret).</summary>
    public string Id { get; }

    /// <summary>Parses a webhook URL; returns <see langword="null"/> when it has no <c>/webhooks/{id}/{token}</c> path.</summary>
    public static WebhookAddress? TryParse(Secret? url)
    {
        if (url is null || url.IsEmpty || !Uri.TryCreate(url.Reveal().Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.LastIndexOf(segments, "webhooks");
        if (at < 0 || segments.Length < at + 3 || !segments[at + 1].All(char.IsAsciiDigit) || segments[at + 2].Length == 0)
        {
            return null;
        }

        var prefix = segments.Take(at).ToList();
        if (prefix.Count > 0 && prefix[^1] == "api")
        {
            prefix.Add("v10"); // unversioned routes fall back to the deprecated v6
        }

        var root = uri.GetLeftPart(UriPartial.Authority);
        var apiBase = prefix.Count == 0 ? root : $"{root}/{string.Join('/', prefix)}";
        return new WebhookAddress(apiBase, segments[at + 1], new Secret(segments[at + 2]));
    }

    /// <summary>Returns the execute URL: <c>…/webhooks/{id}/{token}?wait=true[&amp;thread_id=…]</c>.</summary>
    public Uri ExecuteUri(string? threadId) =>
        new($"{ApiBase}/webhooks/{Id}/{token.Reveal()}?wait=true{(threadId is null ? string.Empty : $"&thread_id={threadId}")}");

    /// <summary>Returns the URL of a message this webhook sent.</summary>
    public Uri MessageUri(string messageId, string? threadId) =>
        new($"{ApiBase}/webhooks/{Id}/{token.Reveal()}/messages/{messageId}{(threadId is null ? string.Empty : $"?thread_id={threadId}")}");

    /// <summary>Returns the address without the token.</summary>
    public override string ToString() => $"{ApiBase}/webhooks/{Id}/***";
}
