namespace Monitor.Configuration.Tests;

public sealed class ServerEndpointTests
{
    [Theory]
    [InlineData("ipv4 loopback", "127.0.0.1:9464", "127.0.0.1:9464", true)]
    [InlineData("localhost", "localhost:9464", "127.0.0.1:9464", true)]
    [InlineData("ipv6 loopback", "[::1]:9464", "[::1]:9464", true)]
    [InlineData("port 0 picks a free port", "127.0.0.1:0", "127.0.0.1:0", true)]
    [InlineData("every interface", "0.0.0.0:9464", "0.0.0.0:9464", false)]
    [InlineData("a LAN address", "192.168.1.10:80", "192.168.1.10:80", false)]
    public void TryParse_AddressAndPort_ParsesAndTellsLoopback(string scenario, string text, string expected, bool loopback)
    {
        Assert.True(ServerEndpoint.TryParse(text, out var endpoint), scenario);
        Assert.Equal(expected, endpoint.ToString());
        Assert.Equal(loopback, endpoint.IsLoopback);
    }

    [Theory]
    [InlineData("no port", "127.0.0.1")]
    [InlineData("port too high", "127.0.0.1:70000")]
    [InlineData("host name other than localhost", "monitor.example:9464")]
    [InlineData("empty", "")]
    [InlineData("negative port", "127.0.0.1:-1")]
    public void TryParse_NotAnAddressAndPort_Fails(string scenario, string text)
    {
        Assert.False(ServerEndpoint.TryParse(text, out _), scenario);
    }
}
