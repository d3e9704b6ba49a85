using Microsoft.Extensions.Time.Testing;
using Monitor.Pipeline.Stories;
using Xunit.Abstractions;

namespace Monitor.Pipeline.Tests.Stories;

/// <summary>Precision and recall of <see cref="StoryDecider"/> with the default options on the labelled set (issue 13 §4).</summary>
public sealed class StoryDeciderQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void Decide_LabelledPairs_PrecisionAtLeast95AndRecallAtLeast90()
    {
        var now = new FakeTimeProvider().GetUtcNow();
        var items = LabelledStories.Load()
            .Select(x => (x.Event, Seen: now.AddHours(x.Hours), x.Item, Print: StoryFeatures.Of(x.Item)))
            .ToList();
        int truePositive = 0, falsePositive = 0, falseNegative = 0, trueNegative = 0;
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                // The one seen later is the item; the earlier one is a story of its own.
                var (earlier, later) = items[i].Seen <= items[j].Seen ? (items[i], items[j]) : (items[j], items[i]);
                var story = new StoryCandidate(new StoryId(earlier.Item.Id), earlier.Seen, [earlier.Print]);
                var decision = StoryDecider.Decide(later.Print, [story], later.Seen, StoryOptions.Default);
                var same = earlier.Event == later.Event;
                switch (same, decision.IsNew)
                {
                    case (true, false):
                        truePositive++;
                        break;
                    case (true, true):
                        falseNegative++;
                        output.WriteLine($"missed ({decision.Score:0.00}): {earlier.Item.Title} | {later.Item.Title}");
                        break;
                    case (false, false):
                        falsePositive++;
                        output.WriteLine($"wrongly joined ({decision.Reason} {decision.Score:0.00}): {earlier.Item.Title} | {later.Item.Title}");
                        break;
                    default:
                        trueNegative++;
                        break;
                }
            }
        }

        var precision = truePositive / (double)(truePositive + falsePositive);
        var recall = truePositive / (double)(truePositive + falseNegative);
        output.WriteLine($"story pairs: {truePositive + falseNegative} same, {falsePositive + trueNegative} different; precision {precision:0.000}, recall {recall:0.000} (tp {truePositive}, fp {falsePositive}, fn {falseNegative}, tn {trueNegative})");
        Console.WriteLine($"Stories quality: precision {precision:0.000}, recall {recall:0.000} over {truePositive + falseNegative} same-story and {falsePositive + trueNegative} different-story pairs");
        Assert.True(truePositive + falseNegative >= 100, "the labelled set needs at least 100 same-story pairs");
        Assert.True(precision >= 0.95, $"precision {precision:0.000} < 0.95");
        Assert.True(recall >= 0.90, $"recall {recall:0.000} < 0.90");
    }
}
