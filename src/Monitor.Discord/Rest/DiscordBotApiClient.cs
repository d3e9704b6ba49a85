using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Monitor.Discord.Gateway;
using Monitor.Discord.Models;
using Monitor.Domain.Channels;

namespace Monitor.Discord.Rest;

/// <summary>
/// The bot's REST calls for the Gateway and interactions: <c>GET /gateway/bot</c>, the application, command registration, interaction
/// callbacks, followups and <c>@original</c> edits, DM channels. Every URL starts at <see cref="DiscordOptions.ApiBaseUrl"/>.
/// </summary>
/// <remarks>
/// Low volume (a few calls at start, one or two per interaction), so no bucket tracking: a failure is a <see cref="DiscordApiException"/>
/// carrying the route template, status and JSON code. Tokens travel only in the Authorization header or the URL path, never in a message.
/// </remarks>
public sealed class DiscordBotApiClient(IHttpClientFactory httpClientFactory, DiscordOptions options)
{
    /// <summary>Gets the Gateway URL and the session start limit (<c>GET /gateway/bot</c>).</summary>
    public async Task<GatewayInfo> GetGatewayAsync(Secret botToken, CancellationToken cancellationToken)
    {
        var json = await SendAsync(HttpMethod.Get, "/gateway/bot", "GET /gateway/bot", null, botToken, cancellationToken);
        var limit = json?["session_start_limit"];
        var url = (string?)json?["url"] ?? throw new DiscordApiException("GET /gateway/bot", 200, 0, "the answer has no url");
        return new GatewayInfo(
            new Uri(url),
            (int?)limit?["remaining"] ?? 1,
            TimeSpan.FromMilliseconds((double?)limit?["reset_after"] ?? 0),
            (int?)limit?["max_concurrency"] ?? 1);
    }

    /// <summary>Gets the bot's application id (<c>GET /oauth2/applications/@me</c>).</summary>
    public async Task<string> GetApplicationIdAsync(Secret botToken, CancellationToken cancellationToken)
    {
        var json = await SendAsync(HttpMethod.Get, "/oauth2/applications/@me", "GET /oauth2/applications/@me", null, botToken, cancellationToken);
        return (string?)json?["id"] ?? throw new DiscordApiException("GET /oauth2/applications/@me", 200, 0, "the answer has no id");
    }

    /// <summary>Gets the registered commands, global or of <paramref name="guildId"/>.</summary>
    public async Task<JsonArray> GetCommandsAsync(Secret botToken, string applicationId, string? guildId, CancellationToken cancellationToken)
    {
        var (path, route) = CommandsPath(applicationId, guildId);
        var json = await SendAsync(HttpMethod.Get, path, "GET " + route, null, botToken, cancellationToken);
        return json as JsonArray ?? [];
    }

    /// <summary>Replaces every command, global or of <paramref name="guildId"/>, with <paramref name="commands"/> (bulk overwrite).</summary>
    public async Task BulkOverwriteCommandsAsync(Secret botToken, string applicationId, string? guildId, JsonArray commands, CancellationToken cancellationToken)
    {
        var (path, route) = CommandsPath(applicationId, guildId);
        await SendAsync(HttpMethod.Put, path, "PUT " + route, commands, botToken, cancellationToken);
    }

    /// <summary>Sends the initial response to an interaction (<c>POST /interactions/{id}/{token}/callback</c>).</summary>
    public Task CreateInteractionResponseAsync(string interactionId, Secret interactionToken, JsonNode callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interactionToken);
        return SendAsync(HttpMethod.Post, $"/interactions/{interactionId}/{interactionToken.Reveal()}/callback", "POST /interactions/{id}/{token}/callback", callback, null, cancellationToken);
    }

    /// <summary>Edits the interaction's original response (fills in a deferred one).</summary>
    public Task EditOriginalResponseAsync(string applicationId, Secret interactionToken, DiscordMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interactionToken);
        return SendAsync(HttpMethod.Patch, $"/webhooks/{applicationId}/{interactionToken.Reveal()}/messages/@original", "PATCH /webhooks/{app}/{token}/messages/@original", ToNode(message), null, cancellationToken);
    }

    /// <summary>Sends a followup message to an acknowledged interaction.</summary>
    public Task CreateFollowupAsync(string applicationId, Secret interactionToken, DiscordMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interactionToken);
        return SendAsync(HttpMethod.Post, $"/webhooks/{applicationId}/{interactionToken.Reveal()}", "POST /webhooks/{app}/{token}", ToNode(message), null, cancellationToken);
    }

    /// <summary>Opens (or finds) the DM channel with <paramref name="userId"/> and returns its id (<c>POST /users/@me/channels</c>).</summary>
    public async Task<string> CreateDmChannelAsync(Secret botToken, string userId, CancellationToken cancellationToken)
    {
        var json = await SendAsync(HttpMethod.Post, "/users/@me/channels", "POST /users/@me/channels", new JsonObject { ["recipient_id"] = userId }, botToken, cancellationToken);
        return (string?)json?["id"] ?? throw new DiscordApiException("POST /users/@me/channels", 200, 0, "the answer has no id");
    }

    private static JsonNode? ToNode(DiscordMessage message) => JsonSerializer.SerializeToNode(message, DiscordJson.Options);

    private static (string Path, string Route) CommandsPath(string applicationId, string? guildId) => guildId is null
        ? ($"/applications/{applicationId}/commands", "/applications/{app}/commands")
        : ($"/applications/{applicationId}/guilds/{guildId}/commands", "/applications/{app}/guilds/{guild}/commands");

    private async Task<JsonNode?> SendAsync(HttpMethod method, string path, string route, JsonNode? body, Secret? botToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(options.ApiBaseUrl.AbsoluteUri.TrimEnd('/') + path));
        request.Headers.TryAddWithoutValidation("User-Agent", $"DiscordBot ({Domain.MonitorProject.Url}, {Domain.MonitorProject.Version})");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (botToken is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", $"Bot {botToken.Reveal()}");
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(DiscordJson.Options), Encoding.UTF8, "application/json");
        }

        var http = httpClientFactory.CreateClient(DiscordRestClient.HttpClientName);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            // The exception text may hold the URL (and so a token): keep only the kind of failure.
            throw new DiscordApiException(route, 0, 0, $"no answer ({e.HttpRequestError})");
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var status = (int)response.StatusCode;
            if (status is < 200 or > 299)
            {
                var error = DiscordError.TryParse(text);
                throw new DiscordApiException(route, status, error?.Code ?? 0, error?.Message ?? status.ToString(CultureInfo.InvariantCulture));
            }

            return string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
        }
    }
}
