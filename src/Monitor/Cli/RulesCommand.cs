using System.CommandLine;
using System.Globalization;
using Monitor.Domain;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Matching.Engine;
using Monitor.Pipeline.Matching.Syntax;

namespace Monitor.Cli;

/// <summary><c>monitor rules explain &lt;rule-id&gt;</c> (what each term expands to) and <c>monitor rules test</c> (run every rule's tests).</summary>
internal static class RulesCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("rules", "Inspect and test the keyword rules");
        command.Subcommands.Add(Explain(context));
        command.Subcommands.Add(Test(context));
        return command;
    }

    private static Command Explain(CliContext context)
    {
        var config = MonitorCli.ConfigOption();
        var ruleId = new Argument<string>("rule-id") { Description = "The id of the rule to explain" };
        var examples = new Option<int>("--examples") { Description = "Example compounds per term (default 8)", DefaultValueFactory = _ => 8 };
        var command = new Command("explain", "Show what each term of a rule matches: inflections, open/closed forms and example compounds from the word list") { config, ruleId, examples };
        CommandRunner.SetAction(command, context, config, ConfigPolicy.ReportFailingRuleTests, (ctx, parse, _) => Task.FromResult(ExecuteExplain(ctx, parse.GetValue(ruleId)!, parse.GetValue(examples))));
        return command;
    }

    private static Command Test(CliContext context)
    {
        var config = MonitorCli.ConfigOption();
        var command = new Command("test", "Run every rule's tests (match/no_match texts) and print the failures; exit 1 when any fails") { config };
        CommandRunner.SetAction(command, context, config, ConfigPolicy.CommandReportsRuleTests, (ctx, _, _) => Task.FromResult(ExecuteTest(ctx)));
        return command;
    }

    private static int ExecuteExplain(CommandContext context, string ruleId, int examples)
    {
        var config = context.Config;
        var explanation = config.Engine.Explain(ruleId, Math.Clamp(examples, 0, 100));
        if (explanation is null)
        {
            context.Error.WriteLine($"rules explain: rule '{ruleId}' is not defined — use one of: {string.Join(", ", config.Rules.Select(r => r.Id))}");
            return ExitCodes.ConfigOrNegative;
        }

        var inv = CultureInfo.InvariantCulture;
        var output = context.Out;
        output.WriteLine(string.Create(inv, $"rule {explanation.RuleId} · category {explanation.Category} · severity {explanation.Severity.ToName()}"));
        foreach (var term in explanation.Terms)
        {
            var list = term.ListName is null ? string.Empty : $" (from @{term.ListName})";
            var language = term.Language switch { TermLanguage.Dutch => " [nl]", TermLanguage.English => " [en]", _ => string.Empty };
            output.WriteLine(string.Create(inv, $"  [{term.Role}] {term.Term}{list}{language}: {term.Description}"));
            if (term.Forms.Count > 0)
            {
                output.WriteLine(string.Create(inv, $"      forms: {string.Join(", ", term.Forms)}"));
                foreach (var form in term.Forms.Skip(1).Where(term.FormRules.ContainsKey))
                {
                    output.WriteLine(string.Create(inv, $"        {form,-24} {term.FormRules[form]}"));
                }
            }

            if (term.Examples.Count > 0)
            {
                output.WriteLine(string.Create(inv, $"      e.g.:  {string.Join(", ", term.Examples)}"));
            }
        }

        return ExitCodes.Ok;
    }

    private static int ExecuteTest(CommandContext context)
    {
        // Loading ran the tests with the compiled engine: each failure is already printed as file:line:column (standard error).
        // A failing test does not stop this command (it is what it reports); any other config error does.
        var config = context.Config;
        var failures = context.Load.Diagnostics.Count(d => d.IsRuleTestFailure);
        var total = config.Rules.Sum(r => r.Tests.Count);
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{total - failures}/{total} rule tests passed in {config.Rules.Count(r => r.Tests.Count > 0)} rule(s)"));
        return failures == 0 ? ExitCodes.Ok : ExitCodes.ConfigOrNegative;
    }
}
