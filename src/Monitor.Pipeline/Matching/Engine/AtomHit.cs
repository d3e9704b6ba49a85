using Monitor.Domain.Items;

namespace Monitor.Pipeline.Matching.Engine;

/// <summary>An atom that matched one word (or word part) of an item.</summary>
internal readonly record struct AtomHit(int Atom, TextField Field, int Word, int Sentence, int Start, int Length);
