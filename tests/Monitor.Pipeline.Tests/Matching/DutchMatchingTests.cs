using Monitor.Pipeline.Matching;

namespace Monitor.Pipeline.Tests.Matching;

/// <summary>The concrete Dutch expectations of the rule engine (issue 3), one row each.</summary>
public sealed class DutchMatchingTests
{
    [Theory]
    [InlineData("invasie", "Een invasie dreigt.", true)]
    [InlineData("invasie", "Twee invasies in tien jaar.", true)]
    [InlineData("invasie", "INVASIE BEGONNEN", true)]
    [InlineData("invasie", "De invasieplannen liggen klaar.", true)]
    [InlineData("invasie", "De invasiemacht staat klaar.", true)]
    [InlineData("invasie", "Invasieve exoten rukken op in de sloot.", false)]
    [InlineData("invasie", "Een invasief onderzoek in het ziekenhuis.", false)]
    [InlineData("ambassadepersoneel", "Het ambassade-personeel vertrekt.", true)]
    [InlineData("ambassadepersoneel", "Het ambassade personeel vertrekt.", true)]
    [InlineData("ambassadepersoneel", "De ambassadepersoneelsleden vertrekken.", true)]
    [InlineData("ambassadepersoneel", "Het ambassadepersoneel vertrekt.", true)]
    [InlineData("personeel", "Tien personeelsleden zijn ziek.", true)]
    [InlineData("personeel", "Het ambassadepersoneel vertrekt.", true)]
    [InlineData("Oekraïne", "Troepen aan de grens met Oekraine.", true)]
    [InlineData("Oekraine", "Troepen aan de grens met Oekraïne.", true)]
    [InlineData("Oekraïens", "Het Oekraïense leger is paraat.", true)]
    [InlineData("=NAVO", "De NAVO stuurt schepen.", true)]
    [InlineData("=NAVO", "Op de NAVO-top is het druk.", true)]
    [InlineData("=NAVO", "De navo stuurt schepen.", false)]
    [InlineData("aanval*", "Nieuwe aanvallen op de stad.", true)]
    [InlineData("aanval*", "Het aanvalsplan lag klaar.", true)]
    [InlineData("*oorlog", "Een bloedige burgeroorlog.", true)]
    [InlineData("*oorlog", "Het oorlogsschip vaart uit.", false)]
    public void Match_DutchExpectation_AsIssueStates(string term, string text, bool expected)
    {
        var engine = EngineFixture.Terms(term);

        Assert.Equal(expected, engine.Fires(text));
    }

    [Theory]
    [InlineData("Ĳsselmeer", "Storm boven het IJsselmeer.", true)]
    [InlineData("auto's", "Twee auto’s branden uit.", true)]
    [InlineData("\"ambassade personeel\"", "Het ambassadepersoneel vertrekt.", true)]
    [InlineData("\"ambassade personeel\"", "Het ambassade-personeel vertrekt.", true)]
    [InlineData("\"ambassade personeel\"", "De ambassade heeft veel personeel.", false)]
    [InlineData("\"valt binnen\"~3", "Rusland valt Oekraïne binnen.", true)]
    [InlineData("\"valt binnen\"~3", "De avond valt. Iedereen gaat naar binnen met een lange jas en een hoed.", false)]
    [InlineData("valt NEAR/3 binnen", "Rusland valt Oekraïne binnen.", true)]
    [InlineData("\"invasie\"", "De invasieplannen liggen klaar.", false)]
    [InlineData("\"invasie\"", "Twee invasies.", true)]
    [InlineData("sancties", "Een nieuwe sanctie tegen Rusland.", true)]
    [InlineData("evacueren", "Het personeel wordt geëvacueerd.", true)]
    [InlineData("100.000", "Zo'n 100.000 militairen aan de grens.", true)]
    [InlineData("F-35", "Nederland stuurt F-35's naar Polen.", true)]
    [InlineData("top", "Op de NAVO-top is het druk.", true)]
    [InlineData("top", "De laptop is kapot.", false)]
    public void Match_NormalisationAndSyntax_Behaves(string term, string text, bool expected)
    {
        var engine = EngineFixture.Terms(term);

        Assert.Equal(expected, engine.Fires(text));
    }

    [Fact]
    public void Match_CompoundHit_ReportsTermAsWrittenAndTextAsInItem()
    {
        var engine = EngineFixture.Terms("invasie");

        var hit = Assert.Single(engine.Run("Kremlin ontkent invasieplannen"));
        var match = Assert.Single(hit.Matches);

        Assert.Equal(("invasie", "invasieplannen", 16, 14), (match.Term, match.Text, match.Start, match.Length));
    }
}
