using System.Buffers;
using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Monitor.Discord.Interactions;

namespace Monitor.Discord.Gateway;

/// <summary>Reading the socket: whole messages (frames joined until EndOfMessage) turned into <see cref="GatewayEvent"/>s.</summary>
public sealed partial class DiscordSocketClient
{
    private async Task ReceiveAsync(ClientWebSocket webSocket, int connection, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        try
        {
            while (true)
            {
                buffer.ResetWrittenCount();
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await webSocket.ReceiveAsync(buffer.GetMemory(4096), cancellationToken);
                    buffer.Advance(result.Count);
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    var code = (int?)webSocket.CloseStatus;
                    Log.GatewayClosed(logger, code?.ToString(CultureInfo.InvariantCulture) ?? "none");
                    inbox.Writer.TryWrite((connection, new GatewayEvent.Closed(code)));
                    return;
                }

                Handle(buffer.WrittenMemory, connection);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException or JsonException)
        {
            if (!cancellationToken.IsCancellationRequested)
            {
                Log.GatewayClosed(logger, "none (connection dropped)");
                inbox.Writer.TryWrite((connection, new GatewayEvent.Closed(null)));
            }
        }
    }

    private void Handle(ReadOnlyMemory<byte> message, int connection)
    {
        using var document = JsonDocument.Parse(message);
        var root = document.RootElement;
        var op = (GatewayOpCode)root.GetProperty("op").GetInt32();
        var d = root.TryGetProperty("d", out var data) ? data : default;
        GatewayEvent? gatewayEvent = op switch
        {
            GatewayOpCode.Hello => new GatewayEvent.Hello(TimeSpan.FromMilliseconds(d.GetProperty("heartbeat_interval").GetDouble())),
            GatewayOpCode.HeartbeatAck => new GatewayEvent.HeartbeatAck(),
            GatewayOpCode.Heartbeat => new GatewayEvent.HeartbeatRequested(),
            GatewayOpCode.Reconnect => new GatewayEvent.Reconnect(),
            GatewayOpCode.InvalidSession => new GatewayEvent.InvalidSession(d.ValueKind == JsonValueKind.True),
            GatewayOpCode.Dispatch => Dispatch(root, d),
            _ => null,
        };
        if (gatewayEvent is not null)
        {
            inbox.Writer.TryWrite((connection, gatewayEvent));
        }
    }

    private GatewayEvent.Dispatch Dispatch(JsonElement root, JsonElement d)
    {
        int? sequence = root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : null;
        var type = root.TryGetProperty("t", out var t) ? t.GetString() ?? string.Empty : string.Empty;
        switch (type)
        {
            case "READY":
                Log.GatewayReady(logger, type);
                return new GatewayEvent.Dispatch(
                    sequence,
                    type,
                    d.TryGetProperty("session_id", out var session) ? session.GetString() : null,
                    d.TryGetProperty("resume_gateway_url", out var resume) && resume.GetString() is { } url ? new Uri(url) : null);
            case "RESUMED":
                Log.GatewayReady(logger, type);
                break;
            case "INTERACTION_CREATE":
                Raise(d);
                break;
        }

        return new GatewayEvent.Dispatch(sequence, type);
    }

    private void Raise(JsonElement d)
    {
        SocketInteraction interaction;
        try
        {
            interaction = InteractionParser.Parse(d);
        }
        catch (FormatException e)
        {
            Log.GatewayTrouble(logger, $"an INTERACTION_CREATE could not be read: {e.Message}");
            return;
        }

        if (InteractionCreated is not { } handlers)
        {
            return;
        }

        foreach (var handler in handlers.GetInvocationList().Cast<Func<SocketInteraction, Task>>())
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await handler(interaction);
                }
                catch (Exception e)
                {
                    Log.InteractionFailed(logger, interaction.Id, interaction.CommandName ?? "?", e);
                }
            });
        }
    }
}
