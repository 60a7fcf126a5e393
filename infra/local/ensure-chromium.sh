#!/usr/bin/env bash
# Debian's Chromium, which the web app's browser journeys drive with playwright-core
# (Playwright's own browser download cannot reach its CDN here, and Debian's build is kept
# patched by the distribution). Installed once when missing; a machine that has it (or sets
# CHROMIUM_PATH) is left alone. Sourced by run-tests.sh, or run by itself:
# `bash infra/local/ensure-chromium.sh`.
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/lib.sh"

# fonts-noto-core: Vietnamese glyphs in the screenshots.
CHROMIUM_PACKAGES=(chromium fonts-noto-core)

ensure_chromium() {
  local path="${CHROMIUM_PATH:-/usr/bin/chromium}"
  if [ -x "$path" ]; then
    ok "Chromium present ($path)"
    return 0
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    fail "Chromium is missing at $path and this machine has no apt-get: install chromium (or set CHROMIUM_PATH to a Chromium or Chrome binary) and run again"
    return 1
  fi
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  info "installing ${CHROMIUM_PACKAGES[*]} from Debian (first time only, a minute or two)…"
  local started
  started=$(now_ms)
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null || {
    fail "apt-get update failed: cannot install Chromium for the web journeys"
    return 1
  }
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${CHROMIUM_PACKAGES[@]}" >/dev/null || {
    fail "apt-get install ${CHROMIUM_PACKAGES[*]} failed: the web journeys need Chromium"
    return 1
  }
  [ -x "$path" ] || {
    fail "installed ${CHROMIUM_PACKAGES[*]} but $path is still missing"
    return 1
  }
  ok "Chromium installed in $(elapsed_since "$started")"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  ensure_chromium || exit 1
fi
