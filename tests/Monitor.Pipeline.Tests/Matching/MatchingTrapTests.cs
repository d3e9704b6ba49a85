using Monitor.Domain;
using Monitor.Pipeline.Matching.Engine;
using Monitor.Pipeline.Matching.Rules;
using Monitor.Pipeline.Matching.Syntax;

namespace Monitor.Pipeline.Tests.Matching;

/// <summary>The traps of issue 15, one row each: language per term, short compound heads, open/hyphenated/closed compounds, sentence ends.</summary>
public sealed class MatchingTrapTests
{
    [Theory]
    [InlineData("strike", "Dockers announced a new strike on Monday.", true)]
    [InlineData("strike", "Het konijn zat vast in een konijnenstrik.", false)]
    [InlineData("strike", "Ze droeg een strikje in het haar.", false)]
    [InlineData("strike", "Een strik om het pakje.", false)]
    [InlineData("strike", "Dockers announced new strikes on Monday.", true)]
    [InlineData("strike", "A drone strike hit the depot.", true)]
    [InlineData("pot", "De bloemen staan in potten.", true)]
    [InlineData("pot", "Een potje thee.", true)]
    [InlineData("pot", "De gewassen zijn bespoten.", false)]
    [InlineData("pot", "De bagagedepots zijn vol.", false)]
    [InlineData("pot", "De hond likt zijn poten.", false)]
    [InlineData("pot", "De poter gaat de grond in.", false)]
    [InlineData("plunderen", "Winkels werden geplunderd.", true)]
    [InlineData("plunder", "De plunderaars vluchtten.", false)]
    [InlineData("gas", "De gasprijs stijgt weer.", true)]
    [InlineData("gas", "Een gasleiding in de straat.", true)]
    [InlineData("gas", "Het gasthuis is gesloten.", false)]
    [InlineData("gas", "De gasten vertrekken.", false)]
    [InlineData("bom", "Een bomaanslag op het station.", true)]
    [InlineData("bom", "De bomen langs de weg.", false)]
    public void Match_RuleWithoutLanguage_WordBothListsHoldIsDutch(string term, string text, bool expected)
    {
        Assert.Equal(expected, EngineFixture.Terms(term).Fires(text));
    }

    [Theory]
    [InlineData("pot", TermLanguage.Dutch, "The plants were potted.", false)]
    [InlineData("pot", TermLanguage.Dutch, "He is potting plants.", false)]
    [InlineData("pot", TermLanguage.English, "The plants were potted.", true)]
    [InlineData("pot", TermLanguage.English, "De bloemen staan in potten.", false)]
    [InlineData("brief", TermLanguage.English, "The minister briefed reporters.", true)]
    [InlineData("brief", TermLanguage.Dutch, "The minister briefed reporters.", false)]
    [InlineData("brief", TermLanguage.Dutch, "Er kwamen drie brieven binnen.", true)]
    [InlineData("strike", TermLanguage.English, "Een konijnenstrik in het bos.", false)]
    [InlineData("strike", TermLanguage.English, "The union is striking again.", true)]
    [InlineData("strike", TermLanguage.English, "Lightning struck the tower.", true)]
    [InlineData("plunder", TermLanguage.English, "The shops were plundered.", true)]
    [InlineData("plunder", TermLanguage.English, "The plunderers fled.", false)]
    public void Match_RuleLanguage_TakesFormsFromThatLanguageOnly(string term, TermLanguage language, string text, bool expected)
    {
        var engine = RuleEngine.Compile([new RuleDefinition("r", "test", Severity.Medium, [term], []) { Language = language }]);

        Assert.Equal(expected, engine.Fires(text));
    }

    [Theory]
    [InlineData("wildfire", "Wild fires spread across the valley.", true)]
    [InlineData("wildfire", "A wild fire near the town.", true)]
    [InlineData("wildfire", "Wild-fire warnings were issued.", true)]
    [InlineData("wildfire", "Wild-fires raged all week.", true)]
    [InlineData("wildfire", "Wildfires raged all week.", true)]
    [InlineData("wildfire", "The wild horses fled the fire.", false)]
    [InlineData("\"wild fire\"", "Wildfires raged all week.", true)]
    [InlineData("ambassadepersoneel", "Het ambassade-personeel vertrekt.", true)]
    public void Match_Compound_OpenHyphenatedAndClosedWithInflections(string term, string text, bool expected)
    {
        Assert.Equal(expected, EngineFixture.Terms(term).Fires(text));
    }

    [Theory]
    [InlineData("\"grens dicht\"", "De Polen doen de grens dicht.", true)]
    [InlineData("\"grens dicht\"", "Soldaten bewaken de grens. Dicht bij de stad staan tanks.", false)]
    [InlineData("\"grens dicht\"", "Soldaten bewaken de grens! Dicht bij de stad staan tanks.", false)]
    [InlineData("grens dicht", "Soldaten bewaken de grens. Dicht bij de stad staan tanks.", false)]
    [InlineData("\"air strike\"", "They fled the air. Strikes followed.", false)]
    [InlineData("\"air strike\"", "An air strike hit the port.", true)]
    public void Match_Phrase_StaysInsideOneSentence(string term, string text, bool expected)
    {
        Assert.Equal(expected, EngineFixture.Terms(term).Fires(text));
    }
}
