#!/usr/bin/env bash
# LibreOffice (headless) and poppler's pdftoppm, which the tests of the official outputs use
# to render a generated report and a letter to PDF and PNG. Debian packages, installed
# once when missing (about 5 minutes and ~400 MB the first time); a machine that has them
# is left alone. Sourced by run-tests.sh, or run by itself: `bash infra/local/ensure-office.sh`.
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/lib.sh"

OFFICE_PACKAGES=(libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-liberation)

ensure_office() {
  if command -v soffice >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1; then
    ok "LibreOffice and pdftoppm present"
    return 0
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    fail "LibreOffice (soffice) or pdftoppm is missing and this machine has no apt-get: install ${OFFICE_PACKAGES[*]} (or your system's equivalents) and run again"
    return 1
  fi
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  info "installing ${OFFICE_PACKAGES[*]} from Debian (first time only, a few minutes)…"
  local started
  started=$(now_ms)
  # Another apt run (a parallel set-up) holds the lock for a while: wait for it rather than fail.
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null || {
    fail "apt-get update failed: cannot install LibreOffice for the document tests"
    return 1
  }
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${OFFICE_PACKAGES[@]}" >/dev/null || {
    fail "apt-get install ${OFFICE_PACKAGES[*]} failed: the document tests need LibreOffice (soffice) and pdftoppm"
    return 1
  }
  command -v soffice >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 || {
    fail "installed ${OFFICE_PACKAGES[*]} but soffice or pdftoppm is still not on PATH"
    return 1
  }
  ok "LibreOffice and pdftoppm installed in $(elapsed_since "$started")"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  ensure_office || exit 1
fi
