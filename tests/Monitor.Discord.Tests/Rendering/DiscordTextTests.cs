using System.Globalization;
using Monitor.Discord.Rendering;

namespace Monitor.Discord.Tests.Rendering;

public sealed class DiscordTextTests
{
    public static TheoryData<string, string, int> TruncateCases => new()
    {
        { "plain ascii", new string('a', 300), 256 },
        { "family emoji (ZWJ sequence)", string.Concat(Enumerable.Repeat("👨‍👩‍👧‍👦", 60)), 256 },
        { "combining accents", string.Concat(Enumerable.Repeat("e\u0301", 200)), 255 },
        { "flags (regional indicator pairs)", string.Concat(Enumerable.Repeat("🇳🇱", 100)), 101 },
        { "dutch ij and umlauts", string.Concat(Enumerable.Repeat("ĳsselmeer ü ", 40)), 100 },
    };

    [Theory]
    [MemberData(nameof(TruncateCases))]
    public void Truncate_LongText_FitsLimitAndCutsOnlyBetweenGraphemes(string name, string text, int max)
    {
        var result = DiscordText.Truncate(text, max);

        Assert.True(result.Length <= max, name);
        Assert.EndsWith("…", result, StringComparison.Ordinal);
        var kept = result[..^1];
        var original = ElementsOf(text);
        var elements = ElementsOf(kept);
        Assert.Equal(original.Take(elements.Count), elements);
    }

    [Fact]
    public void Truncate_ShortText_Unchanged() => Assert.Equal("kort", DiscordText.Truncate("kort", 10));

    [Theory]
    [InlineData("Iedereen: @everyone kijk", "@everyone")]
    [InlineData("ook @here", "@here")]
    [InlineData("gebruiker <@123456789012345678>", "<@123")]
    [InlineData("rol <@&123456789012345678>", "<@&")]
    [InlineData("kanaal <#123456789012345678>", "<#")]
    [InlineData("oud <@!123456789012345678>", "<@!")]
    public void Escape_MentionSyntaxInFeedText_IsBroken(string text, string mention)
    {
        var escaped = DiscordText.Escape(text);

        Assert.DoesNotContain(mention, escaped, StringComparison.Ordinal);
        Assert.Contains(DiscordText.ZeroWidthSpace, escaped);
    }

    [Theory]
    [InlineData("**vet** en _schuin_", @"\*\*vet\*\* en \_schuin\_")]
    [InlineData("[klik](https://x.nl)", @"\[klik\](https://x.nl)")]
    [InlineData("# kop\n> citaat\n- lijst", "\\# kop\n\\> citaat\n\\- lijst")]
    [InlineData("a-b > c # d", "a-b > c # d")]
    [InlineData(@"pad\naar ~~weg~~ `code` ||spoiler||", @"pad\\naar \~\~weg\~\~ \`code\` \|\|spoiler\|\|")]
    public void Escape_Markdown_IsBackslashEscaped(string text, string expected) => Assert.Equal(expected, DiscordText.Escape(text));

    [Fact]
    public void Neutralize_ControlCharacters_AreDropped() => Assert.Equal("ab\nc d", DiscordText.Neutralize("a\u0007b\r\nc\td"));

    private static List<string> ElementsOf(string text)
    {
        var list = new List<string>();
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            list.Add((string)e.Current);
        }

        return list;
    }
}
