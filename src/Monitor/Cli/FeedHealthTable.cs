using System.Globalization;
using Monitor.Domain.Feeds;
using Monitor.Pipeline.State;

namespace Monitor.Cli;

/// <summary>Builds and prints the <c>monitor feeds</c> table.</summary>
internal static class FeedHealthTable
{
    public static IReadOnlyList<FeedHealthRow> Rows(IReadOnlyList<FeedDefinition> feeds, IReadOnlyDictionary<string, FeedState> states, DateTimeOffset now)
    {
        var rows = new List<FeedHealthRow>(feeds.Count);
        foreach (var feed in feeds)
        {
            var state = states.TryGetValue(feed.Id, out var s) ? s : new FeedState(feed.Id);
            var status = state.ConsecutiveFailures > 0 ? "failing"
                : state.LastSuccessAt is null ? "new"
                : state.NextPollAt is { } due && now - due > feed.Interval + TimeSpan.FromMinutes(5) ? "overdue"
                : "ok";
            var error = state.ConsecutiveFailures > 0 && state.LastErrorKind is not null ? $"{state.LastErrorKind}: {state.LastError}" : string.Empty;
            rows.Add(new FeedHealthRow(feed.Id, status, state.ConsecutiveFailures, Time(state.LastSuccessAt, "never"), Time(state.NextPollAt, "-"), error));
        }

        return rows;
    }

    public static void Write(IReadOnlyList<FeedHealthRow> rows, TextWriter output)
    {
        var idWidth = Math.Max(4, rows.Count == 0 ? 4 : rows.Max(r => r.FeedId.Length));
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"{"FEED".PadRight(idWidth)}  {"STATUS",-8} {"FAILS",5}  {"LAST SUCCESS (UTC)",-18}  {"NEXT POLL (UTC)",-18}  LAST ERROR"));
        foreach (var r in rows)
        {
            output.WriteLine(string.Create(inv, $"{r.FeedId.PadRight(idWidth)}  {r.Status,-8} {r.Failures,5}  {r.LastSuccess,-18}  {r.NextPoll,-18}  {r.LastError}").TrimEnd());
        }

        var failing = rows.Count(r => r.Failures > 0);
        output.WriteLine(string.Create(inv, $"{rows.Count} feeds, {failing} failing"));
    }

    private static string Time(DateTimeOffset? t, string none) =>
        t is { } v ? v.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : none;
}
