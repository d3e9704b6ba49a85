using System.Globalization;
using System.Text;

namespace Monitor.Benchmarks.Ingestion;

/// <summary>Deterministic RSS 2.0 documents with Dutch text, markup in descriptions and entities, like real news feeds.</summary>
public static class SyntheticFeeds
{
    /// <summary>Returns the UTF-8 bytes of a feed with <paramref name="items"/> items; <paramref name="seed"/> varies ids and text.</summary>
    public static byte[] Rss(int items, int seed = 0)
    {
        var sb = new StringBuilder(items * 700);
        sb.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Nieuws &amp; achtergrond</title><link>https://nieuws.example.org/</link><ttl>5</ttl>\n");
        for (var i = 0; i < items; i++)
        {
            var n = (seed * 100_000) + i;
            sb.Append(CultureInfo.InvariantCulture, $"""
                <item><title>Kabinet overlegt over één maatregel tegen inval nummer {n} &#8211; reacties</title>
                <link>https://nieuws.example.org/binnenland/{n}-kabinet-overleg?utm_source=rss&amp;utm_medium=feed</link>
                <guid isPermaLink="false">nieuws-{n}</guid><pubDate>Thu, 27 Jan 2022 {i % 24:00}:{i % 60:00}:00 +0100</pubDate><dc:creator>Redactie</dc:creator>
                <description>&lt;p&gt;De ministers van Buitenlandse Zaken en Defensie spraken donderdag over de &lt;b&gt;ambassademedewerkers&lt;/b&gt; in Kyiv. Oekraïne vraagt om steun; de NAVO stuurt fregatten en gevechtsvliegtuigen naar het oosten.&lt;/p&gt;</description>
                <category>Binnenland</category></item>

                """);
        }

        sb.Append("</channel></rss>\n");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
