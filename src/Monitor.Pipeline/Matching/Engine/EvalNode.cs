using Monitor.Pipeline.Matching.Conditions;

namespace Monitor.Pipeline.Matching.Engine;

/// <summary>
/// A rule's condition tree with its leaves resolved to compiled terms at compile time, so that evaluating a candidate rule
/// needs no lookup per leaf. A leaf whose term is one atom (most words, prefixes, suffixes) carries that atom id, so a
/// term that did not occur is rejected with one array read.
/// </summary>
internal sealed class EvalNode
{
    private EvalNode(EvalNodeKind kind) => Kind = kind;

    public EvalNodeKind Kind { get; }

    /// <summary>Gets the compiled term of a leaf.</summary>
    public CompiledTerm? Term { get; private init; }

    /// <summary>Gets the leaf as written in the config (names the list and spelling in occurrences).</summary>
    public TermCondition? Leaf { get; private init; }

    /// <summary>Gets the single atom of a leaf (a word, prefix, suffix, exact word, or the closed form of a phrase), or -1.</summary>
    public int Atom { get; private init; } = -1;

    /// <summary>Gets the atoms of a leaf's phrases (compound splits, phrase words, proximity words), flattened as
    /// <c>[length, atom, atom, …, length, atom, …]</c>: the term can only occur when every atom of one phrase was found.</summary>
    public int[] Phrases { get; private init; } = [];

    /// <summary>Gets a value indicating whether the leaf cannot be ruled out from its atoms (a regex, or several single atoms).</summary>
    public bool AlwaysCheck { get; private init; }

    public EvalNode[] Children { get; private init; } = [];

    /// <summary>Gets the field mask of a <see cref="EvalNodeKind.Field"/> node.</summary>
    public int Mask { get; private init; }

    /// <summary>Gets the word distance of a <see cref="EvalNodeKind.Near"/> node.</summary>
    public int Distance { get; private init; }

    public static EvalNode From(RuleCondition condition, Func<TermCondition, CompiledTerm> termOf) => condition switch
    {
        TermCondition t => ForLeaf(t, termOf(t)),
        AnyCondition any => new EvalNode(EvalNodeKind.Any) { Children = [.. any.Items.Select(c => From(c, termOf))] },
        AllCondition all => new EvalNode(EvalNodeKind.All) { Children = [.. all.Items.Select(c => From(c, termOf))] },
        NotCondition not => new EvalNode(EvalNodeKind.Not) { Children = [From(not.Inner, termOf)] },
        FieldCondition field => new EvalNode(EvalNodeKind.Field) { Children = [From(field.Inner, termOf)], Mask = RuleEngine.MaskOf(field.Fields) },
        NearCondition near => new EvalNode(EvalNodeKind.Near) { Children = [From(near.Left, termOf), From(near.Right, termOf)], Distance = near.Distance },
        _ => throw new ArgumentOutOfRangeException(nameof(condition), condition, "Unknown condition node."),
    };

    private static EvalNode ForLeaf(TermCondition leaf, CompiledTerm term)
    {
        var phrases = new List<int>();
        foreach (var seq in term.Sloppy.Length > 0 ? term.Sequences.Append(term.Sloppy) : term.Sequences)
        {
            phrases.Add(seq.Length);
            phrases.AddRange(seq);
        }

        return new EvalNode(EvalNodeKind.Term)
        {
            Term = term,
            Leaf = leaf,
            Atom = term.Single.Length == 1 ? term.Single[0] : -1,
            Phrases = [.. phrases],
            AlwaysCheck = term.Regex is not null || term.Single.Length > 1,
        };
    }
}
