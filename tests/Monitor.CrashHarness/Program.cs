using Monitor.CrashHarness;

// crash [--kills N] [--items N] [--seed N] [--report FILE] [--pg CONNECTION] [--monitor PATH/monitor.dll]
return await CrashRun.RunAsync(HarnessOptions.Parse(args.SkipWhile(a => a == "crash").ToArray()));
