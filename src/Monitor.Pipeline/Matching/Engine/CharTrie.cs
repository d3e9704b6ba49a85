namespace Monitor.Pipeline.Matching.Engine;

/// <summary>A character trie whose nodes carry atom ids. Edges live in one hash table keyed by (node, char); it is only walked for words not yet in the analysis cache.</summary>
internal sealed class CharTrie
{
    private readonly Dictionary<long, int> edges = [];
    private readonly List<List<int>?> outputs = [null];

    public int NodeCount => outputs.Count;

    public void Add(string key, int atom)
    {
        var node = 0;
        foreach (var c in key)
        {
            var edge = ((long)node << 16) | c;
            if (!edges.TryGetValue(edge, out var next))
            {
                next = outputs.Count;
                outputs.Add(null);
                edges.Add(edge, next);
            }

            node = next;
        }

        var list = outputs[node] ??= [];
        if (!list.Contains(atom))
        {
            list.Add(atom);
        }
    }

    /// <summary>Returns the child of <paramref name="node"/> for <paramref name="c"/>, or -1.</summary>
    public int Next(int node, char c) => edges.TryGetValue(((long)node << 16) | c, out var next) ? next : -1;

    public List<int>? Outputs(int node) => outputs[node];
}
