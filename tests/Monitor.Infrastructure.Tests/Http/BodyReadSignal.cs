namespace Monitor.Infrastructure.Tests.Http;

/// <summary>
/// A handler that tells when the caller starts reading a response body, so a test moves the fake clock only once the
/// fetcher is in its body phase (a deterministic signal instead of a wall-clock wait).
/// </summary>
internal sealed class BodyReadSignal : DelegatingHandler
{
    private readonly TaskCompletionSource reading = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the first read of a response body starts.</summary>
    public Task Reading => reading.Task;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var original = response.Content;
        var inner = await original.ReadAsStreamAsync(cancellationToken);
        var content = new StreamContent(new SignallingStream(inner, () => reading.TrySetResult()));
        foreach (var header in original.Headers)
        {
            content.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        response.Content = content;
        return response;
    }
}
