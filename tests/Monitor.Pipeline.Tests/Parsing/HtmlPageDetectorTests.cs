using Monitor.Pipeline.Parsing;

namespace Monitor.Pipeline.Tests.Parsing;

public sealed class HtmlPageDetectorTests
{
    private const string XhtmlDoctype = "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">";

    [Theory]
    [InlineData("html5 page", "<!DOCTYPE html><html><head></head><body>hoi</body></html>", true)]
    [InlineData("page without doctype", "  <html lang=\"nl\"><body>hoi</body></html>", true)]
    [InlineData("xhtml page with xml declaration", "<?xml version=\"1.0\"?>" + XhtmlDoctype + "<html xmlns=\"http://www.w3.org/1999/xhtml\"></html>", true)]
    [InlineData("page that omits <html>", "<!doctype html><head><title>Nieuws</title></head>", true)]
    [InlineData("page with a comment first", "<!-- gegenereerd --><HTML><BODY>x</BODY></HTML>", true)]
    [InlineData("rss after an xhtml doctype", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + XhtmlDoctype + "\n<rss version=\"2.0\"><channel></channel></rss>", false)]
    [InlineData("rss after an html5 doctype", "<!DOCTYPE html><rss version=\"2.0\"></rss>", false)]
    [InlineData("rss after a doctype with an internal subset", "<!DOCTYPE rss [<!ENTITY nbsp \"&#160;\">]><rss></rss>", false)]
    [InlineData("atom with a stylesheet instruction", "<?xml version=\"1.0\"?><?xml-stylesheet href=\"/feed.xsl\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", false)]
    [InlineData("rdf", "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"></rdf:RDF>", false)]
    [InlineData("json feed", "{\"version\":\"https://jsonfeed.org/version/1.1\"}", false)]
    [InlineData("byte order mark then html", "\uFEFF<html></html>", true)]
    public void IsHtml_RootElement_DecidesNotTheDoctype(string name, string text, bool expected)
    {
        Assert.True(HtmlPageDetector.IsHtml(text) == expected, name);
    }
}
