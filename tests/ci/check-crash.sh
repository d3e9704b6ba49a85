#!/usr/bin/env bash
# Crash-safety harness, short form (issue 5): SIGKILLs the real 'monitor run' worker 20 times at random moments
# while it delivers 500 matching items to a local Discord-compatible webhook receiver, restarts it, finishes with
# 'monitor run --once', then fails unless every alert arrived, order per channel held, duplicates stayed within
# one in-flight request per interrupted send, and SQLite's integrity_check says ok. Then the same against
# PostgreSQL when MONITOR_TEST_PG is set (tests/ci/env.sh). About 45 s each.
# Longer run: dotnet tests/Monitor.CrashHarness/bin/Debug/net10.0/Monitor.CrashHarness.dll crash --kills 100 --seed 7
set -euo pipefail
cd "$(dirname "$0")/../.."
dll=tests/Monitor.CrashHarness/bin/Debug/net10.0/Monitor.CrashHarness.dll
if [ ! -f "$dll" ]; then
  dotnet build tests/Monitor.CrashHarness -v q
fi
mkdir -p artifacts
dotnet "$dll" crash --kills "${CRASH_KILLS:-20}" --items 500 --seed "${CRASH_SEED:-5}" --report artifacts/crash-report.json
if [ -n "${MONITOR_TEST_PG:-}" ]; then
  dotnet "$dll" crash --kills "${CRASH_KILLS:-20}" --items 500 --seed "${CRASH_SEED:-5}" --pg "$MONITOR_TEST_PG" --report artifacts/crash-report-postgres.json
fi
