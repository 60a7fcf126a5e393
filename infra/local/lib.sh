#!/usr/bin/env bash
# Shared helpers for the local servers (sourced, not run).
# Layout:
#   $DONDOC_CACHE (default ~/.cache/dondoc)  built binaries and jars, keyed by version:
#                                            survives a fresh clone, so a second run reuses it
#   <repo>/.dondoc/state/<server>           persistent server state (git-ignored)
#   <repo>/.dondoc/logs/<server>.log        server logs
#   <repo>/.dondoc/run/<server>.pid         pid of a server we started
set -o pipefail

DONDOC_ROOT="${DONDOC_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
DONDOC_HOME="${DONDOC_HOME:-$DONDOC_ROOT/.dondoc}"
DONDOC_CACHE="${DONDOC_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dondoc}"
STATE_DIR="${DONDOC_STATE_DIR:-$DONDOC_HOME/state}"  # `npm run bench` gives the servers it starts a folder of its own
LOG_DIR="$DONDOC_HOME/logs"
RUN_DIR="$DONDOC_HOME/run"
BIN_DIR="$DONDOC_CACHE/bin"
mkdir -p "$STATE_DIR" "$LOG_DIR" "$RUN_DIR" "$BIN_DIR"

if [ -t 1 ]; then C_OK=$'\e[32m'; C_ERR=$'\e[31m'; C_DIM=$'\e[2m'; C_END=$'\e[0m'; else C_OK=; C_ERR=; C_DIM=; C_END=; fi
info() { printf '%s[dondoc]%s %s\n' "$C_DIM" "$C_END" "$*"; }
ok() { printf '%s[dondoc] ✔%s %s\n' "$C_OK" "$C_END" "$*"; }
fail() { printf '%s[dondoc] ✖ %s%s\n' "$C_ERR" "$*" "$C_END" >&2; return 1; }
die() { fail "$@"; exit 1; }

now_ms() { date +%s%3N; }
elapsed_since() { echo "$(( ($(now_ms) - $1) ))ms"; }

require_cmd() { # name hint
  command -v "$1" >/dev/null 2>&1 || die "'$1' is not installed: $2"
}

port_open() { # port [host]
  (exec 3<>"/dev/tcp/${2:-127.0.0.1}/$1") 2>/dev/null
}

port_owner() { # port -> "pid/command" if ss can tell
  command -v ss >/dev/null 2>&1 || return 0
  ss -Hltnp "sport = :$1" 2>/dev/null | grep -oE 'users:\(\("[^"]+",pid=[0-9]+' | head -n1 | sed -E 's/users:\(\("([^"]+)",pid=([0-9]+)/pid \2 (\1)/'
}

pid_file() { echo "$RUN_DIR/$1.pid"; }
log_file() { echo "$LOG_DIR/$1.log"; }

running_pid() { # name -> pid if our recorded process is alive
  local f; f=$(pid_file "$1")
  [ -f "$f" ] || return 1
  local pid; pid=$(cat "$f")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then echo "$pid"; return 0; fi
  rm -f "$f"; return 1
}

show_log_tail() { # name [lines]
  local f; f=$(log_file "$1")
  [ -f "$f" ] || return 0
  printf '%s--- last %s lines of %s ---%s\n' "$C_DIM" "${2:-25}" "$f" "$C_END" >&2
  tail -n "${2:-25}" "$f" >&2
  printf '%s--- end of log ---%s\n' "$C_DIM" "$C_END" >&2
}

ensure_port_free() { # name port
  if port_open "$2"; then
    local owner; owner=$(port_owner "$2")
    die "$1: port 127.0.0.1:$2 is already in use${owner:+ by $owner}. Stop that process, or point dondoc at it (see README: external servers)."
  fi
}

# spawn NAME CMD...: start CMD in its own session, detached, logging to the server's log.
spawn() {
  local name=$1; shift
  local log; log=$(log_file "$name")
  printf '\n===== %s starting %s =====\n' "$(date -Is)" "$name" >>"$log"
  setsid "$@" >>"$log" 2>&1 < /dev/null &
  echo $! >"$(pid_file "$name")"
}

# wait_healthy NAME TIMEOUT_S CHECK_FN: poll CHECK_FN until it succeeds; on timeout or
# if the process dies, print the log tail and fail. Never hangs past TIMEOUT_S.
wait_healthy() {
  local name=$1 timeout=$2 check=$3 start; start=$(now_ms)
  while true; do
    if "$check" >/dev/null 2>&1; then return 0; fi
    if ! running_pid "$name" >/dev/null; then
      fail "$name exited during start-up."
      show_log_tail "$name" 40
      return 1
    fi
    if (( $(now_ms) - start > timeout * 1000 )); then
      fail "$name did not become healthy within ${timeout}s."
      show_log_tail "$name" 40
      return 1
    fi
    sleep 0.3
  done
}

# stop_server NAME: TERM the process group, then KILL after a grace period.
stop_server() {
  local name=$1 pid
  if ! pid=$(running_pid "$name"); then return 0; fi
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
  for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null
  fi
  rm -f "$(pid_file "$name")"
  ok "$name stopped"
}

# A build is done when its stamp file exists; the stamp names the version that was built.
stamp_ok() { [ -f "$DONDOC_CACHE/stamps/$1" ]; }
stamp_set() { mkdir -p "$DONDOC_CACHE/stamps"; date -Is >"$DONDOC_CACHE/stamps/$1"; }
