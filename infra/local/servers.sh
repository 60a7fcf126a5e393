#!/usr/bin/env bash
# Local servers without Docker: build (cached), start, check, stop, status, logs.
#   bash infra/local/servers.sh start [temporal kafka secantusdb]
#   bash infra/local/servers.sh stop | status | check | build | logs <name>
# Sourceable: run-tests.sh and up.sh call the functions directly.
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/lib.sh"
source "$HERE/temporal.sh"
source "$HERE/kafka.sh"
source "$HERE/ferretdb.sh"
source "$HERE/secantusdb.sh"
source "$HERE/temporal-test-server.sh"

# The MongoDB-wire store: SecantusDB by default; FerretDB 1.24 (fails the store conformance
# suite: README, design decisions) stays selectable for comparison.
STORE_DAEMON="${DONDOC_STORE:-secantusdb}"
case "$STORE_DAEMON" in secantusdb|ferretdb) ;; *) die "DONDOC_STORE must be 'secantusdb' (default) or 'ferretdb', got '$STORE_DAEMON'" ;; esac
DAEMONS=("$STORE_DAEMON" kafka temporal)    # started and stopped by us
KNOWN_DAEMONS=(secantusdb ferretdb kafka temporal) # any of them may be stopped (a store chosen earlier)
BUILT_ONLY=(temporal-test-server)           # built; started per test by the SDK
ALL_SERVERS=("${DAEMONS[@]}" "${BUILT_ONLY[@]}")
STARTED_HERE=()                             # names this process started (for cleanup)

fn() { echo "${1//-/_}_$2"; }
is_daemon() { local d; for d in "${KNOWN_DAEMONS[@]}"; do [ "$d" = "$1" ] && return 0; done; return 1; }

servers_build() {
  local name; for name in "$@"; do "$(fn "$name" build)" || return 1; done
}

# Starts each daemon that is not already healthy. A healthy server that we did not start
# (an earlier `npm run up`, or an external one on the same port) is reused, not restarted.
servers_start() {
  local name t0
  for name in "$@"; do
    "$(fn "$name" build)" || return 1
    is_daemon "$name" || continue
    if "$(fn "$name" health)"; then ok "$name already running: reusing it"; continue; fi
    t0=$(now_ms)
    "$(fn "$name" start)" || return 1
    STARTED_HERE+=("$name")
    ok "$name up in $(elapsed_since "$t0")"
  done
}

servers_stop() {
  local name; for name in "$@"; do is_daemon "$name" && stop_server "$name"; done
}

servers_status() {
  local name pid
  for name in "${DAEMONS[@]}"; do
    if "$(fn "$name" health)"; then
      pid=$(running_pid "$name" || echo "not ours")
      printf '%-9s healthy (pid %s)  %s\n' "$name" "$pid" "$("$(fn "$name" describe)")"
    else
      printf '%-9s down\n' "$name"
    fi
  done
}

servers_check() {
  local name bad=0
  for name in "${DAEMONS[@]}"; do "$(fn "$name" health)" || { fail "$name is not healthy"; bad=1; }; done
  return $bad
}

servers_main() {
  local cmd=${1:-status}; shift || true
  local names=("$@"); [ ${#names[@]} -gt 0 ] || names=("${ALL_SERVERS[@]}")
  case "$cmd" in
    build) servers_build "${names[@]}" ;;
    start) servers_start "${names[@]}" && servers_describe ;;
    stop) [ $# -gt 0 ] || names=("${KNOWN_DAEMONS[@]}"); servers_stop "${names[@]}" ;;
    status) servers_status ;;
    check) servers_check ;;
    logs) [ $# -eq 1 ] || die "usage: servers.sh logs <${DAEMONS[*]}>"; tail -n 100 -f "$(log_file "$1")" ;;
    *) die "unknown command '$cmd' (build | start | stop | status | check | logs <name>)" ;;
  esac
}

servers_describe() {
  local name; for name in "${ALL_SERVERS[@]}"; do "$(fn "$name" describe)"; done
  echo "State under $STATE_DIR, logs under $LOG_DIR, builds cached in $DONDOC_CACHE"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then servers_main "$@"; fi
