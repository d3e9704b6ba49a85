namespace Monitor.Pipeline.Matching.Engine;

/// <summary>What an <see cref="EvalNode"/> computes.</summary>
internal enum EvalNodeKind
{
    /// <summary>A term leaf.</summary>
    Term,

    /// <summary>At least one child holds.</summary>
    Any,

    /// <summary>Every child holds.</summary>
    All,

    /// <summary>The only child does not hold.</summary>
    Not,

    /// <summary>The only child holds within <see cref="EvalNode.Mask"/>'s fields.</summary>
    Field,

    /// <summary>Both children hold within <see cref="EvalNode.Distance"/> words of each other.</summary>
    Near,
}
