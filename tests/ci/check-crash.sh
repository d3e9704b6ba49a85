#!/usr/bin/env bash
# Crash-safety harness, short form (issue 5). It SIGKILLs the real 'monitor run' (src/Monitor's monitor.dll) 20 times
# at random moments while it delivers 500 matching items from a local feed server to the Discord-compatible test
# server (tests/Monitor.TestKit/Discord, Discord's own rate limits), restarting it each time. It then leaves one
# worker to drain the queue and fails unless:
#   - every alert arrived,
#   - order per channel held,
#   - repeated messages stayed within one per kill that interrupted sending,
#   - SQLite's integrity_check says ok.
# Takes 40-90 s (90 s when Discord's hidden per-channel limit answers a 40 s 429).
# CRASH_POSTGRES=1 also runs it with the state in PostgreSQL (MONITOR_TEST_PG from tests/ci/env.sh).
# Longer run: dotnet tests/Monitor.CrashHarness/bin/Debug/net10.0/Monitor.CrashHarness.dll crash --kills 50 --seed 7
set -euo pipefail
cd "$(dirname "$0")/../.."
dll=tests/Monitor.CrashHarness/bin/Debug/net10.0/Monitor.CrashHarness.dll
if [ ! -f "$dll" ] || [ ! -f src/Monitor/bin/Debug/net10.0/monitor.dll ]; then
  dotnet build tests/Monitor.CrashHarness -v q
fi
mkdir -p artifacts
dotnet "$dll" crash --kills "${CRASH_KILLS:-20}" --items 500 --seed "${CRASH_SEED:-5}" --report artifacts/crash-report.json
if [ "${CRASH_POSTGRES:-0}" = "1" ] && [ -n "${MONITOR_TEST_PG:-}" ]; then
  dotnet "$dll" crash --kills "${CRASH_KILLS:-20}" --items 500 --seed "${CRASH_SEED:-5}" --pg "$MONITOR_TEST_PG" --report artifacts/crash-report-postgres.json
fi
