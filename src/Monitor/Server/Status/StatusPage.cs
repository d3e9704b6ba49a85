using System.Globalization;
using System.Net;
using System.Text;

namespace Monitor.Server.Status;

/// <summary>
/// Renders the status page: plain HTML and an inline SVG chart, no script and nothing loaded from elsewhere (works offline),
/// refreshed by the browser every <see cref="RefreshSeconds"/> seconds. Every value from a feed or the config is HTML-escaped.
/// </summary>
internal static class StatusPage
{
    public const int RefreshSeconds = 30;

    private const int ChartWidth = 720;
    private const int ChartHeight = 200;
    private const int Margin = 30;

    private static readonly string[] Palette = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

    public static string Render(StatusSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var html = new StringBuilder();
        var failing = snapshot.Feeds.Count(f => f.IsFailing);
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="refresh" content="{{RefreshSeconds}}">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <link rel="icon" href="data:,">
            <title>Monitor status{{(failing > 0 ? $" — {failing} failing" : string.Empty)}}</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #222; }
            table { border-collapse: collapse; margin-bottom: 1.5rem; }
            th, td { text-align: left; padding: .25rem .6rem; border-bottom: 1px solid #ddd; vertical-align: top; }
            tr.failing { background: #fde2e2; }
            tr.failing td.state { color: #b00020; font-weight: bold; }
            td.state { color: #2e7d32; }
            .sev-critical { color: #b00020; font-weight: bold; } .sev-high { color: #d84315; }
            .muted { color: #777; } .legend span { margin-right: 1rem; }
            </style>
            </head>
            <body>
            <h1>Monitor status</h1>
            <p class="muted">At {{Time(snapshot.Now)}} UTC; this page refreshes every {{RefreshSeconds}} seconds.</p>
            """);
        Feeds(html, snapshot);
        Outbox(html, snapshot);
        Chart(html, snapshot);
        Alerts(html, snapshot);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Feeds(StringBuilder html, StatusSnapshot snapshot)
    {
        html.Append("<h2>Feeds</h2>\n<table id=\"feeds\">\n<tr><th>Feed</th><th>State</th><th>Last success</th><th>Failures in a row</th><th>Last error</th><th>Next poll</th></tr>\n");
        foreach (var feed in snapshot.Feeds)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr class=\"feed{(feed.IsFailing ? " failing" : string.Empty)}\" data-feed=\"{E(feed.Id)}\">")
                .Append(CultureInfo.InvariantCulture, $"<td title=\"{E(feed.Id)}\">{E(feed.Name)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"state\">{(feed.IsFailing ? "failing" : feed.LastSuccessAt is null ? "not polled yet" : "ok")}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{Ago(feed.LastSuccessAt, snapshot.Now)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{feed.Failures}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{E(feed.LastError ?? string.Empty)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{Ago(feed.NextPollAt, snapshot.Now)}</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Outbox(StringBuilder html, StatusSnapshot snapshot)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>Outbox</h2>\n<table id=\"outbox\">\n<tr><th>Pending</th><td>{snapshot.Pending}</td></tr>\n<tr><th>Dead</th><td>{snapshot.Dead}</td></tr>\n");
        html.Append("<tr><th>Disabled channels</th><td>");
        html.Append(snapshot.DisabledChannels.Count == 0
            ? "none"
            : string.Join("<br>", snapshot.DisabledChannels.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{E(c.Key)}: {E(c.Value)}")));
        html.Append("</td></tr>\n</table>\n");
    }

    private static void Chart(StringBuilder html, StatusSnapshot snapshot)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>Alerts per category per hour, last {StatusChart.Hours} hours</h2>\n");
        var max = Math.Max(1, snapshot.Chart.SelectMany(s => s.Counts).DefaultIfEmpty(0).Max());
        var plotWidth = ChartWidth - (2 * Margin);
        var plotHeight = ChartHeight - (2 * Margin);
        double X(int hour) => Margin + (plotWidth * hour / (double)(StatusChart.Hours - 1));
        double Y(int count) => ChartHeight - Margin - (plotHeight * count / (double)max);

        html.Append(CultureInfo.InvariantCulture, $"<svg id=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{ChartWidth}\" height=\"{ChartHeight}\" viewBox=\"0 0 {ChartWidth} {ChartHeight}\" role=\"img\" aria-label=\"Alerts per category per hour\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Margin}\" y1=\"{ChartHeight - Margin}\" x2=\"{ChartWidth - Margin}\" y2=\"{ChartHeight - Margin}\" stroke=\"#999\"/>\n");
        html.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Margin}\" y1=\"{Margin}\" x2=\"{Margin}\" y2=\"{ChartHeight - Margin}\" stroke=\"#999\"/>\n");
        html.Append(CultureInfo.InvariantCulture, $"<text x=\"{Margin - 4}\" y=\"{Margin + 4}\" font-size=\"11\" text-anchor=\"end\">{max}</text>\n");
        html.Append(CultureInfo.InvariantCulture, $"<text x=\"{Margin}\" y=\"{ChartHeight - 8}\" font-size=\"11\">-{StatusChart.Hours}h</text>\n");
        html.Append(CultureInfo.InvariantCulture, $"<text x=\"{ChartWidth - Margin}\" y=\"{ChartHeight - 8}\" font-size=\"11\" text-anchor=\"end\">now</text>\n");
        for (var i = 0; i < snapshot.Chart.Count; i++)
        {
            var series = snapshot.Chart[i];
            var points = string.Join(' ', series.Counts.Select((c, hour) => string.Create(CultureInfo.InvariantCulture, $"{X(hour):0.#},{Y(c):0.#}")));
            html.Append(CultureInfo.InvariantCulture, $"<polyline class=\"series\" data-category=\"{E(series.Category)}\" fill=\"none\" stroke-width=\"2\" stroke=\"{Palette[i % Palette.Length]}\" points=\"{points}\"><title>{E(series.Category)}: {series.Counts.Sum()} alerts</title></polyline>\n");
        }

        html.Append("</svg>\n<p class=\"legend\">");
        html.Append(snapshot.Chart.Count == 0
            ? "<span class=\"muted\">No alerts in the last 24 hours.</span>"
            : string.Concat(snapshot.Chart.Select((s, i) => $"<span><b style=\"color:{Palette[i % Palette.Length]}\">&#9632;</b> {E(s.Category)} ({s.Counts.Sum()})</span>")));
        html.Append("</p>\n");
    }

    private static void Alerts(StringBuilder html, StatusSnapshot snapshot)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>Last {StatusSnapshotReader.RecentAlertCount} alerts</h2>\n<table id=\"alerts\">\n<tr><th>When</th><th>Rule</th><th>Severity</th><th>Title</th><th>Delivery</th></tr>\n");
        foreach (var alert in snapshot.RecentAlerts)
        {
            var title = alert.Link is { Scheme: "http" or "https" } link
                ? $"<a href=\"{E(link.AbsoluteUri)}\" rel=\"noopener noreferrer\">{E(alert.Title)}</a>"
                : E(alert.Title);
            html.Append(CultureInfo.InvariantCulture, $"<tr class=\"alert\"><td>{Time(alert.CreatedAt)}</td><td>{E(alert.RuleId)}</td><td class=\"sev-{E(alert.Severity)}\">{E(alert.Severity)}</td><td class=\"title\">{title}</td><td>{E(alert.State)}</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Ago(DateTimeOffset? at, DateTimeOffset now)
    {
        if (at is not { } value)
        {
            return "<span class=\"muted\">never</span>";
        }

        var delta = value - now;
        var span = delta.Duration();
        var text = span.TotalMinutes < 1 ? $"{(int)span.TotalSeconds}s" : span.TotalHours < 1 ? $"{(int)span.TotalMinutes}m" : span.TotalDays < 1 ? $"{(int)span.TotalHours}h" : $"{(int)span.TotalDays}d";
        return $"<span title=\"{Time(value)} UTC\">{(delta < TimeSpan.Zero ? text + " ago" : "in " + text)}</span>";
    }
}
