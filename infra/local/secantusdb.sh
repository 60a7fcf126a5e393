#!/usr/bin/env bash
# MongoDB wire protocol, the default store: SecantusDB (PyPI `secantusdb`, MongoDB 8.2 wire on
# WiredTiger, one Python process). Chosen by the store conformance suite
# (test/integration/store/): atomic single-document updates, indexed queries, no single
# write lock. FerretDB 1.24 fails the suite (README: design decisions); it stays selectable
# with DONDOC_STORE=ferretdb.
# Installed into a private virtualenv under the build cache, keyed by version. The wheel is
# built for CPython 3.11 only: a missing 3.11 is installed from Debian (bookworm's python3).
SECANTUSDB_VERSION="${SECANTUSDB_VERSION:-0.7.0b3}"
SECANTUSDB_HOST=127.0.0.1
SECANTUSDB_PORT="${STORE_PORT:-27017}"
SECANTUSDB_HOME="$DONDOC_CACHE/secantusdb-$SECANTUSDB_VERSION"
SECANTUSDB_VENV="$SECANTUSDB_HOME/venv"
SECANTUSDB_BIN="$SECANTUSDB_VENV/bin/secantusd-py"

secantusdb_python() { # -> a CPython 3.11 interpreter, installing Debian's when none is found
  local py
  for py in python3.11 python3; do
    if command -v "$py" >/dev/null 2>&1 && [ "$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)" = "3.11" ] \
      && "$py" -c 'import venv, ensurepip' >/dev/null 2>&1; then
      command -v "$py"; return 0
    fi
  done
  if command -v apt-get >/dev/null 2>&1; then
    info "secantusdb: installing Python 3.11 with venv from Debian (apt-get)…" >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3.11 python3.11-venv; } >>"$(log_file secantusdb-build)" 2>&1 \
      && command -v python3.11 && return 0
  fi
  return 1
}

secantusdb_build() {
  [ -x "$SECANTUSDB_BIN" ] && stamp_ok "secantusdb-$SECANTUSDB_VERSION" && return 0
  local t0 py; t0=$(now_ms)
  py=$(secantusdb_python) || { fail "secantusdb needs CPython 3.11 with venv (its wheel is built for 3.11 only): install python3.11 and python3.11-venv"; show_log_tail secantusdb-build; return 1; }
  info "installing SecantusDB $SECANTUSDB_VERSION from PyPI into $SECANTUSDB_VENV (first time only)…"
  rm -rf "$SECANTUSDB_VENV"; mkdir -p "$SECANTUSDB_HOME"
  { "$py" -m venv "$SECANTUSDB_VENV" \
    && "$SECANTUSDB_VENV/bin/pip" install --disable-pip-version-check --no-input -q --pre "secantusdb==$SECANTUSDB_VERSION"; } >>"$(log_file secantusdb-build)" 2>&1 \
    || { rm -rf "$SECANTUSDB_VENV"; fail "installing SecantusDB $SECANTUSDB_VERSION from PyPI failed"; show_log_tail secantusdb-build; return 1; }
  stamp_set "secantusdb-$SECANTUSDB_VERSION"
  ok "SecantusDB installed in $(elapsed_since "$t0") → $SECANTUSDB_BIN"
}

# Healthy when the server answers a ping over the wire protocol (the port alone opens
# before WiredTiger has recovered its journal).
secantusdb_health() {
  port_open "$SECANTUSDB_PORT" || return 1
  "$SECANTUSDB_VENV/bin/python" - "$SECANTUSDB_PORT" <<'PY' >/dev/null 2>&1
import sys, pymongo
pymongo.MongoClient(host="127.0.0.1", port=int(sys.argv[1]), directConnection=True, serverSelectionTimeoutMS=800).admin.command("ping")
PY
}

secantusdb_start() {
  local state="$STATE_DIR/secantusdb"; mkdir -p "$state"
  secantusdb_warn_old_state
  ensure_port_free secantusdb "$SECANTUSDB_PORT"
  # --sync-on-commit: without it, acknowledged inserts were lost on `kill -9` (measured;
  # the conformance suite checks it). Every commit waits for the journal's fsync.
  # launch.py = secantusd-py plus our fixes for 0.7.0b3 (each file explains itself).
  # --without-oplog: the oplog's prune stalled the server on bulk loads (without_oplog.py);
  # SECANTUSDB_OPLOG=1 keeps the oplog (change streams, point-in-time restore).
  local oplog=(--without-oplog); [ "${SECANTUSDB_OPLOG:-0}" = 1 ] && oplog=()
  spawn secantusdb "$SECANTUSDB_VENV/bin/python" "$DONDOC_ROOT/infra/local/secantusdb/launch.py" --host "$SECANTUSDB_HOST" --port "$SECANTUSDB_PORT" \
    --storage-path "$state/data" --sync-on-commit --log-level "${SECANTUSDB_LOG_LEVEL:-WARNING}" \
    --cache-size "${SECANTUSDB_CACHE_SIZE:-1G}" "${oplog[@]}"
  wait_healthy secantusdb 60 secantusdb_health
}

# Data of the earlier store (FerretDB on SQLite) is not migrated: say so once per start.
secantusdb_warn_old_state() {
  local old="$STATE_DIR/ferretdb/data"
  if compgen -G "$old/*.sqlite" >/dev/null; then
    info "secantusdb: found data of the earlier store (FerretDB/SQLite) in $old; it is NOT migrated."
    info "  dondoc now starts with an empty SecantusDB store. To keep using the old data: DONDOC_STORE=ferretdb; to drop it: rm -rf $STATE_DIR/ferretdb"
  fi
}

secantusdb_describe() {
  echo "MongoDB wire $SECANTUSDB_HOST:$SECANTUSDB_PORT  (SecantusDB $SECANTUSDB_VERSION, WiredTiger, sync on commit$([ "${SECANTUSDB_OPLOG:-0}" = 1 ] || echo ", no oplog"))  MONGODB_URI=mongodb://$SECANTUSDB_HOST:$SECANTUSDB_PORT/dondoc"
}
