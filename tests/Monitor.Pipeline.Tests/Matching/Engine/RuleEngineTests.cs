using Monitor.Domain;
using Monitor.Domain.Items;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Matching.Conditions;
using Monitor.Pipeline.Matching.Engine;
using Monitor.Pipeline.Matching.Rules;
using Monitor.Pipeline.Matching.Syntax;
using Monitor.Pipeline.Tests.Matching;

namespace Monitor.Pipeline.Tests.Matching.Engine;

public sealed class RuleEngineTests
{
    [Theory]
    [InlineData("(invasie OR inval) AND Rusland", "Rusland begint een invasie", true)]
    [InlineData("(invasie OR inval) AND Rusland", "Een invasie van mieren", false)]
    [InlineData("invasie AND NOT Songfestival", "Invasie van fans op het Songfestival", false)]
    [InlineData("invasie NOT Songfestival", "Invasie van fans op het Songfestival", false)]
    [InlineData("invasie NOT Songfestival", "Invasie op komst", true)]
    [InlineData("title:invasie", "Invasie", true)]
    [InlineData("Rusland NEAR/2 Oekraïne", "Rusland valt Oekraïne binnen", true)]
    [InlineData("Rusland NEAR/2 Oekraïne", "Rusland zegt dat het nooit en te nimmer Oekraïne zal binnenvallen", false)]
    [InlineData("(Rusland OR Kremlin) NEAR/4 (troepen OR militairen)", "Het Kremlin stuurt meer troepen", true)]
    public void Match_Query_EvaluatesBooleanLogic(string query, string title, bool expected)
    {
        var (condition, errors) = QueryParser.Parse(query, new TermParseOptions());
        Assert.Empty(errors);

        Assert.Equal(expected, EngineFixture.Rule(condition!).Fires(title));
    }

    [Fact]
    public void Match_FieldScopedGroup_IgnoresOtherFields()
    {
        var condition = new AllCondition([EngineFixture.Parse("ambassade"), new FieldCondition([TextField.Title], EngineFixture.Parse("Kyiv"))]);
        var engine = EngineFixture.Rule(condition);

        Assert.Single(engine.Run("Nieuws uit Kyiv", "De ambassade sluit"));
        Assert.Empty(engine.Run("Nieuws", "De ambassade in Kyiv sluit"));
    }

    [Fact]
    public void Match_NestedGroupsAndNone_CombineAsWritten()
    {
        var condition = new AllCondition([
            new AnyCondition([EngineFixture.Parse("troepen"), EngineFixture.Parse("militairen")]),
            new AnyCondition([new AllCondition([EngineFixture.Parse("grens"), EngineFixture.Parse("Oekraïne")]), EngineFixture.Parse("Donbas")]),
            new NotCondition(new AnyCondition([EngineFixture.Parse("voetbal")])),
        ]);
        var engine = EngineFixture.Rule(condition);

        Assert.True(engine.Fires("Troepen aan de grens met Oekraïne"));
        Assert.True(engine.Fires("Militairen in de Donbas"));
        Assert.False(engine.Fires("Troepen aan de grens"));
        Assert.False(engine.Fires("Militairen kijken voetbal in de Donbas"));
    }

    [Fact]
    public void Match_Deescalate_DenialNearHitLowersSeverity()
    {
        var engine = EngineFixture.Rule(EngineFixture.Parse("invasie"), d => d with
        {
            Severity = Severity.Critical,
            Escalate = [new SeverityAdjustment(Severity.Critical, EngineFixture.Parse("binnengevallen"))],
            Deescalate = [new SeverityAdjustment(Severity.High, new AnyCondition([EngineFixture.Parse("ontkent"), EngineFixture.Parse("als")])) { Near = 6 }],
        });

        var denied = Assert.Single(engine.Run("Het Kremlin ontkent invasieplannen"));
        var real = Assert.Single(engine.Run("De invasie is begonnen"));
        var farAway = Assert.Single(engine.Run("Het Kremlin ontkent alles. De invasie is begonnen."));

        Assert.Equal((Severity.High, Severity.Critical), (denied.Severity, denied.BaseSeverity));
        Assert.Equal("de-escalated to high: 'ontkent' within 6 words of the match", denied.Explanation);
        Assert.Equal(Severity.Critical, real.Severity);
        Assert.Equal(Severity.Critical, farAway.Severity);
    }

    [Fact]
    public void Match_Escalate_RaisesOnHardEvidence()
    {
        var engine = EngineFixture.Rule(EngineFixture.Parse("troepen"), d => d with
        {
            Severity = Severity.Medium,
            Escalate = [new SeverityAdjustment(Severity.Critical, EngineFixture.Parse("\"valt binnen\"~3"))],
        });

        Assert.Equal(Severity.Critical, Assert.Single(engine.Run("Rusland valt met troepen Oekraïne binnen")).Severity);
        Assert.Equal(Severity.Medium, Assert.Single(engine.Run("Troepen aan de grens")).Severity);
    }

    [Fact]
    public void Match_Score_CountsDistinctTermsWithTitleBoost()
    {
        var condition = new AnyCondition([EngineFixture.Parse("Biden"), EngineFixture.Parse("Poetin"), EngineFixture.Parse("overleg")]);
        var engine = EngineFixture.Rule(condition, d => d with
        {
            Score = new RuleScore(new Dictionary<string, double> { ["overleg"] = 2 }, TitleBoost: 2, Min: 4),
        });

        Assert.Empty(engine.Run("Nieuws", "Biden en Poetin"));           // 1 + 1 = 2
        Assert.Empty(engine.Run("Nieuws", "Biden voert overleg"));       // 1 + 2 = 3
        Assert.Equal(4, Assert.Single(engine.Run("Biden en Poetin")).Score); // (1 + 1) × 2 in the title
        Assert.Equal(5, Assert.Single(engine.Run("Overleg", "Biden")).Score); // 2 × 2 + 1
    }

    [Fact]
    public void Match_Regex_OptInAndBounded()
    {
        var engine = EngineFixture.Rule(EngineFixture.Parse("/MH-?17/", allowRegex: true), d => d with { AllowRegex = true });

        Assert.Equal("MH17", Assert.Single(Assert.Single(engine.Run("Nieuw onderzoek naar MH17")).Matches).Text);
        Assert.Empty(engine.Run("Niets hier"));
    }

    [Fact]
    public void Match_ManyRules_OnlyRulesWithHitsFireAndOrderIsBySeverity()
    {
        var rules = Enumerable.Range(0, 500).Select(i => new RuleDefinition($"r{i}", "c", Severity.Low, [$"woordnummer{i}"], []))
            .Append(new RuleDefinition("hoog", "c", Severity.High, ["invasie"], []))
            .Append(new RuleDefinition("laag", "c", Severity.Low, ["invasie"], []));
        var engine = RuleEngine.Compile(rules);

        var hits = engine.Run("Invasie");

        Assert.Equal(502, engine.RuleCount);
        Assert.Equal(["hoog", "laag"], hits.Select(h => h.RuleId));
    }

    [Fact]
    public void Match_ListTerms_ReportTermAsWrittenInTheList()
    {
        var list = new AnyCondition([new TermCondition(new TermSpec(TermKind.Word, "Kremlin", ["kremlin"])) { ListName = "rusland" }]);
        var engine = EngineFixture.Rule(list);

        var match = Assert.Single(Assert.Single(engine.Run("het KREMLIN zwijgt")).Matches);

        Assert.Equal(("Kremlin", "KREMLIN", TextField.Title), (match.Term, match.Text, match.Field));
    }

    [Fact]
    public void Compile_OnlyExclusions_Throws()
    {
        var def = new RuleDefinition("x", "c", Severity.Low, [], []) { Condition = new NotCondition(EngineFixture.Parse("voetbal")) };

        Assert.Throws<ArgumentException>(() => RuleEngine.Compile([def]));
    }

    [Fact]
    public void RunTests_FailingCase_IsReported()
    {
        var def = new RuleDefinition("x", "c", Severity.High, ["invasie"], [])
        {
            Tests = [new RuleTestCase("Invasieve exoten", "", "", true, null), new RuleTestCase("De invasie", "", "", true, Severity.Low)],
        };

        var failures = RuleEngine.Compile([def]).RunTests();

        Assert.Equal(2, failures.Count);
        Assert.Contains("did not fire", failures[0].Message, StringComparison.Ordinal);
        Assert.Contains("fired at severity high, expected low", failures[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_PathologicalLongToken_DoesNotStallAndStillMatchesNormalWords()
    {
        var engine = EngineFixture.Terms("invasie", "*oorlog", "aanval*");
        var garbage = string.Concat(Enumerable.Repeat("invasieoorlogaanval", 5_000));

        var hits = engine.Run("Invasie", garbage);

        Assert.Equal("Invasie", Assert.Single(Assert.Single(hits).Matches, m => m.Field == TextField.Title).Text);
    }

    [Fact]
    public void Match_NothingCarriesOverFromThePreviousItem()
    {
        // One engine, one thread: the per-item working state is reused, so hits, occurrences and candidates of one item
        // must be gone for the next (a phrase whose first word was in the previous item must not complete).
        var engine = RuleEngine.Compile(
        [
            new RuleDefinition("invasie", "conflict", Severity.High, ["invasie"], []),
            new RuleDefinition("oplossing", "diplomacy", Severity.Low, ["\"diplomatieke oplossing\""], []),
        ]);

        var first = engine.Run("Kabinet vreest invasie en zoekt diplomatieke steun");
        var second = engine.Run("Minister zoekt vandaag nog geen snelle oplossing"); // "oplossing" right after where "diplomatieke" stood
        var third = engine.Run("Gesprek over een diplomatieke oplossing");

        Assert.Equal("invasie", Assert.Single(first).RuleId);
        Assert.Empty(second);
        var hit = Assert.Single(third);
        Assert.Equal("oplossing", hit.RuleId);
        Assert.Equal("diplomatieke oplossing", Assert.Single(hit.Matches).Text);
    }

    [Theory]
    [InlineData("Het kabinet stuurt een diplomatieke missie naar Kyiv", true)]
    [InlineData("De missie was diplomatiek, zei de minister", false)]
    [InlineData("Een missie die diplomatieke gevolgen had", false)]
    public void Phrase_WhoseFirstWordIsShared_IsFoundOnlyInOrder(string text, bool fires)
    {
        // "diplomatieke" starts three phrases, so the engine checks these phrases from their rarer second word and must
        // then look for the first word just before it (not after, not elsewhere in the item).
        var engine = EngineFixture.Terms("\"diplomatieke missie\"", "\"diplomatieke oplossing\"", "\"diplomatieke weg\"");

        Assert.Equal(fires, engine.Fires(text));
    }
}
