using Monitor.CrashHarness;

// crash [--kills N] [--items N] [--latency-ms N] [--seed N] [--report FILE]: the orchestrator (default).
// worker CONFIG | once CONFIG: the real 'monitor run' (or 'run --once') with the harness's webhook sink; started by the orchestrator.
return args.FirstOrDefault() switch
{
    "worker" => await WorkerMode.RunAsync(args[1], once: false),
    "once" => await WorkerMode.RunAsync(args[1], once: true),
    _ => await CrashRun.RunAsync(HarnessOptions.Parse(args.SkipWhile(a => a == "crash").ToArray())),
};
