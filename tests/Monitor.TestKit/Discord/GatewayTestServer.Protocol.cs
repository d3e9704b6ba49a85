using System.Buffers;
using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Monitor.TestKit.Discord;

/// <summary>The protocol on one connection: HELLO, heartbeats with a deadline, IDENTIFY, RESUME, limits and close codes.</summary>
public sealed partial class GatewayTestServer
{
    private const int MaxPayloadBytes = 4096;

    private TimeSpan Deadline => options.HeartbeatDeadline ?? options.HeartbeatInterval * 1.5;

    private async Task RunConnectionAsync(GatewayTestConnection connection, CancellationToken aborted)
    {
        await connection.SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = (long)options.HeartbeatInterval.TotalMilliseconds } });
        connection.LastHeartbeatAt = time.GetUtcNow();
        var check = Deadline / 4;
        using var timer = time.CreateTimer(_ => _ = CheckHeartbeatAsync(connection), null, check, check);
        var buffer = new ArrayBufferWriter<byte>();
        try
        {
            while (connection.Socket.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                buffer.ResetWrittenCount();
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await connection.Socket.ReceiveAsync(buffer.GetMemory(4096), aborted);
                    buffer.Advance(result.Count);
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    connection.ClientCloseCode = (int?)connection.Socket.CloseStatus;
                    if (connection.IsOpen)
                    {
                        await connection.CloseAsync((int)(connection.Socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure), "bye");
                    }

                    break;
                }

                if (connection.IsOpen)
                {
                    await HandleAsync(connection, buffer.WrittenMemory);
                }

                Pulse();
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client dropped the connection.
        }
        finally
        {
            connection.IsOpen = false;
            if (connection.Session is { } session && session.Connection == connection)
            {
                session.Connection = null;
            }
        }
    }

    private async Task HandleAsync(GatewayTestConnection connection, ReadOnlyMemory<byte> message)
    {
        var now = time.GetUtcNow();
        if (message.Length > MaxPayloadBytes)
        {
            await CloseConnectionAsync(connection, 4002);
            return;
        }

        connection.Received.Enqueue(now);
        while (connection.Received.Peek() + options.SendWindow <= now)
        {
            connection.Received.Dequeue();
        }

        if (connection.Received.Count > options.SendLimit)
        {
            await CloseConnectionAsync(connection, 4008);
            return;
        }

        JsonObject payload;
        try
        {
            payload = JsonNode.Parse(message.Span) as JsonObject ?? throw new JsonException("not an object");
        }
        catch (JsonException)
        {
            await CloseConnectionAsync(connection, 4002);
            return;
        }

        var op = payload["op"] is JsonValue o && o.TryGetValue<int>(out var value) ? value : -1;
        var d = payload["d"];
        switch (op)
        {
            case 1:
                lock (gate)
                {
                    heartbeatSequences.Add(d is JsonValue s && s.TryGetValue<int>(out var seq) ? seq : -1);
                }

                connection.LastHeartbeatAt = now;
                if (!IgnoreHeartbeats)
                {
                    await connection.SendAsync(new JsonObject { ["op"] = 11 });
                }

                break;
            case 2:
                await IdentifyAsync(connection, d as JsonObject);
                break;
            case 6:
                await ResumeAsync(connection, d as JsonObject);
                break;
            default:
                await CloseConnectionAsync(connection, connection.Session is null ? 4003 : 4001);
                break;
        }
    }

    private async Task IdentifyAsync(GatewayTestConnection connection, JsonObject? d)
    {
        if (connection.Session is not null)
        {
            await CloseConnectionAsync(connection, 4005);
            return;
        }

        if (!rest.IsBotToken((string?)d?["token"]))
        {
            await CloseConnectionAsync(connection, 4004);
            return;
        }

        if (d!["intents"] is not JsonValue i || !i.TryGetValue<int>(out var intents) || (intents & ~options.KnownIntents) != 0)
        {
            await CloseConnectionAsync(connection, 4013);
            return;
        }

        if ((intents & options.PrivilegedIntents) != 0)
        {
            await CloseConnectionAsync(connection, 4014);
            return;
        }

        if (d["properties"] is not JsonObject)
        {
            await CloseConnectionAsync(connection, 4001);
            return;
        }

        if (!rest.TakeSessionStart())
        {
            await connection.SendAsync(new JsonObject { ["op"] = 9, ["d"] = false });
            return;
        }

        GatewayTestSession session;
        lock (gate)
        {
            session = new GatewayTestSession($"session-{++nextSession}", (string)d["token"]!);
            sessions[session.Id] = session;
            Identifies++;
            LastIntents = intents;
        }

        connection.Session = session;
        session.Attach(connection, int.MaxValue);
        await session.DispatchAsync("READY", new JsonObject
        {
            ["v"] = 10,
            ["user"] = new JsonObject { ["id"] = rest.ApplicationId, ["username"] = "Monitor", ["bot"] = true },
            ["guilds"] = new JsonArray(),
            ["session_id"] = session.Id,
            ["resume_gateway_url"] = ResumeUrl.AbsoluteUri,
            ["application"] = new JsonObject { ["id"] = rest.ApplicationId, ["flags"] = 0 },
        });
    }

    private async Task ResumeAsync(GatewayTestConnection connection, JsonObject? d)
    {
        GatewayTestSession? session;
        lock (gate)
        {
            session = sessions.GetValueOrDefault((string?)d?["session_id"] ?? string.Empty);
        }

        if (session is null || session.Token != (string?)d?["token"] || connection.Session is not null)
        {
            await connection.SendAsync(new JsonObject { ["op"] = 9, ["d"] = false });
            return;
        }

        var after = d!["seq"] is JsonValue s && s.TryGetValue<int>(out var seq) ? seq : 0;
        if (after > session.Sequence)
        {
            await CloseConnectionAsync(connection, 4007);
            return;
        }

        lock (gate)
        {
            Resumes++;
        }

        connection.Session = session;
        foreach (var missed in session.Attach(connection, after))
        {
            await connection.SendAsync(missed);
        }

        await session.DispatchAsync("RESUMED", new JsonObject());
    }

    private async Task CheckHeartbeatAsync(GatewayTestConnection connection)
    {
        if (connection.IsOpen && time.GetUtcNow() - connection.LastHeartbeatAt > Deadline)
        {
            // A client that stopped heartbeating: Discord ends the session.
            if (connection.Session is { } session)
            {
                lock (gate)
                {
                    sessions.Remove(session.Id);
                }
            }

            await CloseConnectionAsync(connection, 4009);
        }
    }

    private async Task CloseConnectionAsync(GatewayTestConnection connection, int code)
    {
        lock (gate)
        {
            closeCodes.Add(code);
        }

        await connection.CloseAsync(code, code.ToString(CultureInfo.InvariantCulture));
        Pulse();
    }
}
