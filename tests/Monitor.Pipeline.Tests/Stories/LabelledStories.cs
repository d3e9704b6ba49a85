using System.Text.Json;
using Monitor.Pipeline.Stories;

namespace Monitor.Pipeline.Tests.Stories;

/// <summary>The labelled set in <c>Stories/Data/story-pairs.json</c>: events told by several outlets, in confuser pairs.</summary>
internal static class LabelledStories
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Every item with its event id and the hours after the clock it was seen.</summary>
    public static IReadOnlyList<(string Event, double Hours, StoryItem Item)> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Stories", "Data", "story-pairs.json");
        var set = JsonSerializer.Deserialize<SetDto>(File.ReadAllText(path), Json) ?? throw new InvalidDataException(path + " is empty");
        var items = new List<(string, double, StoryItem)>();
        foreach (var e in set.Events)
        {
            for (var i = 0; i < e.Items.Count; i++)
            {
                var dto = e.Items[i];
                items.Add((e.Id, dto.Hours, new StoryItem($"{e.Id}#{i}", dto.Source, dto.Title, dto.Summary, null) { Terms = dto.Terms }));
            }
        }

        return items;
    }

    private sealed record SetDto(List<EventDto> Events);

    private sealed record EventDto(string Id, List<ItemDto> Items);

    private sealed record ItemDto(string Source, double Hours, string Title, string Summary, List<string> Terms);
}
