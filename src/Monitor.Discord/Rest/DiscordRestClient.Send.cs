using System.Text.Json;
using Monitor.Discord.Models;
using Monitor.Discord.RateLimiting;
using Monitor.Domain.Channels;

namespace Monitor.Discord.Rest;

/// <summary>The send loop: limiter, HTTP, classification, 429 retries.</summary>
public sealed partial class DiscordRestClient
{
    private async Task<DiscordSendResult> SendAsync(DiscordRoute route, HttpMethod method, Func<Uri> uri, DiscordMessage message, Secret? botToken, CancellationToken cancellationToken)
    {
        var http = httpClientFactory.CreateClient(HttpClientName);
        for (var attempt = 0; ; attempt++)
        {
            var decision = await limiter.AcquireAsync(route, options.MaxInlineWait, cancellationToken);
            if (!decision.Proceed)
            {
                return Throttled(decision, time.GetUtcNow());
            }

            int status;
            string body;
            RateLimitObservation observation;
            try
            {
                using var timeout = new CancellationTokenSource(options.RequestTimeout, time);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
                using var request = BuildRequest(method, uri(), message, botToken);
                using var response = await http.SendAsync(request, linked.Token);
                status = (int)response.StatusCode;
                body = await response.Content.ReadAsStringAsync(linked.Token);
                observation = RateLimitObservation.From(status, name => Header(response, name), body);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                limiter.Abandon(route);
                var reason = ex is HttpRequestException hre ? $"network error ({hre.HttpRequestError})" : "timed out";
                return new DiscordSendResult { Failure = DiscordFailureKind.Transient, Reason = reason };
            }
            catch
            {
                limiter.Abandon(route); // cancelled by the caller, or a bug: never leave the slot reserved
                throw;
            }

            limiter.Complete(route, observation);
            var error = status is >= 200 and < 300 ? null : DiscordError.TryParse(body);
            var failure = DiscordResultClassifier.Classify(status, error, route.IsBot, observation.IsBan);
            if (failure == DiscordFailureKind.RateLimited && attempt < options.MaxRateLimitRetries
                && (observation.RetryAfter ?? TimeSpan.Zero) <= options.MaxInlineWait)
            {
                continue; // the limiter now knows the reset and waits for it before the same request goes again
            }

            return new DiscordSendResult
            {
                StatusCode = status,
                Failure = failure,
                Error = error,
                Message = failure == DiscordFailureKind.None ? ParseMessage(body) : null,
                RetryAfter = failure == DiscordFailureKind.Banned ? options.BanPause : observation.RetryAfter,
                Reason = failure == DiscordFailureKind.Banned
                    ? $"HTTP {status} without rate-limit headers (Cloudflare ban); all Discord traffic paused"
                    : DiscordResultClassifier.Reason(status, error) + (observation.IsShared ? " (shared limit)" : string.Empty),
            };
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static DiscordMessageResponse? ParseMessage(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<DiscordMessageResponse>(body, DiscordJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
