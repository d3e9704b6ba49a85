using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Monitor.Discord.Interactions;
using Monitor.Discord.Interactions.Http;
using Monitor.Discord.Tests.Gateway;
using Monitor.TestKit.Discord;
using NSec.Cryptography;
using static Monitor.Discord.Tests.Interactions.InteractionTestKit;

namespace Monitor.Discord.Tests.Interactions.Http;

/// <summary>HTTP interactions on a real Kestrel listener on 127.0.0.1, requests signed with a key pair made in the test.</summary>
public sealed class HttpInteractionsEndpointTests
{
    private const string Timestamp = "1764277200";

    [Fact]
    public async Task Post_SignedPing_AnswersPong()
    {
        await using var s = await Setup.StartAsync((_, _, _) => Task.CompletedTask);

        using var response = await s.PostAsync("""{"type":1,"id":"1","application_id":"2","token":"t","version":1}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("no signature headers")]
    [InlineData("signed by another key")]
    [InlineData("body changed after signing")]
    public async Task Post_BadSignature_Gets401AndNoHandlerRuns(string problem)
    {
        var ran = false;
        await using var s = await Setup.StartAsync((_, _, _) =>
        {
            ran = true;
            return Task.CompletedTask;
        });
        var body = """{"type":1,"id":"1","application_id":"2","token":"t","version":1}""";
        using var other = Ed25519SignatureVerifierTests.NewKey();

        using var response = problem switch
        {
            "no signature headers" => await s.PostAsync(body, signer: null),
            "signed by another key" => await s.PostAsync(body, signer: other),
            _ => await s.PostAsync(body, signedBody: body.Replace("\"type\":1", "\"type\":2", StringComparison.Ordinal)),
        };

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(ran);
    }

    [Fact]
    public async Task Post_SignedSlashCommand_SameHandlerAnswersInlineEphemerally()
    {
        await using var s = await Setup.StartAsync((i, r, ct) => r.RespondAsync(Text($"Je volgt nu: {i.Option("keywords")?.AsString()}"), ephemeral: true, ct));
        var (record, body) = s.Harness.Rest.CreateInteraction(GatewayTestServer.SlashCommand("subscribe", [new JsonObject { ["name"] = "keywords", ["type"] = 3, ["value"] = "invasie" }]));

        using var response = await s.PostAsync(body.ToJsonString());
        var callback = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, (int?)callback["type"]);
        Assert.Equal(64, (int?)callback["data"]?["flags"]);
        Assert.Equal("Je volgt nu: invasie", (string?)callback["data"]?["content"]);
        Assert.Equal(0, s.Harness.Rest.AcknowledgeHttpInteraction(record.Id, callback)); // in time, the first acknowledgement
    }

    [Fact]
    public async Task Post_SlowHandler_DefersInlineThenEditsOriginalOverRest()
    {
        var release = new TaskCompletionSource();
        var done = new TaskCompletionSource();
        await using var s = await Setup.StartAsync(async (_, r, ct) =>
        {
            await release.Task;
            await r.RespondAsync(Text("Abonnement 3 verwijderd."), ephemeral: true, ct);
            done.SetResult();
        });
        var (record, body) = s.Harness.Rest.CreateInteraction(GatewayTestServer.SlashCommand("unsubscribe"));

        var pending = s.PostAsync(body.ToJsonString());
        await s.Dispatched.WaitAsync(TimeSpan.FromSeconds(15));
        s.Harness.Time.Advance(TimeSpan.FromSeconds(2));
        using var response = await pending.WaitAsync(TimeSpan.FromSeconds(15));
        var callback = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(0, s.Harness.Rest.AcknowledgeHttpInteraction(record.Id, callback));
        release.SetResult();
        await done.Task.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(5, (int?)callback["type"]);
        Assert.Equal(64, (int?)callback["data"]?["flags"]);
        Assert.Equal("Abonnement 3 verwijderd.", (string?)record.Original?["content"]);
        Assert.Equal(1, record.AcknowledgeAttempts);
    }

    private sealed class Setup : IAsyncDisposable
    {
        private readonly Key key;
        private readonly HttpInteractionsServer server;
        private readonly HttpClient http = new();

        private Setup(GatewayHarness harness, Key key, HttpInteractionsServer server, Task dispatched)
        {
            Harness = harness;
            this.key = key;
            this.server = server;
            Dispatched = dispatched;
        }

        public GatewayHarness Harness { get; }

        /// <summary>Completes when the handler has been entered (its dispatcher's deferral timer is set by then).</summary>
        public Task Dispatched { get; }

        public static async Task<Setup> StartAsync(Func<SocketInteraction, InteractionResponder, CancellationToken, Task> handle)
        {
            var harness = await GatewayHarness.StartAsync();
            var key = Ed25519SignatureVerifierTests.NewKey();
            var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var dispatcher = new InteractionDispatcher(
                new DelegateHandler((i, r, ct) =>
                {
                    entered.TrySetResult();
                    return handle(i, r, ct);
                }),
                harness.Api,
                harness.Time,
                harness.Services.GetRequiredService<ILogger<InteractionDispatcher>>());
            var endpoint = new HttpInteractionsEndpoint(
                new Ed25519SignatureVerifier(Ed25519SignatureVerifierTests.PublicHex(key)),
                dispatcher,
                harness.Services.GetRequiredService<ILogger<HttpInteractionsEndpoint>>());
            var server = await HttpInteractionsServer.StartAsync("127.0.0.1:0", endpoint, CancellationToken.None);
            return new Setup(harness, key, server, entered.Task);
        }

        public Task<HttpResponseMessage> PostAsync(string body, string? signedBody = null) => PostAsync(body, key, signedBody);

        public async Task<HttpResponseMessage> PostAsync(string body, Key? signer, string? signedBody = null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.Address, "/interactions"))
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            if (signer is not null)
            {
                request.Headers.Add("X-Signature-Ed25519", Ed25519SignatureVerifierTests.Sign(signer, Timestamp + (signedBody ?? body)));
                request.Headers.Add("X-Signature-Timestamp", Timestamp);
            }

            return await http.SendAsync(request);
        }

        public async ValueTask DisposeAsync()
        {
            http.Dispose();
            await server.DisposeAsync();
            key.Dispose();
            await Harness.DisposeAsync();
        }
    }
}
