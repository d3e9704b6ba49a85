using System.Text;
using Monitor.Pipeline.Normalizing;

namespace Monitor.Pipeline.Tests.Normalizing;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("<p>De ministers spraken over de <b>medewerkers</b> in Kyiv.</p>", "De ministers spraken over de medewerkers in Kyiv.")]
    [InlineData("een<br/>twee<br />drie", "een twee drie")]
    [InlineData("<div class=\"x\" data-a='1 > 2'>tekst</div>na", "tekst na")]
    [InlineData("<a href=https://e.org/a/b/>link</a>", "link")]
    [InlineData("<img src=\"a.png\" alt=\"<geen tekst>\">Onderschrift", "Onderschrift")]
    [InlineData("<P>Hoofdletters</P><LI>lijst", "Hoofdletters lijst")]
    [InlineData("<span>een</span><span>woord</span>", "eenwoord")]
    [InlineData("<p>\r\n  witruimte \t en\nregels  </p>", "witruimte en regels")]
    [InlineData("<p> a\u00A0 b\u0007c </p><br>", "a\u00A0 bc")]
    [InlineData("  <br>  ", "")]
    [InlineData("<p></p>een<div>   </div><div>twee</div>", "een twee")]
    [InlineData("<script>var a = '<p>';</script>zichtbaar", "zichtbaar")]
    [InlineData("<title>weg</title>blijft", "blijft")]
    [InlineData("<textarea><b>letterlijk</b></textarea>", "<b>letterlijk</b>")]
    [InlineData("<script/>na zelfsluitend", "na zelfsluitend")]
    [InlineData("a &amp; b<p>c", "a & b c")]
    [InlineData("1 < 2 en 3 > 2", "1 < 2 en 3 > 2")]
    [InlineData("<!-- commentaar -->tekst", "tekst")]
    [InlineData("<a.b>naam</a.b>", "naam")]
    [InlineData("<a href = \"x\">spaties</a>", "spaties")]
    [InlineData("<a title=x\"y>waarde</a>", "waarde")]
    [InlineData("<p>niet afgesloten <b", "niet afgesloten")]
    [InlineData("</>leeg</ p>", "leeg")]
    [InlineData("<p/x>raar", "raar")]
    [InlineData("<custom-el:x>eigen</custom-el:x>", "eigen")]
    public void ToPlainText_Fragment_SameAsTokenizerAlone(string html, string expected)
    {
        var reference = HtmlText.WithTokenizer(html, new StringBuilder());

        Assert.Equal(expected, reference);
        Assert.Equal(reference, HtmlText.ToPlainText(html));
    }
}
