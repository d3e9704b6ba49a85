using System.Collections.Concurrent;
using Monitor.Pipeline.Matching.Lexicon;
using Monitor.Pipeline.Matching.Syntax;
using Monitor.Pipeline.Matching.Text;

namespace Monitor.Pipeline.Matching.Engine;

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

    /// <summary>Longer words are not searched for compound parts (the search is quadratic; real compounds are shorter, tokens this long are codes or URLs).</summary>
    public const int MaxCompoundLength = 48;

    private static readonly int[] None = [];
    private readonly Dictionary<string, int[]> forms;
    private readonly CharTrie prefixes = new();
    private readonly CharTrie compoundForms = new();
    private readonly ConcurrentDictionary<string, int[]> cache = new(FoldedWordComparer.Instance);
    private readonly ConcurrentDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> cacheLookup;
    private readonly bool useCache;
    private int cachedCount;

    public TermIndex(IReadOnlyList<Atom> atoms, LexiconSet lexicons, bool useCache = true)
    {
        Atoms = atoms;
        Exact = [.. atoms.Select(a => a.Kind == AtomKind.Exact)];
        Lexicons = lexicons;
        this.useCache = useCache;
        var formLists = new Dictionary<string, List<int>>(atoms.Count * 4, StringComparer.Ordinal);
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
                        // Forms of three letters go in too, but match only as a compound's first part (gas in gasprijs).
                        if (atom.Kind == AtomKind.Suffix ? f.Length >= TermParser.MinWildcardLength : atom.Compounds && f.Length >= LexiconSet.MinHeadLength)
                        {
                            compoundForms.Add(f, atom.Id);
                        }
                    }

                    break;
            }
        }

        forms = new Dictionary<string, int[]>(formLists.Count, StringComparer.Ordinal);
        foreach (var (form, list) in formLists)
        {
            forms[form] = SortedDistinct(list);
        }

        cacheLookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<Atom> Atoms { get; }

    /// <summary>Gets, per atom id, whether the atom is an exact (case-sensitive) word: read once per atom hit, so kept apart from the atoms.</summary>
    public bool[] Exact { get; }

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
        if (useCache && Volatile.Read(ref cachedCount) < MaxCachedWords && cache.TryAdd(word, result))
        {
            Interlocked.Increment(ref cachedCount); // ConcurrentDictionary.Count takes every lock; keep our own count
        }

        return result;
    }

    private static int[] SortedDistinct(List<int> list)
    {
        if (list.Count == 1)
        {
            return [list[0]];
        }

        list.Sort();
        var n = 1;
        for (var i = 1; i < list.Count; i++)
        {
            if (list[i] != list[n - 1])
            {
                list[n++] = list[i];
            }
        }

        return list.GetRange(0, n).ToArray();
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
