using System.Text.RegularExpressions;

namespace Monitor.Pipeline.Matching;

/// <content>Compilation: every term of every rule into one shared atom table and index.</content>
public sealed partial class RuleEngine
{
    private RuleEngine(CompiledRule[] rules, TermIndex index, Dictionary<TermCondition, CompiledTerm> terms, int[][] atomRules, int[] alwaysCandidates)
    {
        this.rules = rules;
        this.index = index;
        this.terms = terms;
        termList = terms.Values.Distinct().ToArray();
        this.atomRules = atomRules;
        this.alwaysCandidates = alwaysCandidates;
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
        var ruleAtoms = new List<HashSet<int>>();
        var always = new List<int>();
        foreach (var def in definitions)
        {
            var condition = def.Condition ?? ConditionOf(def);
            if (RuleConditions.FiresWithoutTerms(condition))
            {
                throw new ArgumentException($"Rule '{def.Id}' would fire on every item: it needs at least one term that must occur.", nameof(definitions));
            }

            var rule = new CompiledRule { Index = compiled.Count, Definition = def, Condition = condition, FieldMask = MaskOf(AllFields) };
            var atoms = new HashSet<int>();
            foreach (var t in condition.Descendants().OfType<TermCondition>())
            {
                Add(t);
            }

            foreach (var t in RuleConditions.PositiveTerms(condition))
            {
                var ct = terms[t];
                atoms.UnionWith(ct.Single);
                atoms.UnionWith(ct.Sequences.SelectMany(s => s));
                atoms.UnionWith(ct.Sloppy);
                if (ct.Regex is not null)
                {
                    always.Add(rule.Index);
                }
            }

            foreach (var t in def.Escalate.Concat(def.Deescalate).SelectMany(a => a.Condition.Descendants()).OfType<TermCondition>())
            {
                Add(t);
            }

            compiled.Add(rule);
            ruleAtoms.Add(atoms);
        }

        var atomRules = new List<int>[builder.Atoms.Count];
        for (var r = 0; r < ruleAtoms.Count; r++)
        {
            foreach (var a in ruleAtoms[r])
            {
                (atomRules[a] ??= []).Add(r);
            }
        }

        var index = new TermIndex(builder.Atoms, lexicons, cacheWords);
        return new RuleEngine([.. compiled], index, terms, atomRules.Select(l => l?.ToArray() ?? []).ToArray(), always.Distinct().ToArray());

        void Add(TermCondition t)
        {
            if (!terms.ContainsKey(t))
            {
                terms[t] = builder.Compile(t.Term, terms.Count);
            }
        }
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
