using Monitor.Domain.Feeds;
using Monitor.Pipeline.Fetching;

namespace Monitor.Infrastructure.Http;

/// <summary>Reads a feed from a local file (the bundled samples, tests).</summary>
public sealed class FileFeedFetcher(FeedHttpOptions options)
{
    /// <summary>Reads <paramref name="feed"/>'s file.</summary>
    public async Task<FetchResult> FetchAsync(FeedDefinition feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        try
        {
            var info = new FileInfo(feed.Source);
            if (!info.Exists)
            {
                return FetchResult.Failed(FetchFailureKind.FileError, $"fetcher: file '{feed.Source}' does not exist; fix the feed's url (paths are relative to the config file)");
            }

            if (info.Length > options.MaxBodyBytes)
            {
                return FetchResult.Failed(FetchFailureKind.TooLarge, $"fetcher: file is {info.Length} bytes, over the {options.MaxBodyBytes}-byte cap");
            }

            var bytes = await File.ReadAllBytesAsync(feed.Source, cancellationToken);
            return FetchResult.Ok(bytes) with { BaseUri = new Uri(info.FullName) };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return FetchResult.Failed(FetchFailureKind.FileError, $"fetcher: cannot read '{feed.Source}' ({ex.GetType().Name}); check permissions");
        }
    }
}
