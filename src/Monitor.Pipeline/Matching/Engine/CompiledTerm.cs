using System.Text.RegularExpressions;

namespace Monitor.Pipeline.Matching;

/// <summary>A term compiled to atoms: any single atom matches; or a sequence of phrase-word atoms on consecutive words; or all sloppy atoms within a window; or a regex.</summary>
internal sealed class CompiledTerm
{
    public required int Id { get; init; }

    public required TermSpec Spec { get; init; }

    public int[] Single { get; init; } = [];

    public int[][] Sequences { get; init; } = [];

    public int[] Sloppy { get; init; } = [];

    public Regex? Regex { get; init; }
}
