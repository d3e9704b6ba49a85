#!/usr/bin/env bash
# Installs Debian's chromium for the status-page browser test (StatusPageTests, driven by Playwright with
# ExecutablePath=/usr/bin/chromium; Playwright never downloads a browser). Idempotent: nothing happens when it is there.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

echo "chromium not found; installing the Debian package"
if [ "$(id -u)" -ne 0 ]; then
  echo "setup-chromium: need root to run apt-get install chromium" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends chromium
/usr/bin/chromium --version
