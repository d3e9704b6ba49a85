using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Monitor.TestKit.Feeds;

/// <summary>A real, hostile-capable feed server on 127.0.0.1 (random port) for tests and benchmarks.</summary>
/// <example><code>
/// await using var feeds = await FeedTestServer.StartAsync();
/// feeds.Serve("/a.xml", bytes, "application/rss+xml");
/// var url = feeds.Url("/a.xml");
/// </code></example>
/// <remarks>Paths not configured answer 404. Every request is counted per path; <see cref="Requests"/> keeps their headers.</remarks>
public sealed class FeedTestServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedRequest> requests = new();

    private FeedTestServer(WebApplication app)
    {
        this.app = app;
        app.Run(HandleAsync);
    }

    /// <summary>Gets the base address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Gets every request received so far.</summary>
    public IReadOnlyCollection<RecordedRequest> Requests => requests.ToArray();

    /// <summary>Starts a server on a free loopback port.</summary>
    public static async Task<FeedTestServer> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrel(o =>
        {
            o.Listen(System.Net.IPAddress.Loopback, 0);
            o.Limits.MinResponseDataRate = null;
            o.AllowSynchronousIO = false;
        });
        builder.Logging.ClearProviders();
        builder.Services.AddRoutingCore();
        var server = new FeedTestServer(builder.Build());
        await server.app.StartAsync();
        var address = server.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return server;
    }

    /// <summary>Returns the absolute URL of <paramref name="path"/>.</summary>
    public Uri Url(string path) => new(BaseAddress, path.TrimStart('/'));

    /// <summary>Returns how many requests <paramref name="path"/> received.</summary>
    public int RequestCount(string path) => counts.TryGetValue(path, out var n) ? n : 0;

    /// <summary>Serves <paramref name="body"/>; with an <paramref name="etag"/>, a matching <c>If-None-Match</c> gets 304.</summary>
    public void Serve(string path, byte[] body, string contentType = "application/rss+xml; charset=utf-8", string? etag = null, IReadOnlyDictionary<string, string>? headers = null) =>
        Map(path, async context =>
        {
            if (etag is not null)
            {
                context.Response.Headers.ETag = etag;
                if (context.Request.Headers.IfNoneMatch.ToString() == etag)
                {
                    context.Response.StatusCode = 304;
                    return;
                }
            }

            AddHeaders(context, headers);
            context.Response.ContentType = contentType;
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        });

    /// <summary>Answers <paramref name="status"/> with optional headers (e.g. <c>Retry-After</c>) and a short text body.</summary>
    public void Status(string path, int status, IReadOnlyDictionary<string, string>? headers = null) =>
        Map(path, async context =>
        {
            context.Response.StatusCode = status;
            AddHeaders(context, headers);
            context.Response.ContentType = "text/plain";
            await context.Response.WriteAsync("status " + status, context.RequestAborted);
        });

    /// <summary>Redirects (302) <paramref name="path"/> to <paramref name="target"/> (a path or an absolute URL).</summary>
    public void Redirect(string path, string target, int status = 302) =>
        Map(path, context =>
        {
            context.Response.StatusCode = status;
            context.Response.Headers.Location = target;
            return Task.CompletedTask;
        });

    /// <summary>Serves <paramref name="decompressedSize"/> zero bytes compressed with gzip or brotli (a decompression bomb).</summary>
    public void CompressionBomb(string path, long decompressedSize, string encoding = "gzip")
    {
        var compressed = Bomb(decompressedSize, encoding);
        Map(path, async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            context.Response.Headers.ContentEncoding = encoding;
            context.Response.ContentLength = compressed.Length;
            await context.Response.Body.WriteAsync(compressed, context.RequestAborted);
        });
    }

    /// <summary>Serves a body that never ends (a feed start, then endless filler) until the client hangs up.</summary>
    public void Endless(string path) =>
        Map(path, async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            var chunk = new byte[64 * 1024];
            chunk.AsSpan().Fill((byte)' ');
            await context.Response.Body.WriteAsync("<rss><channel>"u8.ToArray(), context.RequestAborted);
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        });

    /// <summary>
    /// Announces <paramref name="body"/>, sends its first 10 bytes and then stalls until the client gives up (a hanging or
    /// trickling server). The returned task completes once those bytes are flushed, so a test can move its fake clock then.
    /// </summary>
    public Task Stall(string path, byte[] body)
    {
        var flushed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var never = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Map(path, async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body.AsMemory(0, Math.Min(10, body.Length)), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            flushed.TrySetResult();
            await never.Task.WaitAsync(context.RequestAborted);
        });
        return flushed.Task;
    }

    /// <summary>Accepts the request and sends nothing until <paramref name="release"/> completes (for concurrency tests).</summary>
    public void Hold(string path, Task release, byte[] body) =>
        Map(path, async context =>
        {
            await release.WaitAsync(context.RequestAborted);
            context.Response.ContentType = "application/rss+xml";
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        });

    /// <summary>Handles <paramref name="path"/> with <paramref name="handler"/> (any behaviour not covered above).</summary>
    public void Map(string path, Func<HttpContext, Task> handler) => routes[path] = handler;

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await app.StopAsync(stop.Token);
        await app.DisposeAsync();
    }

    private static void AddHeaders(HttpContext context, IReadOnlyDictionary<string, string>? headers)
    {
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }
    }

    private static byte[] Bomb(long size, string encoding)
    {
        using var output = new MemoryStream();
        using (Stream compressor = encoding == "br"
            ? new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true)
            : new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (long written = 0; written < size; written += zeros.Length)
            {
                compressor.Write(zeros, 0, (int)Math.Min(zeros.Length, size - written));
            }
        }

        return output.ToArray();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        counts.AddOrUpdate(path, 1, (_, n) => n + 1);
        requests.Enqueue(new RecordedRequest(path, context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
        if (routes.TryGetValue(path, out var handler))
        {
            try
            {
                await handler(context);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                // The client hung up: expected for endless and trickling bodies.
            }
            catch (IOException)
            {
                // Same, surfaced as a broken pipe.
            }

            return;
        }

        context.Response.StatusCode = 404;
    }
}
