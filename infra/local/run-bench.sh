#!/usr/bin/env bash
# `npm run bench`: benchmarks against the local servers (started if needed, left as found).
set -u
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# The servers this run starts keep their state in a folder of the run's own, removed after
# (and before, when a killed run left it and no server runs): each run starts on empty
# servers, as on a clean clone, and leaves nothing behind. On the shared state, the batch that
# terminates a run's ~60,000 open workflows ran at the dev server's 50 a second for half an
# hour, was cut off when the run stopped its servers, and resumed in the next run, under its
# figures (docs/scaling.md §1). Servers already running are used as found, with their own state.
export DONDOC_STATE_DIR="${DONDOC_HOME:-$(cd "$HERE/../.." && pwd)/.dondoc}/bench-state"
source "$HERE/ensure-node-deps.sh"
source "$HERE/servers.sh"
source "$HERE/ensure-chromium.sh"
cd "$DONDOC_ROOT"
none_running() { local name; for name in "${DAEMONS[@]}"; do "$(fn "$name" health)" && return 1; done; return 0; }
none_running && rm -rf "$DONDOC_STATE_DIR"
cleanup() {
  local code=$?
  [ ${#STARTED_HERE[@]} -gt 0 ] && servers_stop "${STARTED_HERE[@]}"
  rm -rf "$DONDOC_STATE_DIR"
  exit $code
}
trap cleanup EXIT INT TERM
ensure_node_deps
# WEB drives the web app in Chromium: installed when missing and WEB is among the benchmarks.
case ",${BENCH_ONLY:-WEB}," in *,WEB,*) ensure_chromium || exit 1 ;; esac
servers_start "${DAEMONS[@]}" || exit 1
export TS_NODE_PROJECT="$DONDOC_ROOT/tsconfig.json"
node -r @swc-node/register test/bench/main.ts
