using Monitor.Domain;
using Monitor.Pipeline.Matching.Conditions;
using Monitor.Pipeline.Matching.Explain;
using Monitor.Pipeline.Matching.Syntax;

namespace Monitor.Pipeline.Matching.Engine;

/// <content>Explanations: what each term of a rule expands to.</content>
public sealed partial class RuleEngine
{
    /// <summary>Returns what each term of rule <paramref name="ruleId"/> matches (forms with the rule behind each, and up to <paramref name="maxExamples"/> example compounds from the term's language's list), or <see langword="null"/> for an unknown rule.</summary>
    public RuleExplanation? Explain(string ruleId, int maxExamples = 8)
    {
        var rule = rules.FirstOrDefault(r => string.Equals(r.Definition.Id, ruleId, StringComparison.Ordinal));
        if (rule is null)
        {
            return null;
        }

        var def = rule.Definition;
        var roles = new List<(TermCondition Term, string Role)>();
        Collect(rule.Condition, false, roles);
        foreach (var adj in def.Escalate)
        {
            roles.AddRange(adj.Condition.Descendants().OfType<TermCondition>().Select(t => (t, $"escalate to {adj.To.ToName()}")));
        }

        foreach (var adj in def.Deescalate)
        {
            roles.AddRange(adj.Condition.Descendants().OfType<TermCondition>().Select(t => (t, $"deescalate to {adj.To.ToName()}")));
        }

        var explained = roles.Select(r => ExplainTerm(terms[r.Term], r.Role, maxExamples) with { ListName = r.Term.ListName }).ToList();
        return new RuleExplanation(def.Id, def.Category, def.Severity, explained);
    }

    private static void Collect(RuleCondition node, bool negated, List<(TermCondition, string)> into)
    {
        switch (node)
        {
            case TermCondition t:
                into.Add((t, negated ? "exclude" : "match"));
                break;
            case NotCondition n:
                Collect(n.Inner, !negated, into);
                break;
            case AnyCondition a:
                a.Items.ToList().ForEach(i => Collect(i, negated, into));
                break;
            case AllCondition a:
                a.Items.ToList().ForEach(i => Collect(i, negated, into));
                break;
            case NearCondition n:
                Collect(n.Left, negated, into);
                Collect(n.Right, negated, into);
                break;
            case FieldCondition f:
                Collect(f.Inner, negated, into);
                break;
        }
    }

    private TermExplanation ExplainTerm(CompiledTerm term, string role, int maxExamples)
    {
        var spec = term.Spec;
        var atoms = index.Atoms;
        var forms = term.Single.SelectMany(a => atoms[a].Forms)
            .Concat(term.Sequences.Select(s => string.Join(' ', s.Select(a => atoms[a].Key))))
            .Concat(term.Sloppy.Length > 0 ? [string.Join(' ', term.Sloppy.Select(a => atoms[a].Key))] : [])
            .Distinct().ToList();
        var description = spec.Kind switch
        {
            TermKind.Word when spec.Compounds => "the word, its inflections, and compounds it is part of (rest of the word must be a word)",
            TermKind.Word => "the word and its inflections only (quoted: no compounds)",
            TermKind.Prefix => $"any word starting with '{spec.Words[0]}'",
            TermKind.Suffix => $"the word, or a compound ending in it (the part before must be a word)",
            TermKind.Exact => $"exactly '{spec.Words[0]}', case-sensitive, also as part of a hyphenated word",
            TermKind.Phrase when spec.Slop > 0 => $"all words within {spec.Slop} extra words of each other, any order, same sentence",
            TermKind.Phrase => spec.Words.Count == 2 ? "the words in a row (each inflected), or written as one word or with a hyphen" : "the words in a row (each inflected)",
            TermKind.Regex => "a regular expression (case-insensitive, no backtracking)",
            _ => spec.Kind.ToString(),
        };
        if (spec.Kind == TermKind.Exact)
        {
            forms = [spec.Words[0]];
        }

        var language = term.Single.Concat(term.Sequences.SelectMany(s => s)).Concat(term.Sloppy).Select(a => (TermLanguage?)atoms[a].Language).FirstOrDefault();
        return new TermExplanation(spec.Written, spec.Kind, role, description, forms, Examples(term, forms, maxExamples))
        {
            Language = language,
            FormRules = FormRules(term, forms),
        };
    }

    /// <summary>The rule behind each form: the language's inflection rule, or how a phrase or compound is written.</summary>
    private Dictionary<string, string> FormRules(CompiledTerm term, List<string> forms)
    {
        var rules = new Dictionary<string, string>(StringComparer.Ordinal);
        var atoms = index.Atoms;
        foreach (var a in term.Single.Select(i => atoms[i]).Where(a => a.Kind is not (AtomKind.Exact or AtomKind.Prefix)))
        {
            foreach (var f in index.Lexicons.Forms(a.Key, a.Language))
            {
                rules.TryAdd(f.Form, a.Key == string.Concat(term.Spec.Words) && term.Spec.Words.Count > 1 && f.Form == a.Key ? "closed compound (the words written as one)" : f.Rule);
            }
        }

        foreach (var seq in term.Sequences)
        {
            rules.TryAdd(string.Join(' ', seq.Select(a => atoms[a].Key)), term.Spec.Kind == TermKind.Phrase ? "the words in a row, each inflected, in one sentence" : "open compound (written as two words, each inflected; also hyphenated)");
        }

        if (term.Sloppy.Length > 0)
        {
            rules.TryAdd(string.Join(' ', term.Sloppy.Select(a => atoms[a].Key)), $"within {term.Spec.Slop} extra words, same sentence");
        }

        return forms.Where(rules.ContainsKey).ToDictionary(f => f, f => rules[f], StringComparer.Ordinal);
    }

    private List<string> Examples(CompiledTerm term, List<string> forms, int max)
    {
        var source = term.Single.Select(a => index.Atoms[a]).Where(a => a.Kind is AtomKind.Prefix or AtomKind.Suffix || (a.Kind == AtomKind.Word && a.Compounds)).ToList();
        if (source.Count == 0 || max <= 0)
        {
            return [];
        }

        var local = source.Select((a, i) => a with { Id = i }).ToList();
        var mini = new TermIndex(local, index.Lexicons, useCache: false);
        var needles = local.SelectMany(a => a.Kind == AtomKind.Prefix ? [a.Key] : a.Forms).Where(f => f.Length >= 3).Distinct().ToList();
        var formSet = forms.ToHashSet(StringComparer.Ordinal);
        return index.Lexicons.ListOf(local[0].Language).Words
            .Where(w => !formSet.Contains(w) && needles.Exists(n => w.Contains(n, StringComparison.Ordinal)) && mini.Analyse(w).Length > 0)
            .Order(StringComparer.Ordinal).Take(max).ToList();
    }
}
