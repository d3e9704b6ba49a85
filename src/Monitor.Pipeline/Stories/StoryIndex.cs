using System.Runtime.InteropServices;

namespace Monitor.Pipeline.Stories;

/// <summary>
/// The open stories in memory, indexed so that assigning an item compares it with a few candidates instead of every story:
/// an inverted index of named entities and numbers (a story is a candidate when it shares at least
/// <see cref="StoryOptions.MinSharedEntities"/> of them), and exact keys for the same link, the same title and each MinHash
/// LSH band (<see cref="MinHash"/>). The decision itself is <see cref="StoryDecider"/>'s; this class only keeps the books.
/// </summary>
/// <remarks>
/// Time comes from the caller (the poll time), never from a clock. A story expires <see cref="StoryOptions.Window"/> after its
/// first item; <see cref="Expire"/> removes it and its postings. An entity on more than
/// <see cref="StoryDefaults.MaxPostingsScanned"/> open stories ("Trump", "Amsterdam") is not scanned for candidates; a story
/// found through a rarer entity is asked whether it has the common one too, so it still counts towards the shared
/// entities. A rewrite that shares only common entities with its story (and no link, title or LSH band) is therefore not
/// found: the price of not scanning thousands of stories per item.
/// Assigning an item again (a poll replayed after a crash) is idempotent: the first item of a
/// story gets <see cref="StoryReason.NewStory"/> for its own story again, a later item joins the same story again, and
/// neither is stored twice. Not thread-safe: one poll cycle at a time assigns (wrap it in a lock otherwise).
/// On start-up, <see cref="Add(StoryId, DateTimeOffset, StoryItem)"/> the stored items of the stories still open to rebuild it.
/// </remarks>
public sealed class StoryIndex
{
    private const ulong LinkSalt = 0x51A7E5A17C0FFEE1;
    private const ulong TitleSalt = 0x7171E5A17DECAF03;

    private readonly StoryOptions options;
    private readonly Dictionary<ulong, List<int>> entityPostings = [];
    private readonly Dictionary<ulong, List<int>> exactPostings = [];
    private readonly Dictionary<StoryId, int> byId = [];
    private readonly List<Slot> slots = [];
    private readonly Stack<int> free = new();
    private readonly PriorityQueue<(int Slot, int Generation), DateTimeOffset> expiry = new();
    private readonly Dictionary<int, int> counts = [];
    private readonly List<StoryCandidate> candidates = [];
    private readonly List<ulong> skipped = [];

    /// <summary>Initializes a new instance of the <see cref="StoryIndex"/> class.</summary>
    public StoryIndex(StoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
    }

    /// <summary>Gets the number of open stories.</summary>
    public int Count => byId.Count;

    /// <summary>Decides the story of <paramref name="item"/> seen at <paramref name="now"/> and records it: it joins the story, or starts one named after itself.</summary>
    public StoryDecision Assign(StoryItem item, DateTimeOffset now) => Assign(StoryFeatures.Of(item), now);

    /// <summary>Decides the story of <paramref name="item"/> without recording it.</summary>
    public StoryDecision Find(StoryItem item, DateTimeOffset now) => Find(StoryFeatures.Of(item), now);

    /// <summary>Adds a stored item to its story (started at <paramref name="started"/>) without deciding: for rebuilding the index on start-up.</summary>
    public void Add(StoryId story, DateTimeOffset started, StoryItem item) => Add(story, started, StoryFeatures.Of(item));

    /// <summary>Removes the stories that closed before <paramref name="now"/> (first item older than the window); returns how many.</summary>
    public int Expire(DateTimeOffset now)
    {
        var removed = 0;
        while (expiry.TryPeek(out var entry, out var started) && now - started > options.Window)
        {
            expiry.Dequeue();
            var slot = slots[entry.Slot];
            if (slot.Generation == entry.Generation && slot.Story is not null)
            {
                Remove(entry.Slot, slot);
                removed++;
            }
        }

        return removed;
    }

    internal StoryDecision Assign(StoryFingerprint item, DateTimeOffset now)
    {
        var decision = Find(item, now);
        Add(decision.Story, now, item);
        return decision;
    }

    internal StoryDecision Find(StoryFingerprint item, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (byId.ContainsKey(new StoryId(item.ItemId)))
        {
            return new StoryDecision(StoryReason.NewStory, new StoryId(item.ItemId), 1); // its first item again (a replayed poll)
        }

        counts.Clear();
        candidates.Clear();
        skipped.Clear();
        foreach (var entity in item.Entities)
        {
            var key = StoryFeatures.Key(entity);
            if (!entityPostings.TryGetValue(key, out var list))
            {
                continue;
            }

            if (list.Count > StoryDefaults.MaxPostingsScanned)
            {
                skipped.Add(key);
                continue;
            }

            foreach (var s in CollectionsMarshal.AsSpan(list))
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, s, out _)++;
            }
        }

        foreach (var key in ExactKeys(item))
        {
            if (exactPostings.TryGetValue(key, out var list))
            {
                foreach (var s in CollectionsMarshal.AsSpan(list))
                {
                    counts[s] = int.MaxValue;
                }
            }
        }

        foreach (var (s, count) in counts)
        {
            // A story found through a rare entity may share a common one too: ask the story rather than scan the common list.
            if (count >= options.MinSharedEntities || count + SharedOf(slots[s], skipped) >= options.MinSharedEntities)
            {
                candidates.Add(slots[s].Candidate!);
            }
        }

        return StoryDecider.Decide(item, candidates, now, options);
    }

    internal void Add(StoryId story, DateTimeOffset started, StoryFingerprint item)
    {
        if (!byId.TryGetValue(story, out var index))
        {
            index = free.Count > 0 ? free.Pop() : slots.Count;
            if (index == slots.Count)
            {
                slots.Add(new Slot());
            }

            var created = slots[index];
            created.Story = story;
            created.Candidate = new StoryCandidate(story, started, created.Items);
            byId[story] = index;
            expiry.Enqueue((index, created.Generation), started);
        }

        var slot = slots[index];
        if (slot.Items.Count >= StoryDefaults.MaxComparedItems || slot.Items.Exists(i => i.ItemId == item.ItemId))
        {
            return;
        }

        slot.Items.Add(item);
        foreach (var entity in item.Entities)
        {
            var key = StoryFeatures.Key(entity);
            if (slot.EntityKeys.Add(key))
            {
                Postings(entityPostings, key).Add(index);
            }
        }

        foreach (var key in ExactKeys(item))
        {
            if (slot.ExactKeys.Add(key))
            {
                Postings(exactPostings, key).Add(index);
            }
        }
    }

    private IEnumerable<ulong> ExactKeys(StoryFingerprint item)
    {
        if (item.LinkKey is not null)
        {
            yield return MinHash.Mix(LinkSalt ^ Matching.Text.WordHash.Of(item.LinkKey));
        }

        if (item.TitleKey != 0 && item.TitleWords >= options.MinTitleWords)
        {
            yield return MinHash.Mix(TitleSalt ^ item.TitleKey);
        }

        if (item.Signature[0] != uint.MaxValue)
        {
            for (var band = 0; band < MinHash.Bands; band++)
            {
                yield return MinHash.BandKey(item.Signature, band);
            }
        }
    }

    private static int SharedOf(Slot slot, List<ulong> keys)
    {
        var n = 0;
        foreach (var key in keys)
        {
            n += slot.EntityKeys.Contains(key) ? 1 : 0;
        }

        return n;
    }

    private static List<int> Postings(Dictionary<ulong, List<int>> postings, ulong key)
    {
        ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(postings, key, out _);
        return list ??= [];
    }

    private void Remove(int index, Slot slot)
    {
        Unpost(entityPostings, slot.EntityKeys, index);
        Unpost(exactPostings, slot.ExactKeys, index);
        byId.Remove(slot.Story!.Value);
        slot.Clear();
        free.Push(index);
    }

    private static void Unpost(Dictionary<ulong, List<int>> postings, HashSet<ulong> keys, int index)
    {
        foreach (var key in keys)
        {
            if (postings.TryGetValue(key, out var list))
            {
                list.Remove(index); // oldest first in the list: an expiring story is found near the front
                if (list.Count == 0)
                {
                    postings.Remove(key);
                }
            }
        }
    }

    /// <summary>One story's bookkeeping; reused after the story expires (the generation tells stale expiry entries apart).</summary>
    private sealed class Slot
    {
        public StoryId? Story { get; set; }

        public StoryCandidate? Candidate { get; set; }

        public int Generation { get; private set; }

        public List<StoryFingerprint> Items { get; private set; } = [];

        public HashSet<ulong> EntityKeys { get; } = [];

        public HashSet<ulong> ExactKeys { get; } = [];

        public void Clear()
        {
            Story = null;
            Candidate = null;
            Items = [];
            EntityKeys.Clear();
            ExactKeys.Clear();
            Generation++;
        }
    }
}
