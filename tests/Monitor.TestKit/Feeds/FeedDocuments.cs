using System.Globalization;
using System.Text;

namespace Monitor.TestKit.Feeds;

/// <summary>Small, readable feed documents for tests (Dutch text, as the users write it).</summary>
public static class FeedDocuments
{
    /// <summary>An RSS 2.0 document with <paramref name="count"/> items whose ids start with <paramref name="prefix"/>.</summary>
    public static string Rss(int count, string prefix = "item", string title = "Nieuws")
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>{title}</title><link>https://nieuws.example.org/</link>");
        for (var i = 0; i < count; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<item><title>Bericht {i}: kabinet overlegt over één maatregel</title><link>https://nieuws.example.org/{prefix}/{i}?utm_source=rss</link><guid>{prefix}-{i}</guid><pubDate>Thu, 27 Jan 2022 10:{i % 60:00}:00 +0100</pubDate><description>&lt;p&gt;Samenvatting {i} met &lt;b&gt;opmaak&lt;/b&gt;.&lt;/p&gt;</description></item>");
        }

        sb.Append("</channel></rss>");
        return sb.ToString();
    }

    /// <summary>UTF-8 bytes of <see cref="Rss(int, string, string)"/>.</summary>
    public static byte[] RssBytes(int count, string prefix = "item") => Encoding.UTF8.GetBytes(Rss(count, prefix));
}
