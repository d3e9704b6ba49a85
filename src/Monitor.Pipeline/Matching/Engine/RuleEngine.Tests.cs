using Monitor.Domain;
using Monitor.Domain.Items;
using Monitor.Pipeline.Matching.Rules;

namespace Monitor.Pipeline.Matching.Engine;

/// <content>Running the rules' own <c>tests:</c> (config load, <c>monitor rules test</c>).</content>
public sealed partial class RuleEngine
{
    /// <summary>Runs every rule's tests against this engine (all rules compiled together, as in production) and returns the failures, in config order.</summary>
    public IReadOnlyList<RuleTestFailure> RunTests()
    {
        var failures = new List<RuleTestFailure>();
        foreach (var rule in rules)
        {
            foreach (var test in rule.Definition.Tests)
            {
                if (Check(rule.Definition, test) is { } message)
                {
                    failures.Add(new RuleTestFailure(rule.Definition.Id, test, message));
                }
            }
        }

        return failures;
    }

    private string? Check(RuleDefinition def, RuleTestCase test)
    {
        var item = new FeedItem("rule-test", "rule-test", test.Title, test.Summary, test.Content, null, DateTimeOffset.UnixEpoch);
        var hit = Match(item).FirstOrDefault(h => string.Equals(h.RuleId, def.Id, StringComparison.Ordinal));
        if (!test.ShouldMatch)
        {
            return hit is null
                ? null
                : $"rule '{def.Id}' fired on a no_match text \"{test.Display}\" (matched: {string.Join(", ", hit.Matches.Select(m => $"{m.Term} → '{m.Text}'").Distinct())})";
        }

        if (hit is null)
        {
            return $"rule '{def.Id}' did not fire on the match text \"{test.Display}\"";
        }

        if (test.ExpectedSeverity is { } expected && hit.Severity != expected)
        {
            return $"rule '{def.Id}' fired at severity {hit.Severity.ToName()}, expected {expected.ToName()}, on \"{test.Display}\"{(hit.Explanation is null ? string.Empty : $" ({hit.Explanation})")}";
        }

        return null;
    }
}
