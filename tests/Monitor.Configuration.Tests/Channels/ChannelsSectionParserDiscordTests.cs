using Monitor.Configuration.Channels;
using Monitor.Configuration.Yaml;
using Monitor.Domain;
using Monitor.Domain.Channels;
using YamlDotNet.RepresentationModel;

namespace Monitor.Configuration.Tests.Channels;

public sealed class ChannelsSectionParserDiscordTests
{
    private static readonly Dictionary<string, string> Env = new()
    {
        ["HOOK"] = "https://discord.com/api/webhooks/1/secret-token",
        ["BOT"] = "bot-secret",
    };

    [Fact]
    public void Parse_WebhookFromEnvironment_StillWorksAndUnsetVariableMeansConsole()
    {
        var (channels, context) = Parse("""
            channels:
              alerts: {webhook: "${HOOK}"}
              local: {webhook: "${UNSET}"}
            """);

        Assert.False(context.HasErrors);
        Assert.Equal("https://discord.com/api/webhooks/1/secret-token", channels["alerts"].Webhook!.Reveal());
        Assert.False(channels["alerts"].IsConsole);
        Assert.True(channels["local"].IsConsole);
    }

    [Fact]
    public void Parse_DiscordKeys_ThreadForumMentionAndBot()
    {
        var (channels, context) = Parse("""
            channels:
              thread: {webhook: "${HOOK}", thread_id: "123456789012345678"}
              forum: {webhook: "${HOOK}", forum: true, mention: {roles: ["111111111111111111"], users: [222222222222222222], min_severity: critical}}
              bot: {bot_token: "${BOT}", discord_channel: "333333333333333333"}
            """);

        Assert.False(context.HasErrors, string.Join("\n", context.Diagnostics));
        Assert.Equal("123456789012345678", channels["thread"].ThreadId);
        Assert.True(channels["forum"].Forum);
        Assert.Equal(new[] { "111111111111111111" }, channels["forum"].Mention!.Roles);
        Assert.Equal(new[] { "222222222222222222" }, channels["forum"].Mention!.Users);
        Assert.Equal(Severity.Critical, channels["forum"].Mention!.MinSeverity);
        Assert.True(channels["bot"].UsesBot);
        Assert.False(channels["bot"].IsConsole);
        Assert.Equal("bot-secret", channels["bot"].BotToken!.Reveal());
    }

    [Theory]
    [InlineData("{webhook: \"${HOOK}\", thread_id: abc}", "is not a Discord id")]
    [InlineData("{webhook: \"${HOOK}\", thread_id: \"1\", forum: true}", "both thread_id and forum")]
    [InlineData("{bot_token: \"${BOT}\"}", "no discord_channel")]
    [InlineData("{webhook: \"${HOOK}\", mention: {min_severity: high}}", "names no roles and no users")]
    [InlineData("{webhook: \"${HOOK}\", mention: {roles: [\"1\"], min_severity: urgent}}", "is not a severity")]
    [InlineData("{webhook: \"${HOOK}\", mention: {role: [\"1\"]}}", "did you mean 'roles'")]
    public void Parse_BadDiscordKeys_ErrorWithFix(string channel, string expected)
    {
        var (_, context) = Parse($"channels:\n  c: {channel}\n");

        Assert.True(context.HasErrors);
        Assert.Contains(context.Diagnostics, d => (d.Message + " " + d.Fix).Contains(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(context.Diagnostics, d => d.ToString().Contains("bot-secret", StringComparison.Ordinal) || d.ToString().Contains("secret-token", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_LiteralBotToken_Warns()
    {
        var (_, context) = Parse("channels:\n  c: {bot_token: literal, discord_channel: \"1\"}\n");

        Assert.Contains(context.Diagnostics, d => d.IsWarning && d.Message.Contains("bot token", StringComparison.Ordinal));
        Assert.DoesNotContain(context.Diagnostics, d => d.ToString().Contains("literal", StringComparison.Ordinal));
    }

    private static (IReadOnlyDictionary<string, ChannelDefinition> Channels, ParseContext Context) Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var context = new ParseContext("monitor.yaml", ".", name => Env.GetValueOrDefault(name));
        return (ChannelsSectionParser.Parse(root.Children[new YamlScalarNode("channels")], context), context);
    }
}
