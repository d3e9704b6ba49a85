using System.Text.RegularExpressions;
using Monitor.Pipeline.Matching.Conditions;
using Monitor.Pipeline.Matching.Syntax;

namespace Monitor.Pipeline.Matching.Engine;

/// <summary>A term compiled to atoms: any single atom matches; or a sequence of phrase-word atoms on consecutive words; or all sloppy atoms within a window; or a regex.</summary>
internal sealed class CompiledTerm
{
    public required int Id { get; init; }

    public required TermSpec Spec { get; init; }

    /// <summary>Gets or sets the first leaf that asked for this term (occurrences are re-labelled per leaf).</summary>
    public TermCondition? Leaf { get; set; }

    public int[] Single { get; init; } = [];

    public int[][] Sequences { get; init; } = [];

    public int[] Sloppy { get; init; } = [];

    public Regex? Regex { get; init; }
}
