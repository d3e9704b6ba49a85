using Monitor.Domain;
using Monitor.Domain.Alerts;
using Monitor.Domain.Items;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Matching.Conditions;
using Monitor.Pipeline.Matching.Explain;
using Monitor.Pipeline.Matching.Rules;
using Monitor.Pipeline.Tests.Matching;

namespace Monitor.Pipeline.Tests.Matching.Engine;

public sealed class RuleEngineExplainTests
{
    [Fact]
    public void Explain_WordTerm_ShowsInflectionsAndLexiconCompounds()
    {
        var engine = EngineFixture.Rule(new AllCondition([EngineFixture.Parse("invasie"), new NotCondition(EngineFixture.Parse("voetbal"))]), d => d with
        {
            Deescalate = [new SeverityAdjustment(Severity.Medium, EngineFixture.Parse("ontkent"))],
        });

        var explanation = engine.Explain("r")!;

        var invasie = explanation.Terms[0];
        Assert.Equal(("invasie", "match"), (invasie.Term, invasie.Role));
        Assert.Contains("invasies", invasie.Forms);
        Assert.Contains("invasiemacht", invasie.Examples);
        Assert.DoesNotContain("invasieve", invasie.Examples);
        Assert.Equal("exclude", explanation.Terms[1].Role);
        Assert.Equal("deescalate to medium", explanation.Terms[2].Role);
        Assert.Null(engine.Explain("onbekend"));
    }

    [Fact]
    public void Explain_CompoundWord_ListsTheOpenPhraseForm()
    {
        var explanation = EngineFixture.Terms("ambassadepersoneel").Explain("r")!;

        Assert.Contains("ambassade personeel", explanation.Terms[0].Forms);
    }

    [Theory]
    [InlineData("aanval*", "aanvalsplan")]
    [InlineData("*oorlog", "burgeroorlog")]
    public void Explain_WildcardTerms_GiveExamples(string term, string example)
    {
        Assert.Contains(example, EngineFixture.Terms(term).Explain("r")!.Terms[0].Examples.Concat(EngineFixture.Terms(term).Explain("r", 5000)!.Terms[0].Examples));
    }
}
