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
# It runs twice: with the state in SQLite, then in PostgreSQL (MONITOR_TEST_PG from tests/ci/env.sh; required).
# Longer run: dotnet tests/Monitor.CrashHarness/bin/Debug/net10.0/Monitor.CrashHarness.dll crash --kills 50 --seed 7
set -euo pipefail
cd "$(dirname "$0")/../.."
dll=tests/Monitor.CrashHarness/bin/Debug/net10.0/Monitor.CrashHarness.dll
if [ ! -f "$dll" ] || [ ! -f src/Monitor/bin/Debug/net10.0/monitor.dll ]; then
  dotnet build tests/Monitor.CrashHarness -v q
fi
mkdir -p artifacts
dotnet "$dll" crash --kills "${CRASH_KILLS:-20}" --items 500 --seed "${CRASH_SEED:-5}" --report artifacts/crash-report.json
if [ -z "${MONITOR_TEST_PG:-}" ]; then
  echo "crash check: MONITOR_TEST_PG is not set, so the PostgreSQL run cannot start; run tests/ci/setup-postgres.sh and source tests/ci/env.sh (./test does both)" >&2
  exit 1
fi
dotnet "$dll" crash --kills "${CRASH_KILLS:-20}" --items 500 --seed "${CRASH_SEED:-5}" --pg "$MONITOR_TEST_PG" --report artifacts/crash-report-postgres.json
