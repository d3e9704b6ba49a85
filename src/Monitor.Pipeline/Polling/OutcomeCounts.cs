using System.Globalization;
using System.Text;
using Monitor.Domain.Items;

namespace Monitor.Pipeline.Polling;

/// <summary>How many items of a poll (or of several) ended with each <see cref="ItemOutcome"/>.</summary>
public sealed class OutcomeCounts
{
    private readonly int[] counts = new int[Enum.GetValues<ItemOutcome>().Length];

    /// <summary>Gets an empty count.</summary>
    public static OutcomeCounts None => new();

    /// <summary>Gets the number of items counted.</summary>
    public int Total => counts.Sum();

    /// <summary>Gets the count of one outcome.</summary>
    public int this[ItemOutcome outcome] => counts[(int)outcome];

    /// <summary>Counts one item.</summary>
    public void Add(ItemOutcome outcome) => counts[(int)outcome]++;

    /// <summary>Adds another count to this one.</summary>
    public void Add(OutcomeCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] += other.counts[i];
        }
    }

    /// <summary>
    /// The line for people: <c>nieuws: 12 items · 1 alerted · 9 unchanged · 2 no rule matched</c> — the outcomes that
    /// occurred, in the enum's order (alerts first).
    /// </summary>
    public string Describe(string feed)
    {
        var line = new StringBuilder();
        line.Append(CultureInfo.InvariantCulture, $"{feed}: {Total} {(Total == 1 ? "item" : "items")}");
        foreach (var outcome in Enum.GetValues<ItemOutcome>())
        {
            if (this[outcome] > 0)
            {
                line.Append(CultureInfo.InvariantCulture, $" · {this[outcome]} {ItemOutcomeNames.Words(outcome)}");
            }
        }

        return line.ToString();
    }
}
