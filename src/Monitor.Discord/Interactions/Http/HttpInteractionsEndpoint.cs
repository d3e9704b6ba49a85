using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Monitor.Discord.Interactions.Http;

/// <summary>
/// <c>POST /interactions</c>: verifies the Ed25519 signature over the raw body (401 when missing or wrong), answers PING with
/// <c>{"type":1}</c>, and hands every other interaction to the same <see cref="InteractionDispatcher"/> as the Gateway path; the initial
/// response is the body of the 200 answer, later replies go over REST.
/// </summary>
public sealed class HttpInteractionsEndpoint(Ed25519SignatureVerifier verifier, InteractionDispatcher dispatcher, ILogger<HttpInteractionsEndpoint> logger)
{
    /// <summary>The largest body accepted (Discord's interactions are a few KiB).</summary>
    public const int MaxBodyBytes = 1 << 20;

    /// <summary>Handles one request.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var body = await ReadBodyAsync(context.Request, context.RequestAborted);
        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        if (!verifier.Verify(context.Request.Headers["X-Signature-Ed25519"], context.Request.Headers["X-Signature-Timestamp"], body))
        {
            Log.HttpInteractionRefused(logger, "missing or invalid X-Signature-Ed25519");
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsync("invalid request signature", context.RequestAborted);
            return;
        }

        SocketInteraction interaction;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.TryGetProperty("type", out var type) && type.TryGetInt32(out var t) && t == (int)InteractionType.Ping)
            {
                await WriteJsonAsync(context, new JsonObject { ["type"] = (int)InteractionCallbackType.Pong });
                return;
            }

            interaction = InteractionParser.Parse(document.RootElement);
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            Log.HttpInteractionRefused(logger, $"unreadable interaction ({e.GetType().Name})");
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var inline = new InlineAcknowledger();

        // The handler may keep working (followups) after the answer is written, so it does not run on the request's token.
        var dispatch = dispatcher.DispatchAsync(interaction, inline, CancellationToken.None);
        await Task.WhenAny(inline.Response, dispatch);
        if (inline.Response.IsCompleted)
        {
            // Both may have completed together (a fast handler): the acknowledgement decides, not which continuation ran first.
            await WriteJsonAsync(context, await inline.Response);
            return;
        }

        await dispatch; // finished without an acknowledgement: only possible when acknowledging failed, which it logged
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static async Task WriteJsonAsync(HttpContext context, JsonObject json)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json.ToJsonString(), context.RequestAborted);
    }
}
