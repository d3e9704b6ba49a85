using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Matching.Text;
using Monitor.Pipeline.Tests.Matching;

namespace Monitor.Pipeline.Tests.Matching.Text;

public sealed class TokenizerTests
{
    [Fact]
    public void Tokenize_HyphenatedWord_GivesWholeThenParts()
    {
        var tokens = Tokenizer.Tokenize("De NAVO-top begint.");

        Assert.Equal(["de", "navotop", "navo", "top", "begint"], tokens.Select(t => t.Folded));
        Assert.Equal([0, 1, 1, 1, 2], tokens.Select(t => t.Index));
        Assert.Equal([false, false, true, true, false], tokens.Select(t => t.IsPart));
        Assert.Equal((3, 8), (tokens[1].Start, tokens[1].Length));
        Assert.Equal((8, 3), (tokens[3].Start, tokens[3].Length));
    }

    [Fact]
    public void Tokenize_Sentences_AreNumbered()
    {
        var tokens = Tokenizer.Tokenize("Rusland valt aan. Kyiv is stil! Echt?\nNieuwe regel");

        Assert.Equal([0, 0, 0, 1, 1, 1, 2, 3, 3], tokens.Select(t => t.Sentence));
    }

    [Theory]
    [InlineData("Oekraïne", "oekraine")]
    [InlineData("ĲSSEL", "ijssel")]
    [InlineData("geëvacueerd", "geevacueerd")]
    [InlineData("auto’s", "auto's")]
    [InlineData("100.000", "100.000")]
    [InlineData("Zelenski", "zelenski")]
    [InlineData("ﬁnale", "finale")]
    public void Tokenize_Folding_NormalisesTheWord(string text, string folded)
    {
        Assert.Equal(folded, Tokenizer.Tokenize(text)[0].Folded);
    }

    [Theory]
    [InlineData("Oekraïne–crisis", "oekrainecrisis")]
    [InlineData("Oekraïne‐crisis", "oekrainecrisis")]
    [InlineData("ambas\u00ADsade", "ambassade")]
    public void Tokenize_DashVariantsAndSoftHyphen_JoinTheWord(string text, string folded)
    {
        Assert.Equal(folded, Tokenizer.Tokenize(text)[0].Folded);
    }

    [Fact]
    public void Fold_Sentence_FoldsEveryCharacter()
    {
        Assert.Equal("een ij-vrij oekraiens 'citaat' - nee", TextFolding.Fold("Een Ĳ-vrij Oekraïens ‘citaat’ – nee"));
    }
}
