using System.Collections.Concurrent;

namespace Monitor.Pipeline.Matching;

/// <summary>
/// Every atom of every rule in one index: a hash table from folded form to atoms (words, inflections, phrase words,
/// exact words), a trie of prefixes, and a trie of compound-capable forms walked inside longer words. The analysis
/// of a folded word (which atoms it matches) is cached, so each distinct word is analysed once per compiled engine;
/// after that a word costs one hash lookup, whatever the number of rules or terms.
/// </summary>
internal sealed partial class TermIndex
{
    /// <summary>Cached analyses kept at most (distinct folded words); beyond this, words are analysed every time.</summary>
    public const int MaxCachedWords = 500_000;

    private static readonly int[] None = [];
    private readonly Dictionary<string, int[]> forms;
    private readonly CharTrie prefixes = new();
    private readonly CharTrie compoundForms = new();
    private readonly ConcurrentDictionary<string, int[]> cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> cacheLookup;
    private readonly bool useCache;

    public TermIndex(IReadOnlyList<Atom> atoms, LexiconSet lexicons, bool useCache = true)
    {
        Atoms = atoms;
        Lexicons = lexicons;
        this.useCache = useCache;
        var formLists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var atom in atoms)
        {
            switch (atom.Kind)
            {
                case AtomKind.Prefix:
                    prefixes.Add(atom.Key, atom.Id);
                    break;
                case AtomKind.Exact:
                    AddForm(formLists, TextFolding.FoldWord(atom.Key), atom.Id);
                    break;
                default:
                    foreach (var f in atom.Forms)
                    {
                        AddForm(formLists, f, atom.Id);
                        if (atom.Kind == AtomKind.Suffix ? f.Length >= TermParser.MinWildcardLength : atom.Compounds && f.Length >= LexiconSet.MinTailLength)
                        {
                            compoundForms.Add(f, atom.Id);
                        }
                    }

                    break;
            }
        }

        forms = formLists.ToDictionary(kv => kv.Key, kv => kv.Value.Distinct().Order().ToArray(), StringComparer.Ordinal);
        cacheLookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<Atom> Atoms { get; }

    public LexiconSet Lexicons { get; }

    public int CachedWords => cache.Count;

    /// <summary>Returns the atoms the folded word matches (sorted, distinct; never null).</summary>
    public int[] Lookup(ReadOnlySpan<char> folded)
    {
        if (useCache && cacheLookup.TryGetValue(folded, out var cached))
        {
            return cached;
        }

        var word = folded.ToString();
        var result = Analyse(word);
        if (useCache && cache.Count < MaxCachedWords)
        {
            cache.TryAdd(word, result);
        }

        return result;
    }

    private static void AddForm(Dictionary<string, List<int>> lists, string form, int atom)
    {
        if (!lists.TryGetValue(form, out var list))
        {
            lists[form] = list = [];
        }

        list.Add(atom);
    }
}
