using Monitor.Pipeline.Matching.Syntax;

namespace Monitor.Pipeline.Matching.Engine;

/// <summary>The smallest compiled pattern: matches one word. Shared by every term (of every rule) that needs it.</summary>
/// <param name="Id">Index in the engine's atom table.</param>
/// <param name="Kind">How it matches.</param>
/// <param name="Key">The folded word or prefix; for <see cref="AtomKind.Exact"/> the word as written.</param>
/// <param name="Forms">The folded forms looked up whole (the word and its inflections).</param>
/// <param name="Compounds">Whether forms also match inside compounds.</param>
internal sealed record Atom(int Id, AtomKind Kind, string Key, IReadOnlyList<string> Forms, bool Compounds)
{
    /// <summary>Gets the language whose list decides the atom's compound parts.</summary>
    public TermLanguage Language { get; init; }
}
