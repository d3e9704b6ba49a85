namespace Monitor.Pipeline.Matching.Conditions;

/// <summary>A node of a rule's boolean condition. YAML groups (<c>any/all/none/in</c>) and <c>query:</c> strings compile to the same tree.</summary>
public abstract record RuleCondition
{
    /// <summary>Returns this node and every node below it, depth first.</summary>
    public IEnumerable<RuleCondition> Descendants()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var d in child.Descendants())
            {
                yield return d;
            }
        }
    }

    /// <summary>Gets the direct children.</summary>
    protected abstract IEnumerable<RuleCondition> Children { get; }
}
