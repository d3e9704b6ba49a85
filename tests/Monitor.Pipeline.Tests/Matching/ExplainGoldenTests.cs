using System.Text;
using Monitor.Domain;
using Monitor.Pipeline.Matching.Engine;
using Monitor.Pipeline.Matching.Rules;
using Monitor.Pipeline.Matching.Syntax;
using Monitor.TestKit;

namespace Monitor.Pipeline.Tests.Matching;

/// <summary>
/// <c>rules explain</c> for 50 common news terms in each language, against <c>Lexicon/explain-golden.txt</c>, which was
/// reviewed by reading. A change in what a term matches shows up here as a diff to review. To accept a reviewed change,
/// run with <c>MONITOR_UPDATE_GOLDEN=1</c> and read the diff of the file before committing it.
/// </summary>
public sealed class ExplainGoldenTests
{
    private static readonly string[] Dutch =
    [
        "invasie", "oorlog", "aanval", "bom", "raket", "soldaat", "leger", "grens", "vluchteling", "staking",
        "brand", "overstroming", "aardbeving", "storm", "explosie", "gijzeling", "ontvoering", "moord", "schietpartij", "rel",
        "demonstratie", "protest", "verkiezing", "regering", "minister", "president", "kabinet", "sanctie", "ambassade", "evacuatie",
        "ziekenhuis", "slachtoffer", "dode", "gewonde", "politie", "arrestatie", "rechter", "gevangenis", "drone", "tank",
        "schip", "vliegtuig", "trein", "ongeluk", "crisis", "inflatie", "gas", "droogte", "hittegolf", "vaccin",
    ];

    private static readonly string[] English =
    [
        "invasion", "war", "attack", "bomb", "missile", "soldier", "army", "border", "refugee", "strike",
        "fire", "flood", "earthquake", "storm", "explosion", "hostage", "kidnapping", "murder", "shooting", "riot",
        "demonstration", "protest", "election", "government", "minister", "president", "cabinet", "sanction", "embassy", "evacuation",
        "hospital", "victim", "death", "injury", "police", "arrest", "judge", "prison", "drone", "tank",
        "ship", "plane", "train", "accident", "crisis", "inflation", "gas", "drought", "heatwave", "vaccine",
    ];

    [Fact]
    public void Explain_CommonNewsTerms_MatchTheReviewedGoldenFile()
    {
        var actual = Render("nl", TermLanguage.Dutch, Dutch) + Render("en", TermLanguage.English, English);
        var path = Path.Combine(RepoPaths.Root, "tests", "Monitor.Pipeline.Tests", "Matching", "Lexicon", "explain-golden.txt");
        if (Environment.GetEnvironmentVariable("MONITOR_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        var diff = expected.Split('\n').Zip(actual.Split('\n')).Select((p, i) => (p, i)).FirstOrDefault(x => x.p.First != x.p.Second);
        Assert.True(expected == actual, $"explain differs from the golden file at line {diff.i + 1}:\n  golden: {diff.p.First}\n  now:    {diff.p.Second}");
    }

    private static string Render(string code, TermLanguage language, string[] terms)
    {
        var engine = RuleEngine.Compile([new RuleDefinition(code, "test", Severity.Medium, terms, []) { Language = language }]);
        var explanation = engine.Explain(code, maxExamples: 0)!;
        var sb = new StringBuilder();
        foreach (var term in explanation.Terms)
        {
            sb.Append(code).Append(' ').Append(term.Term).Append('\n');
            foreach (var form in term.Forms.Skip(1))
            {
                sb.Append("    ").Append(form).Append("  ← ").Append(term.FormRules.GetValueOrDefault(form, "?")).Append('\n');
            }

            if (term.Examples.Count > 0)
            {
                sb.Append("    e.g. ").Append(string.Join(", ", term.Examples)).Append('\n');
            }
        }

        return sb.ToString();
    }
}
