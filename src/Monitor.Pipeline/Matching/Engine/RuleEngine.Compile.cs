using System.Text.RegularExpressions;
using Monitor.Pipeline.Matching.Conditions;
using Monitor.Pipeline.Matching.Lexicon;
using Monitor.Pipeline.Matching.Rules;
using Monitor.Pipeline.Matching.Syntax;

namespace Monitor.Pipeline.Matching.Engine;

/// <content>Compilation: every term of every rule into one shared atom table and index.</content>
public sealed partial class RuleEngine
{
    private RuleEngine(CompiledRule[] rules, TermIndex index, Dictionary<TermCondition, CompiledTerm> terms, CandidateIndex candidates)
    {
        this.rules = rules;
        this.index = index;
        this.terms = terms;
        termList = new CompiledTerm[terms.Count];
        foreach (var term in terms.Values)
        {
            termList[term.Id] = term; // ids are 0..n-1, one per leaf
        }

        this.candidates = candidates;
    }

    /// <summary>Compiles rules against the bundled Dutch and English word lists.</summary>
    /// <exception cref="ArgumentException">A rule's terms do not parse, or a rule would fire on every item (the config loader reports these as config errors first).</exception>
    public static RuleEngine Compile(IEnumerable<RuleDefinition> definitions) => Compile(definitions, LexiconSet.Default);

    /// <summary>Compiles rules against <paramref name="lexicons"/>.</summary>
    /// <param name="definitions">The rules, in config order.</param>
    /// <param name="lexicons">The word lists for inflections and compounds.</param>
    /// <param name="cacheWords">Whether to cache the analysis of each distinct word (on in production; benchmarks measure both).</param>
    /// <exception cref="ArgumentException">A rule's terms do not parse, or a rule would fire on every item.</exception>
    public static RuleEngine Compile(IEnumerable<RuleDefinition> definitions, LexiconSet lexicons, bool cacheWords = true)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(lexicons);
        var builder = new AtomBuilder(lexicons);
        var terms = new Dictionary<TermCondition, CompiledTerm>(ReferenceEqualityComparer.Instance);
        var compiled = new List<CompiledRule>();
        var positive = new List<(int Rule, CompiledTerm Term)>();
        foreach (var def in definitions)
        {
            var condition = def.Condition ?? ConditionOf(def);
            if (RuleConditions.FiresWithoutTerms(condition))
            {
                throw new ArgumentException($"Rule '{def.Id}' would fire on every item: it needs at least one term that must occur.", nameof(definitions));
            }

            var rule = new CompiledRule { Index = compiled.Count, Definition = def, Condition = condition, FieldMask = MaskOf(AllFields) };
            var leaves = condition.Descendants().OfType<TermCondition>()
                .Concat(def.Escalate.Concat(def.Deescalate).SelectMany(a => a.Condition.Descendants()).OfType<TermCondition>()).ToList();
            var language = def.Language ?? RuleLanguage(builder, leaves);
            foreach (var t in condition.Descendants().OfType<TermCondition>())
            {
                Add(t, language);
            }

            positive.AddRange(RuleConditions.PositiveTerms(condition).Select(t => (rule.Index, terms[t])));

            foreach (var t in def.Escalate.Concat(def.Deescalate).SelectMany(a => a.Condition.Descendants()).OfType<TermCondition>())
            {
                Add(t, language);
            }

            rule.Node = EvalNode.From(condition, TermOf);
            rule.Escalate = [.. def.Escalate.Select(a => EvalNode.From(a.Condition, TermOf))];
            rule.Deescalate = [.. def.Deescalate.Select(a => EvalNode.From(a.Condition, TermOf))];
            compiled.Add(rule);
        }

        var index = new TermIndex(builder.Atoms, lexicons, cacheWords);
        return new RuleEngine([.. compiled], index, terms, CandidateIndex.Build(builder.Atoms.Count, terms.Count, positive));

        CompiledTerm TermOf(TermCondition t) => terms[t];

        void Add(TermCondition t, TermLanguage language)
        {
            if (!terms.ContainsKey(t))
            {
                var compiledTerm = builder.Compile(t.Term, terms.Count, language);
                compiledTerm.Leaf = t;
                terms[t] = compiledTerm;
            }
        }
    }

    /// <summary>A rule without <c>language:</c> takes the language of most of its words that only one list holds (its own terms decide, not the word lists' overlap); Dutch when undecided.</summary>
    private static TermLanguage RuleLanguage(AtomBuilder builder, List<TermCondition> leaves)
    {
        var (nl, en) = builder.Votes(leaves.Where(l => l.Term.Language is null && l.Term.Kind != TermKind.Exact).SelectMany(l => l.Term.Words));
        var explicitEn = leaves.Count(l => l.Term.Language == TermLanguage.English);
        var explicitNl = leaves.Count(l => l.Term.Language == TermLanguage.Dutch);
        return en + explicitEn > nl + explicitNl ? TermLanguage.English : TermLanguage.Dutch;
    }

    private static RuleCondition ConditionOf(RuleDefinition def)
    {
        var options = new TermParseOptions { AllowRegex = def.AllowRegex };
        var items = new List<RuleCondition>();
        foreach (var text in def.Any)
        {
            var (condition, errors) = TermParser.ParseElement(text, options);
            if (condition is null)
            {
                throw new ArgumentException($"Rule '{def.Id}' term '{text}': {errors[0].Message} ({errors[0].Fix}).", nameof(def));
            }

            items.Add(condition);
        }

        return new AnyCondition(items);
    }

    internal static Regex CreateRegex(string pattern) =>
        new(pattern, RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TermParser.RegexTimeout);
}
