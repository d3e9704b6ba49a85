using System.Text.Json.Nodes;
using Monitor.Discord.Models;
using Monitor.Discord.Rendering;
using Monitor.Domain;
using Monitor.Domain.Channels;

namespace Monitor.Discord.Tests.Rendering;

public sealed class MessageComposerTests
{
    private static readonly ChannelDefinition Channel = TestAlerts.Webhook("https://discord.com/api/webhooks/1/t");

    [Fact]
    public void Compose_25PendingAlerts_TakesTheFirstTen()
    {
        var composed = MessageComposer.Compose(Channel, TestAlerts.Many(25));

        Assert.Equal(10, composed.AlertCount);
        Assert.Equal(10, composed.Message.Embeds!.Count);
        Assert.Equal("Bericht 1 over dijkversterking", composed.Message.Embeds[0].Title);
    }

    [Fact]
    public void Compose_LargeEmbeds_StaysWithin6000Characters()
    {
        var longSummary = string.Join(' ', Enumerable.Repeat("dijkversterking langs de rivier", 60));
        var alerts = Enumerable.Range(1, 10).Select(i => TestAlerts.Make(summary: longSummary, link: $"https://x.nl/{i}", id: $"a{i}")).ToList();

        var composed = MessageComposer.Compose(Channel, alerts);

        Assert.InRange(composed.AlertCount, 2, 9);
        Assert.True(composed.Message.Embeds!.Sum(e => e.CountedLength) <= DiscordLimits.MessageEmbedCharacters);
    }

    [Fact]
    public void Compose_SameUrlTwice_StopsBeforeTheDuplicate()
    {
        var alerts = new[]
        {
            TestAlerts.Make(link: "https://x.nl/a", id: "1"),
            TestAlerts.Make(link: "https://x.nl/b", id: "2"),
            TestAlerts.Make(link: "https://x.nl/a", id: "3"),
            TestAlerts.Make(link: "https://x.nl/c", id: "4"),
        };

        Assert.Equal(2, MessageComposer.Compose(Channel, alerts).AlertCount);
    }

    [Theory]
    [InlineData(Severity.Medium, false)]
    [InlineData(Severity.High, true)]
    [InlineData(Severity.Critical, true)]
    public void Compose_ChannelMention_OnlyFromMinSeverityAndOnlyTheConfiguredIds(Severity severity, bool pings)
    {
        var channel = Channel with { Mention = new ChannelMention(["111111111111111111"], ["222222222222222222"], Severity.High) };

        var message = MessageComposer.Compose(channel, [TestAlerts.Make(severity: severity, title: "@everyone <@999999999999999999> kijk")]).Message;

        Assert.Empty(message.AllowedMentions.Parse);
        if (pings)
        {
            Assert.Equal("<@&111111111111111111> <@222222222222222222>", message.Content);
            Assert.Equal(["111111111111111111"], message.AllowedMentions.Roles!);
            Assert.Equal(["222222222222222222"], message.AllowedMentions.Users!);
        }
        else
        {
            Assert.Null(message.Content);
            Assert.Null(message.AllowedMentions.Roles);
            Assert.Null(message.AllowedMentions.Users);
        }
    }

    [Fact]
    public void Compose_ForumChannel_ThreadNameFromFirstTitleWithinLimit()
    {
        var channel = Channel with { Forum = true };
        var alerts = new[] { TestAlerts.Make(title: new string('x', 300), id: "1", link: "https://x.nl/1"), TestAlerts.Make(id: "2", link: "https://x.nl/2") };

        var message = MessageComposer.Compose(channel, alerts).Message;

        Assert.NotNull(message.ThreadName);
        Assert.True(message.ThreadName.Length <= DiscordLimits.ThreadName);
        Assert.EndsWith("(+1)", message.ThreadName, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_BotChannel_DeterministicNonceOf25Characters()
    {
        var channel = new ChannelDefinition("c1", null) { BotToken = new Secret("token"), DiscordChannelId = "123" };
        var alerts = TestAlerts.Many(3);

        var first = MessageComposer.Compose(channel, alerts).Message;
        var again = MessageComposer.Compose(channel, alerts).Message;
        var other = MessageComposer.Compose(channel, alerts.Skip(1).ToList()).Message;

        Assert.Equal(DiscordLimits.Nonce, first.Nonce!.Length);
        Assert.Equal(first.Nonce, again.Nonce);
        Assert.NotEqual(first.Nonce, other.Nonce);
        Assert.True(first.EnforceNonce);
        Assert.Null(MessageComposer.Compose(Channel, alerts).Message.Nonce);
    }

    [Fact]
    public void Payloads_23Alerts_ThreeExactJsonBodiesCoveringAll()
    {
        var payloads = DiscordPreview.Payloads(Channel, TestAlerts.Many(23));

        Assert.Equal(3, payloads.Count);
        var embeds = payloads.Select(p => JsonNode.Parse(p)!["embeds"]!.AsArray().Count).ToList();
        Assert.Equal([10, 10, 3], embeds);
        Assert.All(payloads, p => Assert.Equal("[]", JsonNode.Parse(p)!["allowed_mentions"]!["parse"]!.ToJsonString()));
        Assert.Equal(DiscordJson.Serialize(MessageComposer.Compose(Channel, TestAlerts.Many(23)).Message), DiscordPreview.Payloads(Channel, TestAlerts.Many(23), indented: false)[0]);
    }
}
