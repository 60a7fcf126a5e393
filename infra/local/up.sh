#!/usr/bin/env bash
# `npm run up`: the main job. Servers (built on first use), then everything dondoc runs.
# `npm run down` stops it all.
set -u
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/ensure-node-deps.sh"
source "$HERE/servers.sh"
cd "$DONDOC_ROOT"

ensure_node_deps
t0=$(now_ms)
servers_start "${DAEMONS[@]}" "${BUILT_ONLY[@]}" || exit 1
ok "servers up in $(elapsed_since "$t0")"
echo
servers_describe
echo
info "stop everything with: npm run down"
