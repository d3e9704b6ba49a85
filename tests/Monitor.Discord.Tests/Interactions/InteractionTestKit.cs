using System.Text.Json;
using System.Text.Json.Nodes;
using Monitor.Discord.Interactions;
using Monitor.Discord.Models;
using Monitor.TestKit.Discord;

namespace Monitor.Discord.Tests.Interactions;

/// <summary>Helpers: interactions created on the REST double, handlers scripted by a delegate, an acknowledger that reports.</summary>
internal static class InteractionTestKit
{
    public static SocketInteraction Create(DiscordTestServer rest, out DiscordTestInteraction record, JsonObject? body = null)
    {
        var (created, full) = rest.CreateInteraction(body ?? GatewayTestServer.SlashCommand("subscriptions"));
        record = created;
        return Parse(full);
    }

    public static SocketInteraction Parse(JsonObject body)
    {
        using var document = JsonDocument.Parse(body.ToJsonString());
        return InteractionParser.Parse(document.RootElement);
    }

    public static DiscordMessage Text(string content) => new() { Content = content };

    /// <summary>A handler that runs a delegate.</summary>
    public sealed class DelegateHandler(Func<SocketInteraction, InteractionResponder, CancellationToken, Task> handle) : IInteractionHandler
    {
        public Task HandleAsync(SocketInteraction interaction, InteractionResponder responder, CancellationToken cancellationToken) =>
            handle(interaction, responder, cancellationToken);
    }

    /// <summary>Passes acknowledgements on and completes <see cref="Acknowledged"/> with the callback once it went through.</summary>
    public sealed class ReportingAcknowledger(IInteractionAcknowledger inner) : IInteractionAcknowledger
    {
        private readonly TaskCompletionSource<JsonObject> acknowledged = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<JsonObject> Acknowledged => acknowledged.Task;

        public async Task AcknowledgeAsync(SocketInteraction interaction, JsonObject callback, CancellationToken cancellationToken)
        {
            await inner.AcknowledgeAsync(interaction, callback, cancellationToken);
            acknowledged.TrySetResult(callback);
        }
    }
}
