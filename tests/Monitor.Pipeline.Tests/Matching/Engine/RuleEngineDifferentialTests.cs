using System.Text;
using Monitor.Domain;
using Monitor.Domain.Alerts;
using Monitor.Domain.Items;
using Monitor.Pipeline.Matching.Conditions;
using Monitor.Pipeline.Matching.Engine;
using Monitor.Pipeline.Matching.Rules;
using Monitor.Pipeline.Tests.Matching;
using Word = Monitor.Pipeline.Tests.Matching.Engine.ReferenceMatcher.Word;

namespace Monitor.Pipeline.Tests.Matching.Engine;

/// <summary>
/// The compiled engine (index, candidate rules, caches, phrase and window checks) against <see cref="ReferenceMatcher"/> on
/// seeded random rules and texts: the same rules fire, with the same matches at the same positions.
/// </summary>
/// <remarks>
/// The words are made up (five letters with q, x or z), so the lexicon adds no inflections or compounds to them; the
/// reference still takes each term's forms from the engine's explanation, so it holds when the lexicon's rules change.
/// All words have the same length, so no word is a compound or a prefix of another and no two-word phrase is written as one word.
/// </remarks>
public sealed class RuleEngineDifferentialTests
{
    private static readonly string[] Vocabulary = ["qazor", "xebun", "zuvix", "qolex", "vexaq", "zimqo", "xurda", "qepiz", "zaxol", "muqex"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Match_GeneratedRulesAndTexts_SameHitsAndPositionsAsTheReference(int seed)
    {
        var random = new Random(seed);
        var mismatches = new List<string>();
        var rulesChecked = 0;
        var fired = 0;
        for (var round = 0; round < 8 && mismatches.Count < 5; round++)
        {
            var rules = Enumerable.Range(0, 80).Select(i => new RuleDefinition($"r{i}", "test", Severity.Medium, [], []) { Condition = RandomRule(random) }).ToList();
            var engine = RuleEngine.Compile(rules);
            var reference = new ReferenceMatcher(Forms(engine, rules));
            rulesChecked += rules.Count;
            for (var t = 0; t < 60 && mismatches.Count < 5; t++)
            {
                var (title, titleWords) = RandomText(random);
                var (summary, summaryWords) = RandomText(random);
                var fields = new Dictionary<TextField, IReadOnlyList<Word>> { [TextField.Title] = titleWords, [TextField.Summary] = summaryWords };
                var hits = engine.Match(EngineFixture.Item(title, summary)).ToDictionary(h => h.RuleId, StringComparer.Ordinal);
                foreach (var rule in rules)
                {
                    var expected = reference.Match(rule.Condition!, fields);
                    var actual = hits.TryGetValue(rule.Id, out var hit) ? Sorted(hit) : null;
                    fired += actual is null ? 0 : 1;
                    if (!Same(expected, actual))
                    {
                        mismatches.Add($"rule {Describe(rule.Condition!)}\n  title:   {title}\n  summary: {summary}\n  expected {Show(expected)}\n  actual   {Show(actual)}");
                    }
                }
            }
        }

        Assert.True(rulesChecked >= 640);
        Assert.True(fired >= 1000, $"only {fired} hits: the generator no longer exercises the engine");
        Assert.True(mismatches.Count == 0, $"seed {seed}: the engine and the reference disagree:\n" + string.Join("\n", mismatches));
    }

    [Fact]
    public void Vocabulary_EngineExpandsNoWordBeyondItself()
    {
        var engine = EngineFixture.Terms(Vocabulary);

        var explanation = engine.Explain("r", maxExamples: 0)!;

        Assert.All(explanation.Terms, t => Assert.Equal([t.Term], t.Forms));
    }

    private static Dictionary<string, IReadOnlySet<string>> Forms(RuleEngine engine, IReadOnlyList<RuleDefinition> rules)
    {
        var forms = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            foreach (var term in engine.Explain(rule.Id, maxExamples: 0)!.Terms)
            {
                forms[term.Term] = term.Forms.ToHashSet(StringComparer.Ordinal);
            }
        }

        return forms;
    }

    private static RuleCondition RandomRule(Random random)
    {
        var groups = new List<RuleCondition>();
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            groups.Add(random.Next(4) switch
            {
                0 => new AnyCondition(Terms(random, random.Next(1, 4))),
                1 => new AllCondition(Terms(random, random.Next(1, 3))),
                2 when i > 0 => new NotCondition(new AnyCondition(Terms(random, random.Next(1, 3)))),
                _ => new NearCondition(EngineFixture.Parse(Pick(random)), EngineFixture.Parse(Pick(random)), random.Next(1, 5)),
            });
        }

        return new AllCondition(groups);
    }

    private static List<RuleCondition> Terms(Random random, int count) =>
        Enumerable.Range(0, count).Select(_ => EngineFixture.Parse(RandomTerm(random))).ToList();

    private static string RandomTerm(Random random)
    {
        switch (random.Next(6))
        {
            case 0 or 1:
                return Pick(random);
            case 2:
                return "=" + Pick(random);
            case 3 or 4:
                var words = Distinct(random, random.Next(2, 4));
                return $"\"{string.Join(' ', words)}\"";
            default:
                var pair = Distinct(random, 2);
                return $"\"{pair[0]} {pair[1]}\"~{random.Next(1, 5)}";
        }
    }

    private static string[] Distinct(Random random, int count) => Vocabulary.OrderBy(_ => random.Next()).Take(count).ToArray();

    private static string Pick(Random random) => Vocabulary[random.Next(Vocabulary.Length)];

    private static (string Text, List<Word> Words) RandomText(Random random)
    {
        var text = new StringBuilder();
        var words = new List<Word>();
        var sentences = random.Next(1, 4);
        for (var s = 0; s < sentences; s++)
        {
            var length = random.Next(1, 9);
            for (var i = 0; i < length; i++)
            {
                if (i > 0)
                {
                    text.Append(' ');
                }

                var word = Pick(random);
                words.Add(new Word(word, words.Count, text.Length, s));
                text.Append(word);
            }

            text.Append(s == sentences - 1 ? "." : ". ");
        }

        return (text.ToString(), words);
    }

    private static List<(TextField Field, int Start, int Length, string Term)> Sorted(RuleHit hit) =>
        hit.Matches.Select(m => (m.Field, m.Start, m.Length, m.Term)).Distinct()
            .OrderBy(m => m.Field).ThenBy(m => m.Start).ThenBy(m => m.Length).ThenBy(m => m.Term, StringComparer.Ordinal).ToList();

    private static bool Same(IReadOnlyList<(TextField, int, int, string)>? expected, IReadOnlyList<(TextField, int, int, string)>? actual) =>
        expected is null ? actual is null : actual is not null && expected.SequenceEqual(actual);

    private static string Show(IReadOnlyList<(TextField Field, int Start, int Length, string Term)>? matches) =>
        matches is null ? "no hit" : "[" + string.Join(", ", matches.Select(m => $"{m.Term}@{m.Field}:{m.Start}+{m.Length}")) + "]";

    private static string Describe(RuleCondition condition) => condition switch
    {
        TermCondition t => t.Term.Written,
        AnyCondition a => "any(" + string.Join(", ", a.Items.Select(Describe)) + ")",
        AllCondition a => "all(" + string.Join(", ", a.Items.Select(Describe)) + ")",
        NotCondition n => "none(" + Describe(n.Inner) + ")",
        NearCondition n => $"({Describe(n.Left)} NEAR/{n.Distance} {Describe(n.Right)})",
        _ => condition.GetType().Name,
    };
}
