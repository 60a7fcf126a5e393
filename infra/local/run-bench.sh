#!/usr/bin/env bash
# `npm run bench`: benchmarks against the local servers (started if needed, left as found).
set -u
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/ensure-node-deps.sh"
source "$HERE/servers.sh"
source "$HERE/ensure-chromium.sh"
cd "$DONDOC_ROOT"
cleanup() { local code=$?; [ ${#STARTED_HERE[@]} -gt 0 ] && servers_stop "${STARTED_HERE[@]}"; exit $code; }
trap cleanup EXIT INT TERM
ensure_node_deps
# WEB drives the web app in Chromium: installed when missing and WEB is among the benchmarks.
case ",${BENCH_ONLY:-WEB}," in *,WEB,*) ensure_chromium || exit 1 ;; esac
servers_start "${DAEMONS[@]}" || exit 1
export TS_NODE_PROJECT="$DONDOC_ROOT/tsconfig.json"
node -r @swc-node/register test/bench/main.ts
