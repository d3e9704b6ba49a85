using Monitor.Domain;
using Monitor.Domain.Items;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Matching.Engine;

namespace Monitor.Configuration.Tests.Rules;

public sealed class RulesSectionParserTests
{
    private const string Header = """
        feeds: []
        channels:
          alerts:
        """;

    private static ConfigLoadResult Load(string yaml) =>
        ConfigLoader.Parse(yaml, "monitor.yaml", ".", "/tmp/monitor.yaml", _ => null);

    private static FeedItem Item(string title, string summary = "") => new("f", "k", title, summary, string.Empty, null, DateTimeOffset.UnixEpoch);

    [Fact]
    public void Parse_SkeletonShape_StillLoadsAndMatches()
    {
        var result = Load(Header + """

            rules:
              - id: invasie
                category: militaire-escalatie
                severity: critical
                any: [invasie, "ambassade personeel"]
                channels: [alerts]
            """);

        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        var engine = RuleEngine.Compile(result.Config!.Rules);
        var hit = Assert.Single(engine.Match(Item("Kremlin ontkent invasieplannen")));
        Assert.Equal(("invasie", Severity.Critical, "alerts"), (hit.RuleId, hit.Severity, hit.Channels[0]));
    }

    [Fact]
    public void Parse_LanguageOnRuleGroupAndTerm_TakesFormsFromThatLanguage()
    {
        var result = Load(Header + """

            rules:
              - id: staking-en
                category: arbeid
                language: en
                any: [strike, pot]
              - id: pot-nl
                category: test
                any:
                  - { term: pot, language: nl }
                  - any: [brief]
                    language: en
            """);

        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        var engine = RuleEngine.Compile(result.Config!.Rules);
        Assert.Equal(["staking-en"], engine.Match(Item("Dockers went on strike; the plants were potted")).Select(h => h.RuleId));
        Assert.Empty(engine.Match(Item("Een konijnenstrik")));
        Assert.Equal(["pot-nl"], engine.Match(Item("Drie potten")).Select(h => h.RuleId));
        Assert.Equal(["pot-nl"], engine.Match(Item("The minister briefed reporters")).Select(h => h.RuleId));
    }

    [Fact]
    public void Parse_UnknownLanguage_ReportsWhatToWrite()
    {
        var result = Load(Header + """

            rules:
              - id: r
                category: test
                language: fr
                any: [grève]
            """);

        Assert.False(result.IsValid);
        Assert.Contains(result.Diagnostics, d => d.ToString().Contains("language 'fr' is not known", StringComparison.Ordinal) && d.ToString().Contains("language: nl", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_FullRuleLanguage_LoadsRunsItsTestsAndDeescalatesADenial()
    {
        var result = Load(Header + """

            lists:
              rusland: [Rusland, Kremlin, Moskou, Poetin]
              oekraine: [Oekraïne, "Oekraïens*", Kyiv]
              ruis: [Songfestival, voetbal]
            rules:
              - id: invasie-oekraine
                name: Invasie van Oekraïne
                category: militaire-escalatie
                severity: critical
                labels: { regio: oekraine }
                all:
                  - any: [invasie, "\"valt binnen\"~3", binnengevallen]
                  - any: ["@oekraine", "@rusland"]
                    in: [title, summary]
                none: ["@ruis"]
                deescalate:
                  - to: high
                    near: 6
                    any: [als, ontkent, dreigt, mogelijke, vreest]
                tests:
                  match:
                    - { text: "Rusland is Oekraïne binnengevallen.", severity: critical }
                    - { text: "Het Kremlin ontkent invasieplannen voor Oekraïne.", severity: high }
                  no_match:
                    - "Invasieve exoten in Oekraïne."
                    - "Het Oekraïens elftal valt binnen op het Songfestival."
              - id: diplomatie
                category: diplomatie
                query: '(Macron OR Biden) AND (overleg OR gesprek) AND NOT title:voetbal'
                score:
                  weights: { overleg: 2 }
                  title_boost: 2
                  min: 3
                tests:
                  match: ["Macron voert overleg"]
            """);

        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        var engine = RuleEngine.Compile(result.Config!.Rules);
        var hit = Assert.Single(engine.Match(Item("Het Kremlin ontkent invasieplannen voor Oekraïne")));
        Assert.Equal(Severity.High, hit.Severity);
        Assert.Equal(Severity.Critical, hit.BaseSeverity);
        Assert.Contains("ontkent", hit.Explanation, StringComparison.Ordinal);
        Assert.Equal("oekraine", hit.Labels["regio"]);
        Assert.Empty(engine.RunTests());
    }

    [Fact]
    public void Parse_BadTermsQueriesListsAndTests_ReportsEveryErrorWithPosition()
    {
        var result = Load(Header + """

            lists:
              rusland: [Rusland, Kremlin]
            rules:
              - id: a
                category: c
                any: ["a*", "@rusand", /inv(?=asie)/]
              - id: b
                category: c
                query: 'invasie AND oorlog OR conflict'
              - id: c
                category: c
                allow_regex: true
                any: ['/(a/']
              - id: d
                category: c
                any: [invasie]
                tests:
                  match: ["Geen enkel relevant woord hier."]
                  no_match: ["Invasieplannen"]
              - id: e
                category: c
                none: [voetbal]
              - id: f
                category: c
                query: 'title:invasie NEAR/99 Rusland'
            """);

        Assert.False(result.IsValid);
        var errors = result.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains(errors, e => e.StartsWith("monitor.yaml:9:12: 'a*' is too short", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("monitor.yaml:9:18: list '@rusand' is not defined — did you mean '@rusland'?", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("monitor.yaml:9:28: regular expression /inv(?=asie)/ is not allowed", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("monitor.yaml:12:32: AND and OR are mixed without parentheses", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("monitor.yaml:16:13: regular expression /(a/ is invalid", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("monitor.yaml:23:5: rule 'e' would fire on every item", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("monitor.yaml:28:27: 'NEAR/99' needs a distance from 1 to 50", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Contains("rule test failed", StringComparison.Ordinal)); // tests run only on an otherwise valid config
    }

    [Fact]
    public void Parse_FailingRuleTests_AreConfigErrorsAtTheTestLine()
    {
        var result = Load(Header + """

            rules:
              - id: d
                category: c
                any: [invasie]
                tests:
                  match: ["Geen enkel relevant woord hier."]
                  no_match: ["Invasieplannen", "Invasieve exoten"]
            """);

        var errors = result.Errors.Select(e => e.ToString()).ToList();
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("monitor.yaml:9:15: rule test failed: rule 'd' did not fire", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("monitor.yaml:10:18: rule test failed: rule 'd' fired on a no_match text \"Invasieplannen\" (matched: invasie → 'Invasieplannen')", errors[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("any: []", "'any' needs at least one non-empty term")]
    [InlineData("any: [\"\"]", "'any' needs at least one non-empty term")]
    [InlineData("any: [\"inv*sie\"]", "has a * that is not at the start or end")]
    [InlineData("any: [\"\\\"open\"]", "has no closing quote")]
    [InlineData("any: [\"=Twee woorden\"]", "must be one word")]
    [InlineData("any: [\"\\\"a b\\\"~0\"]", "is not a proximity window")]
    [InlineData("query: 'invasie oorlog'", "follows another term without an operator")]
    [InlineData("query: '(invasie OR oorlog'", "is never closed")]
    [InlineData("query: 'invasie NEAR/3 NOT oorlog'", "NOT cannot be an operand of NEAR")]
    [InlineData("any: [invasie]\n    in: [kop]", "'kop' is not a field")]
    [InlineData("any: [invasie]\n    score: { weights: { oorlog: 2 } }", "score weight 'oorlog' names no term")]
    [InlineData("any: [invasie]\n    deescalate: [{ any: [als] }]", "has no 'to:'")]
    [InlineData("any: [invasie]\n    tests: { no_match: [{ text: x, severity: high }] }", "a no_match test cannot expect a severity")]
    [InlineData("any: [[a, b]]", "is a bare list")]
    public void Parse_InvalidRule_ReportsError(string body, string expected)
    {
        var result = Load(Header + "\nrules:\n  - id: x\n    category: c\n    " + body + "\n");

        Assert.Contains(result.Errors, e => e.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_TopLevelLists_IsAnAcceptedKey()
    {
        Assert.Contains("lists", ConfigLoader.TopLevelKeys);
    }
}
