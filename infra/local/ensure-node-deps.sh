#!/usr/bin/env bash
# Installs npm dependencies when node_modules is missing or older than package-lock.json,
# so `npm run up` and `npm test` work on a fresh clone with no other step. The project's
# own Node.js (24 LTS, the `node` dev dependency, a binary from the npm registry) comes with
# them, and every `node`/`npx` after this runs on it, whatever Node the machine has.
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

DONDOC_NODE_MAJOR=24

# Fixes to npm packages that upstream has not released (infra/patches/npm, applied by patch-package
# at postinstall): a changed patch means installing again.
patches_newer_than() {
  local p
  for p in "$DONDOC_ROOT"/infra/patches/npm/*.patch; do [ -f "$p" ] && [ "$p" -nt "$1" ] && return 0; done
  return 1
}

ensure_node_deps() {
  local stamp="$DONDOC_ROOT/node_modules/.dondoc-installed"
  if ! { [ -f "$stamp" ] && [ "$stamp" -nt "$DONDOC_ROOT/package-lock.json" ] && [ "$stamp" -nt "$DONDOC_ROOT/package.json" ] && ! patches_newer_than "$stamp"; }; then
    # npm ci runs on the machine's Node: npm 11 needs 20.17 or newer.
    require_cmd node "install Node.js 20 or newer with npm; dondoc then installs its own Node.js $DONDOC_NODE_MAJOR."
    local major; major=$(command node -p 'process.versions.node.split(".")[0]')
    [ "$major" -ge 20 ] || die "Node.js $major is too old to install dondoc: Node.js 20 or newer is needed (dondoc then brings its own Node.js $DONDOC_NODE_MAJOR)."
    local t0; t0=$(now_ms)
    info "installing npm dependencies, Node.js $DONDOC_NODE_MAJOR included (npm ci)…"
    (cd "$DONDOC_ROOT" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed (see above)"
    touch "$stamp"
    ok "npm dependencies installed in $(elapsed_since "$t0")"
  fi
  use_project_node
}

# npm scripts already put node_modules/.bin first on PATH; a script run by hand (bash
# infra/local/up.sh) gets it here. `hash -r` drops bash's memory of the machine's node,
# which the check above may have used.
use_project_node() {
  case ":$PATH:" in
    "$DONDOC_ROOT/node_modules/.bin:"*) ;;
    *) export PATH="$DONDOC_ROOT/node_modules/.bin:$PATH" ;;
  esac
  hash -r
  local version; version=$(node -p 'process.versions.node' 2>/dev/null)
  [ "${version%%.*}" = "$DONDOC_NODE_MAJOR" ] \
    || die "Node.js $DONDOC_NODE_MAJOR was expected from node_modules/.bin/node, found '${version:-none}': run 'npm ci' again."
  info "Node.js $version ($(command -v node))"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then ensure_node_deps; fi
