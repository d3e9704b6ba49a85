using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Monitor.TestKit.Discord;

/// <summary>One WebSocket connection to the Gateway test server.</summary>
internal sealed class GatewayTestConnection(WebSocket socket, string path, TimeProvider time)
{
    private readonly SemaphoreSlim sending = new(1, 1);

    public WebSocket Socket => socket;

    public string Path => path;

    public bool IsOpen { get; set; } = true;

    public GatewayTestSession? Session { get; set; }

    public DateTimeOffset LastHeartbeatAt { get; set; } = time.GetUtcNow();

    public Queue<DateTimeOffset> Received { get; } = new();

    public int? ClientCloseCode { get; set; }

    public async Task SendAsync(JsonObject payload)
    {
        await sending.WaitAsync();
        try
        {
            if (IsOpen && socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(payload), WebSocketMessageType.Text, true, CancellationToken.None);
            }
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            IsOpen = false;
        }
        finally
        {
            sending.Release();
        }
    }

    public async Task CloseAsync(int code, string reason)
    {
        await sending.WaitAsync();
        try
        {
            if (IsOpen && socket.State == WebSocketState.Open)
            {
                IsOpen = false;
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token);
            }
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
        }
        finally
        {
            IsOpen = false;
            sending.Release();
        }
    }

    public void Abort()
    {
        IsOpen = false;
        socket.Abort();
    }
}
