using System.Globalization;
using Monitor.Domain;
using Monitor.Domain.Items;
using Monitor.Pipeline.Matching;
using Monitor.Pipeline.Matching.Engine;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;

namespace Monitor.Configuration.Tests.Rules;

/// <summary>The labelled quality set: short Dutch and English texts written for Monitor (<c>lang: en</c> marks English), with the rules that must fire on each; precision and recall are printed per rule and per language.</summary>
public sealed class QualitySetTests(ITestOutputHelper output)
{
    private static readonly string Dir = Path.Combine(AppContext.BaseDirectory, "Rules", "QualitySet");

    [Fact]
    public void QualitySet_EveryCase_FiresExactlyTheLabelledRulesAtTheLabelledSeverity()
    {
        var loaded = ConfigLoader.Load(Path.Combine(Dir, "quality-rules.yaml"), _ => null);
        Assert.True(loaded.IsValid, string.Join("\n", loaded.Diagnostics));
        var engine = RuleEngine.Compile(loaded.Config!.Rules);
        var ruleIds = loaded.Config.Rules.Select(r => r.Id).ToList();
        var cases = LoadCases();
        var stats = ruleIds.ToDictionary(r => r, _ => (Tp: 0, Fp: 0, Fn: 0), StringComparer.Ordinal);
        var byLanguage = new Dictionary<string, (int Tp, int Fp, int Fn)>(StringComparer.Ordinal) { ["nl"] = (0, 0, 0), ["en"] = (0, 0, 0) };
        var failures = new List<string>();

        foreach (var c in cases)
        {
            var hits = engine.Match(new FeedItem("q", "q", c.Title, c.Summary, c.Content, null, DateTimeOffset.UnixEpoch)).ToDictionary(h => h.RuleId, StringComparer.Ordinal);
            foreach (var rule in ruleIds)
            {
                var expected = c.Expect.TryGetValue(rule, out var severity);
                var fired = hits.TryGetValue(rule, out var hit);
                var s = stats[rule];
                stats[rule] = (s.Tp + (expected && fired ? 1 : 0), s.Fp + (!expected && fired ? 1 : 0), s.Fn + (expected && !fired ? 1 : 0));
                var l = byLanguage[c.Language];
                byLanguage[c.Language] = (l.Tp + (expected && fired ? 1 : 0), l.Fp + (!expected && fired ? 1 : 0), l.Fn + (expected && !fired ? 1 : 0));
                if (expected != fired)
                {
                    failures.Add($"line {c.Line}: {rule} {(fired ? "fired but was not expected" : "was expected but did not fire")}: \"{c.Title}\"{(fired ? $" ({string.Join(", ", hit!.Matches.Select(m => m.Text))})" : string.Empty)}");
                }
                else if (fired && severity is { } want && hit!.Severity != want)
                {
                    failures.Add($"line {c.Line}: {rule} fired at {hit.Severity.ToName()}, expected {want.ToName()}: \"{c.Title}\" ({hit.Explanation})");
                }
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{cases.Count} labelled texts, {cases.Sum(c => c.Expect.Count)} expected hits"));
        output.WriteLine("rule                  precision  recall   tp  fp  fn");
        foreach (var (rule, s) in stats)
        {
            var precision = s.Tp + s.Fp == 0 ? 1 : (double)s.Tp / (s.Tp + s.Fp);
            var recall = s.Tp + s.Fn == 0 ? 1 : (double)s.Tp / (s.Tp + s.Fn);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rule,-20}  {precision,9:P1}  {recall,6:P1}  {s.Tp,3} {s.Fp,3} {s.Fn,3}"));
        }

        output.WriteLine("language  precision  recall   tp  fp  fn   texts");
        foreach (var (language, s) in byLanguage)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{language,-8}  {Precision(s),9:P1}  {Recall(s),6:P1}  {s.Tp,3} {s.Fp,3} {s.Fn,3}  {cases.Count(c => c.Language == language),6}"));
        }

        failures.ForEach(output.WriteLine);
        Assert.True(cases.Count >= 150, $"only {cases.Count} cases");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static double Precision((int Tp, int Fp, int Fn) s) => s.Tp + s.Fp == 0 ? 1 : (double)s.Tp / (s.Tp + s.Fp);

    private static double Recall((int Tp, int Fp, int Fn) s) => s.Tp + s.Fn == 0 ? 1 : (double)s.Tp / (s.Tp + s.Fn);

    private static List<QualityCase> LoadCases()
    {
        var yaml = new YamlStream();
        using (var reader = File.OpenText(Path.Combine(Dir, "quality-cases.yaml")))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var list = new List<QualityCase>();
        foreach (var node in ((YamlSequenceNode)root.Children[new YamlScalarNode("cases")]).Children.Cast<YamlMappingNode>())
        {
            string Get(string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlScalarNode)v).Value ?? string.Empty : string.Empty;
            var text = Get("text");
            var expect = new Dictionary<string, Severity?>(StringComparer.Ordinal);
            foreach (var e in ((YamlSequenceNode)node.Children[new YamlScalarNode("expect")]).Children.Cast<YamlScalarNode>().Select(s => s.Value!))
            {
                var parts = e.Split(':');
                expect[parts[0]] = parts.Length > 1 && SeverityNames.TryParse(parts[1], out var sev) ? sev : null;
            }

            var language = Get("lang") is { Length: > 0 } lang ? lang : "nl";
            list.Add(text.Length > 0
                ? new QualityCase(text, text, string.Empty, expect, (int)node.Start.Line, language)
                : new QualityCase(Get("title"), Get("summary"), Get("content"), expect, (int)node.Start.Line, language));
        }

        return list;
    }

    private sealed record QualityCase(string Title, string Summary, string Content, Dictionary<string, Severity?> Expect, int Line, string Language);
}
