#!/usr/bin/env bash
# Install Debian's Chromium for the browser test (tests/test_browser_curation.py).
# Idempotent, non-interactive, and never fails the build itself: where Chromium
# cannot be installed the test skips and says why (and fails under REQUIRE_POSTGRES=1,
# since CI must run it). Playwright's own browser download is not used.
set -u
CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}

if [ -x "$CHROMIUM" ]; then
  echo "install-browser: Chromium present at $CHROMIUM"
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "install-browser: no Chromium at $CHROMIUM and not root; the browser test will skip" >&2
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-browser: no Chromium and no apt-get; the browser test will skip" >&2
  exit 0
fi

echo "install-browser: installing chromium with apt-get"
export DEBIAN_FRONTEND=noninteractive
apt_opts=(-q -o DPkg::Lock::Timeout=300)
if ! apt-get "${apt_opts[@]}" update >/tmp/install-browser.log 2>&1; then
  echo "install-browser: apt-get update failed (see /tmp/install-browser.log); trying the cached lists" >&2
fi
if apt-get "${apt_opts[@]}" install -y chromium >>/tmp/install-browser.log 2>&1; then
  echo "install-browser: installed $(chromium --version 2>/dev/null || echo chromium)"
else
  echo "install-browser: apt-get install chromium failed (see /tmp/install-browser.log); the browser test will skip" >&2
fi
exit 0
