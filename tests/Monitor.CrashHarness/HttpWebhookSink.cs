using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Monitor.Domain.Alerts;
using Monitor.Domain.Channels;
using Monitor.Pipeline.Delivery;

namespace Monitor.CrashHarness;

/// <summary>
/// A minimal webhook sink for the harness (the real DiscordWebhookSink lives in Monitor.Discord): one alert per POST to
/// <c>{webhook}?wait=true</c>, delivered only on 2xx with a message id; 429/5xx/timeouts retry, 404 is gone, other 4xx are rejected.
/// The content starts with the alert id and item key so the receiver can count duplicates.
/// </summary>
internal sealed class HttpWebhookSink : IAlertSink
{
    private static readonly HttpClient Client = new() { Timeout = TimeSpan.FromSeconds(10) };

    public bool CanDeliver(ChannelDefinition channel) => !channel.IsConsole;

    public async Task<DeliveryOutcome> DeliverAsync(ChannelDefinition channel, IReadOnlyList<Alert> alerts, CancellationToken cancellationToken)
    {
        var alert = alerts[0];
        var url = channel.Webhook!.Reveal() + "?wait=true";
        try
        {
            using var response = await Client.PostAsJsonAsync(url, new { content = $"{alert.Id}|{alert.Item.Key}|{alert.Item.Title}" }, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
                return DeliveryOutcome.Delivered(1, body.RootElement.GetProperty("id").GetString());
            }

            return response.StatusCode switch
            {
                HttpStatusCode.TooManyRequests => DeliveryOutcome.RetryLater("429 Too Many Requests", response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1)),
                HttpStatusCode.NotFound => DeliveryOutcome.Gone("404 Unknown Webhook"),
                >= HttpStatusCode.InternalServerError => DeliveryOutcome.RetryLater(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                _ => DeliveryOutcome.Rejected(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            };
        }
        catch (HttpRequestException ex)
        {
            return DeliveryOutcome.RetryLater("network: " + ex.HttpRequestError);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DeliveryOutcome.RetryLater("timeout");
        }
    }
}
