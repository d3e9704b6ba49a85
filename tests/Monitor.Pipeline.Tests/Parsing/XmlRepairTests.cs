using Monitor.Pipeline.Parsing;

namespace Monitor.Pipeline.Tests.Parsing;

public sealed class XmlRepairTests
{
    [Theory]
    [InlineData("named entity", "<t>caf&eacute;&nbsp;x</t>", "<t>café\u00A0x</t>")]
    [InlineData("HTML5-only entity", "<t>&hellip;&rsquo;&euro;</t>", "<t>…’€</t>")]
    [InlineData("XML entities are kept", "<t>&amp;&lt;&gt;&quot;&apos;</t>", "<t>&amp;&lt;&gt;&quot;&apos;</t>")]
    [InlineData("entity for a markup character is escaped", "<t>&LT;b&GT;</t>", "<t>&lt;b&gt;</t>")]
    [InlineData("stray ampersand", "<t>Fish & Chips &amp; more</t>", "<t>Fish &amp; Chips &amp; more</t>")]
    [InlineData("unknown entity kept as text", "<t>&bogus;</t>", "<t>&amp;bogus;</t>")]
    [InlineData("ampersand in attribute", "<a href=\"/x?a=1&b=2\"/>", "<a href=\"/x?a=1&amp;b=2\"/>")]
    [InlineData("numeric C1 reference read as windows-1252", "<t>&#147;q&#148; &#150;</t>", "<t>“q” –</t>")]
    [InlineData("numeric reference to an illegal character dropped", "<t>a&#1;b&#x0;c</t>", "<t>abc</t>")]
    [InlineData("control characters removed", "<t>a\u0001b\u000Bc\u001Fd\tx</t>", "<t>abcd\tx</t>")]
    [InlineData("stray less-than escaped", "<t>1 < 3 <3</t>", "<t>1 &lt; 3 &lt;3</t>")]
    [InlineData("CDATA untouched", "<t><![CDATA[a & b &eacute;]]></t>", "<t><![CDATA[a & b &eacute;]]></t>")]
    [InlineData("comment untouched", "<!-- a & b --><t/>", "<!-- a & b --><t/>")]
    public void Repair_Cases_ProduceWellFormedText(string because, string input, string expected)
    {
        Assert.True(expected == XmlRepair.Repair(input, out _), because);
    }

    [Fact]
    public void Repair_Doctype_RemovedWithItsInternalSubset()
    {
        var input = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY e SYSTEM \"file:///etc/passwd\"><!ENTITY x \"y\">]><rss><t>&e;&x;</t></rss>";
        var repaired = XmlRepair.Repair(input, out var changed);
        Assert.True(changed);
        Assert.Equal("<?xml version=\"1.0\"?><rss><t>&amp;e;&amp;x;</t></rss>", repaired);
    }

    [Fact]
    public void Repair_CleanDocument_ReturnsSameInstance()
    {
        var input = "<rss><channel><title>Gewoon &amp; netjes</title></channel></rss>";
        Assert.Same(input, XmlRepair.Repair(input, out var changed));
        Assert.False(changed);
    }
}
