using Monitor.Infrastructure.Storage;

namespace Monitor.Infrastructure.Tests.Storage;

public sealed class AlertSerializerTests
{
    [Fact]
    public void TryDeserialize_SerializedAlert_RoundTrips()
    {
        var alert = TestData.Alert("a1", "crisis");

        Assert.True(AlertSerializer.TryDeserialize(AlertSerializer.Serialize(alert), out var read, out var error));

        Assert.Null(error);
        Assert.Equal(alert.Id, read.Id);
        Assert.Equal(alert.Item with { Categories = [] }, read.Item with { Categories = [] });
        Assert.Equal(alert.Hits.Select(h => h.RuleId), read.Hits.Select(h => h.RuleId));
    }

    [Theory]
    [InlineData("empty", "", "outbox payload is empty")]
    [InlineData("not JSON", "niet eens JSON", "outbox payload is not a readable alert: ")]
    [InlineData("cut off", "{\"id\": \"x\"", "outbox payload is not a readable alert: Expected depth to be zero")]
    [InlineData("JSON null", "null", "outbox payload is not a readable alert: everything is missing")]
    [InlineData("no id", "{\"channelId\":\"crisis\"}", "outbox payload is not a readable alert: id is missing")]
    [InlineData("no channel", "{\"id\":\"x\"}", "outbox payload is not a readable alert: channelId is missing")]
    [InlineData("no item", "{\"id\":\"x\",\"channelId\":\"crisis\",\"hits\":[]}", "outbox payload is not a readable alert: item is missing")]
    [InlineData("item without title", "{\"id\":\"x\",\"channelId\":\"crisis\",\"item\":{\"feedId\":\"f\",\"key\":\"k\"},\"hits\":[]}", "outbox payload is not a readable alert: item.title or item.summary is missing")]
    [InlineData("wrong type", "{\"id\":[1],\"channelId\":\"crisis\"}", "outbox payload is not a readable alert: The JSON value could not be converted")]
    public void TryDeserialize_Unreadable_FalseWithReason(string name, string payload, string reasonStart)
    {
        Assert.False(AlertSerializer.TryDeserialize(payload, out var alert, out var error), name);

        Assert.Null(alert);
        Assert.StartsWith(reasonStart, error, StringComparison.Ordinal);
    }
}
