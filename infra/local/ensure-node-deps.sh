#!/usr/bin/env bash
# Installs npm dependencies when node_modules is missing or older than package-lock.json,
# so `npm run up` and `npm test` work on a fresh clone with no other step.
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

ensure_node_deps() {
  local stamp="$DONDOC_ROOT/node_modules/.dondoc-installed"
  if [ -f "$stamp" ] && [ "$stamp" -nt "$DONDOC_ROOT/package-lock.json" ] && [ "$stamp" -nt "$DONDOC_ROOT/package.json" ]; then
    return 0
  fi
  require_cmd node "install Node.js 20 (our machines have it)."
  local major; major=$(node -p 'process.versions.node.split(".")[0]')
  [ "$major" -ge 20 ] || die "Node.js $major is too old: dondoc needs Node.js 20 or newer."
  local t0; t0=$(now_ms)
  info "installing npm dependencies (npm ci)…"
  (cd "$DONDOC_ROOT" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed (see above)"
  touch "$stamp"
  ok "npm dependencies installed in $(elapsed_since "$t0")"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then ensure_node_deps; fi
