using System.Globalization;
using Monitor.Discord.Gateway;

namespace Monitor.Discord.Tests.Gateway;

/// <summary>
/// The Gateway state machine, driven by small scripts: each step is one event (<c>+5s</c> advances the clock and ticks). The expected
/// actions are those of the last step. Jitter is fixed at 0.5, so the first heartbeat comes after half an interval, the first back-off
/// is 0.75 s and an INVALID_SESSION waits 3 s.
/// </summary>
public sealed class GatewayStateMachineTests
{
    private const string Gateway = "wss://gateway.test/";
    private const string GatewayQuery = "wss://gateway.test/?v=10&encoding=json";
    private const string ResumeQuery = "wss://resume.test/?v=10&encoding=json";
    private const string Up = "start; fetched; connected; hello 40s; ready 1";

    public static TheoryData<string, string, string, GatewayPhase> Cases => new()
    {
        { "start asks Discord where the Gateway is", "start", "fetch", GatewayPhase.FetchingGateway },
        { "the gateway URL from /gateway/bot is opened with v=10 and json", "start; fetched", $"connect {GatewayQuery}", GatewayPhase.Connecting },
        { "hello is answered with identify asking for GUILDS only", "start; fetched; connected; hello 40s", "identify Guilds", GatewayPhase.Identifying },
        { "the first heartbeat comes after interval times jitter", "start; fetched; connected; hello 40s; +19s; +1s", "heartbeat -", GatewayPhase.Identifying },
        { "heartbeats carry the last sequence", $"{Up}; dispatch 7; +20s", "heartbeat 7", GatewayPhase.Running },
        { "an acknowledged heartbeat is followed by the next one an interval later", $"{Up}; +20s; ack; +39s; +1s", "heartbeat 1", GatewayPhase.Running },
        { "a heartbeat never acknowledged marks a zombie: close without ending the session", $"{Up}; +20s; +40s", "close 4900", GatewayPhase.Waiting },
        { "after a zombie the session resumes on resume_gateway_url", $"{Up}; +20s; +40s; +1s", $"connect {ResumeQuery} resume", GatewayPhase.Connecting },
        { "a resumed connection sends RESUME with the session and last sequence", $"{Up}; dispatch 9; closed; +1s; connected; hello 40s", "resume s1 9", GatewayPhase.Resuming },
        { "RESUMED brings the connection back to running", $"{Up}; closed; +1s; connected; hello 40s; resumed 2", "-", GatewayPhase.Running },
        { "Discord asking for a heartbeat gets one at once", $"{Up}; op1", "heartbeat 1", GatewayPhase.Running },
        { "op 7 reconnect closes and resumes at once", $"{Up}; op7", $"close 4900; connect {ResumeQuery} resume", GatewayPhase.Connecting },
        { "op 9 resumable waits before anything happens", $"{Up}; op9 true; +2s", "-", GatewayPhase.Waiting },
        { "op 9 resumable resumes after 1 to 5 seconds", $"{Up}; op9 true; +3s", $"connect {ResumeQuery} resume", GatewayPhase.Connecting },
        { "op 9 not resumable starts a new session after 1 to 5 seconds", $"{Up}; op9 false; +3s", "fetch", GatewayPhase.FetchingGateway },
        { "a new session after op 9 identifies again", $"{Up}; op9 false; +3s; fetched; +2s; connected; hello 40s", "identify Guilds", GatewayPhase.Identifying },
        { "close 4000 resumes after a back-off", $"{Up}; closed 4000; +1s", $"connect {ResumeQuery} resume", GatewayPhase.Connecting },
        { "close 4008 (rate limited) resumes after a back-off", $"{Up}; closed 4008; +1s", $"connect {ResumeQuery} resume", GatewayPhase.Connecting },
        { "close 4007 (invalid seq) starts a new session", $"{Up}; closed 4007; +1s", "fetch", GatewayPhase.FetchingGateway },
        { "close 4009 (session timed out) starts a new session", $"{Up}; closed 4009; +1s", "fetch", GatewayPhase.FetchingGateway },
        { "a drop without a close code resumes", $"{Up}; closed; +1s", $"connect {ResumeQuery} resume", GatewayPhase.Connecting },
        { "a drop before READY has no session and identifies anew", "start; fetched; connected; hello 40s; closed; +1s", "fetch", GatewayPhase.FetchingGateway },
        { "the back-off is not over before its time", $"{Up}; closed; +0.7s", "-", GatewayPhase.Waiting },
        { "the back-off doubles with every failed attempt", $"{Up}; closed; +0.75s; closed; +1.4s", "-", GatewayPhase.Waiting },
        { "the doubled back-off ends in time", $"{Up}; closed; +0.75s; closed; +1.5s", $"connect {ResumeQuery} resume", GatewayPhase.Connecting },
        { "READY resets the back-off", $"{Up}; closed; +0.75s; closed; +1.5s; connected; hello 40s; resumed 2; closed; +0.75s", $"connect {ResumeQuery} resume", GatewayPhase.Connecting },
        { "close 4004 (bad token) is fatal", $"{Up}; closed 4004", "fatal discord.bot_token", GatewayPhase.Stopped },
        { "close 4010 (invalid shard) is fatal", $"{Up}; closed 4010", "fatal 4010", GatewayPhase.Stopped },
        { "close 4011 (sharding required) is fatal", $"{Up}; closed 4011", "fatal 4011", GatewayPhase.Stopped },
        { "close 4012 (invalid API version) is fatal", $"{Up}; closed 4012", "fatal discord.api_base", GatewayPhase.Stopped },
        { "close 4013 (invalid intents) is fatal", $"{Up}; closed 4013", "fatal 4013", GatewayPhase.Stopped },
        { "close 4014 (disallowed intents) is fatal", $"{Up}; closed 4014", "fatal 4014", GatewayPhase.Stopped },
        { "a fatal stop never reconnects", $"{Up}; closed 4004; +60s; start", "-", GatewayPhase.Stopped },
        { "a 401 from /gateway/bot is fatal", "start; fetch-unauthorized", "fatal discord.bot_token", GatewayPhase.Stopped },
        { "another /gateway/bot failure is retried after a back-off", "start; fetch-failed; +1s", "fetch", GatewayPhase.FetchingGateway },
        { "no session left in session_start_limit waits for reset_after", "start; fetched 0 30s; +29s", "-", GatewayPhase.Waiting },
        { "after reset_after the gateway is asked again", "start; fetched 0 30s; +30s", "fetch", GatewayPhase.FetchingGateway },
        { "a second identify within 5 seconds waits for max_concurrency", $"{Up}; op9 false; +3s; fetched", "-", GatewayPhase.Waiting },
        { "the second identify goes ahead once 5 seconds have passed", $"{Up}; op9 false; +3s; fetched; +2s", $"connect {GatewayQuery}", GatewayPhase.Connecting },
        { "a connection without HELLO in time is dropped and retried", "start; fetched; connected; +20s", "close 4900", GatewayPhase.Waiting },
        { "a failed connect is retried after a back-off", "start; fetched; closed; +1s", "fetch", GatewayPhase.FetchingGateway },
        { "the 121st send within 60 seconds waits", $"{Up}; op1 119; op1", "-", GatewayPhase.Running },
        { "the send over the limit goes once the window frees a slot", $"{Up}; op1 119; op1; +60s", "heartbeat 1", GatewayPhase.Running },
        { "stop closes the connection with 1000", $"{Up}; stop", "close 1000", GatewayPhase.Stopped },
        { "events of a closed connection are ignored", $"{Up}; stop; op7; hello 40s; closed 4004", "-", GatewayPhase.Stopped },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Handle_Script_ExpectedActions(string name, string script, string expected, GatewayPhase phase)
    {
        var (machine, actions) = Run(script);

        Assert.True(Describe(actions).StartsWith(expected, StringComparison.Ordinal) || Matches(actions, expected), $"{name}: got '{Describe(actions)}'");
        Assert.Equal(phase, machine.Phase);
    }

    [Fact]
    public void Handle_Ready_StoresSessionAndResumeUrl()
    {
        var (machine, _) = Run(Up);

        Assert.Equal("s1", machine.SessionId);
        Assert.Equal(new Uri("wss://resume.test/"), machine.ResumeUrl);
        Assert.Equal(1, machine.LastSequence);
    }

    [Fact]
    public void Handle_Hello_WakesForTheJitteredFirstHeartbeat()
    {
        var (machine, _) = Run("start; fetched; connected; hello 40s");

        Assert.Equal(Start + TimeSpan.FromSeconds(20), machine.NextWakeAt);
    }

    [Fact]
    public void Handle_SendLimit_NeverMoreThan120In60Seconds()
    {
        var (_, actions) = Run($"{Up}; op1 200", collectAll: true);

        // IDENTIFY plus 119 heartbeats fill the window; the other 81 wait.
        Assert.Equal(120, actions.Count(a => a is GatewayAction.Heartbeat or GatewayAction.Identify));
    }

    [Fact]
    public void Handle_FatalReason_NamesWhatToFixWithoutTheToken()
    {
        var (machine, _) = Run($"{Up}; closed 4004");

        Assert.Contains("discord.bot_token", machine.FatalReason, StringComparison.Ordinal);
        Assert.Contains("Developer Portal", machine.FatalReason, StringComparison.Ordinal);
    }

    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static (GatewayStateMachine Machine, List<GatewayAction> Actions) Run(string script, bool collectAll = false)
    {
        var machine = new GatewayStateMachine(new GatewaySettings(), () => 0.5);
        var now = Start;
        var sequence = 1;
        IReadOnlyList<GatewayAction> last = [];
        var all = new List<GatewayAction>();
        foreach (var raw in script.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = raw.Split(' ');
            var steps = new List<GatewayEvent>();
            switch (parts[0])
            {
                case "start": steps.Add(new GatewayEvent.Start()); break;
                case "stop": steps.Add(new GatewayEvent.Stop()); break;
                case "fetched":
                    var remaining = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 1000;
                    var reset = parts.Length > 2 ? Seconds(parts[2]) : TimeSpan.FromHours(24);
                    steps.Add(new GatewayEvent.GatewayFetched(new GatewayInfo(new Uri(Gateway), remaining, reset, 1)));
                    break;
                case "fetch-failed": steps.Add(new GatewayEvent.GatewayFetchFailed(false, "503")); break;
                case "fetch-unauthorized": steps.Add(new GatewayEvent.GatewayFetchFailed(true, "401")); break;
                case "connected": steps.Add(new GatewayEvent.Connected()); break;
                case "closed": steps.Add(new GatewayEvent.Closed(parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null)); break;
                case "hello": steps.Add(new GatewayEvent.Hello(Seconds(parts[1]))); break;
                case "ready":
                    sequence = int.Parse(parts[1], CultureInfo.InvariantCulture);
                    steps.Add(new GatewayEvent.Dispatch(sequence, "READY", "s1", new Uri("wss://resume.test/")));
                    break;
                case "resumed": steps.Add(new GatewayEvent.Dispatch(int.Parse(parts[1], CultureInfo.InvariantCulture), "RESUMED")); break;
                case "dispatch": steps.Add(new GatewayEvent.Dispatch(int.Parse(parts[1], CultureInfo.InvariantCulture), "GUILD_CREATE")); break;
                case "ack": steps.Add(new GatewayEvent.HeartbeatAck()); break;
                case "op1":
                    var times = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 1;
                    steps.AddRange(Enumerable.Range(0, times).Select(_ => (GatewayEvent)new GatewayEvent.HeartbeatRequested()));
                    break;
                case "op7": steps.Add(new GatewayEvent.Reconnect()); break;
                case "op9": steps.Add(new GatewayEvent.InvalidSession(bool.Parse(parts[1]))); break;
                case var advance when advance.StartsWith('+'):
                    now += Seconds(advance[1..]);
                    steps.Add(new GatewayEvent.Tick());
                    break;
                default: throw new ArgumentException($"unknown step '{raw}'");
            }

            var actions = new List<GatewayAction>();
            foreach (var step in steps)
            {
                actions.AddRange(machine.Handle(step, now));
            }

            last = actions;
            all.AddRange(actions);
        }

        return (machine, collectAll ? all : last.ToList());
    }

    private static TimeSpan Seconds(string text) => TimeSpan.FromSeconds(double.Parse(text.TrimEnd('s'), CultureInfo.InvariantCulture));

    private static bool Matches(List<GatewayAction> actions, string expected) =>
        expected.StartsWith("fatal ", StringComparison.Ordinal)
        && actions is [GatewayAction.Fatal fatal]
        && fatal.Reason.Contains(expected[6..], StringComparison.Ordinal);

    private static string Describe(List<GatewayAction> actions) => actions.Count == 0 ? "-" : string.Join("; ", actions.Select(a => a switch
    {
        GatewayAction.FetchGateway => "fetch",
        GatewayAction.Connect c => $"connect {c.Url}" + (c.Resuming ? " resume" : string.Empty),
        GatewayAction.Close c => $"close {c.Code}",
        GatewayAction.Identify i => $"identify {i.Intents}",
        GatewayAction.Resume r => $"resume {r.SessionId} {r.Sequence}",
        GatewayAction.Heartbeat h => $"heartbeat {(h.Sequence is { } s ? s.ToString(CultureInfo.InvariantCulture) : "-")}",
        GatewayAction.Fatal f => $"fatal: {f.Reason}",
        _ => a.ToString(),
    }));
}
