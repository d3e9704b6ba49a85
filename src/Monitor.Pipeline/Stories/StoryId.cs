namespace Monitor.Pipeline.Stories;

/// <summary>A story's identity: the id of its first item (so it is stable across restarts without a counter).</summary>
/// <param name="Value">The first item's id, for example <c>nos:https://nos.nl/l/123</c>.</param>
public readonly record struct StoryId(string Value)
{
    /// <inheritdoc/>
    public override string ToString() => Value;
}
