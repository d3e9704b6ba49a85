# Sourced by ./test after the setup scripts: where the tests find services started by tests/ci/setup-*.sh.
# The PostgreSQL storage tests use MONITOR_TEST_PG; under CI=true they fail (never skip) when it does not answer.
export MONITOR_TEST_PG="${MONITOR_TEST_PG:-Host=127.0.0.1;Port=${MONITOR_PG_PORT:-55433};Username=postgres;Database=monitor_test}"
export CI="${CI:-true}"
