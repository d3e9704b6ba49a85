using System.Text.Json.Nodes;

namespace Monitor.TestKit.Discord;

/// <summary>A Gateway session: its sequence and every dispatch, so a RESUME can replay what the client missed.</summary>
internal sealed class GatewayTestSession(string id, string token)
{
    private readonly Lock gate = new();
    private readonly List<(int Sequence, JsonObject Payload)> events = [];
    private int sequence;

    public string Id => id;

    public string Token => token;

    public int Sequence
    {
        get
        {
            lock (gate)
            {
                return sequence;
            }
        }
    }

    public GatewayTestConnection? Connection { get; set; }

    public async Task DispatchAsync(string type, JsonNode data)
    {
        JsonObject payload;
        GatewayTestConnection? connection;
        lock (gate)
        {
            sequence++;
            payload = new JsonObject { ["op"] = 0, ["s"] = sequence, ["t"] = type, ["d"] = data.DeepClone() };
            events.Add((sequence, payload));
            connection = Connection;
        }

        if (connection is { IsOpen: true })
        {
            await connection.SendAsync((JsonObject)payload.DeepClone());
        }
    }

    /// <summary>Attaches <paramref name="connection"/> and returns the events after <paramref name="after"/>, to replay in order.</summary>
    public List<JsonObject> Attach(GatewayTestConnection connection, int after)
    {
        lock (gate)
        {
            Connection = connection;
            return events.Where(e => e.Sequence > after).Select(e => (JsonObject)e.Payload.DeepClone()).ToList();
        }
    }
}
