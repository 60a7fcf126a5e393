#!/usr/bin/env bash
# MongoDB wire protocol, the earlier store: FerretDB 1.24 on SQLite (DONDOC_STORE=ferretdb).
# It loses concurrent single-document updates and scans on every filter but {_id}: the
# store conformance suite fails on it (README: design decisions). Kept for comparison.
# `go install …/ferretdb@v1.24.2` builds a binary that panics at start ("Invalid
# build/version/version.txt"): the release's version file is generated and not in the
# module zip. So we build from the module's source in the Go module cache, with that file
# written, which is what FerretDB's own build does, and with our patches applied
# (infra/local/patches/ferretdb-<version>-*.patch, each explains itself; the build is
# cached by version and by the patches' checksum).
FERRETDB_VERSION="${FERRETDB_VERSION:-v1.24.2}"
FERRETDB_HOST=127.0.0.1
FERRETDB_PORT="${FERRETDB_PORT:-${STORE_PORT:-27017}}"
FERRETDB_DEBUG_PORT="${FERRETDB_DEBUG_PORT:-27080}"
FERRETDB_PATCHES=("$DONDOC_ROOT"/infra/local/patches/ferretdb-"$FERRETDB_VERSION"-*.patch)
[ -f "${FERRETDB_PATCHES[0]}" ] || FERRETDB_PATCHES=()
FERRETDB_PATCH_SUM=$( (cat "${FERRETDB_PATCHES[@]}" 2>/dev/null) | sha256sum | cut -c1-8)
FERRETDB_BIN="$DONDOC_CACHE/ferretdb-$FERRETDB_VERSION-$FERRETDB_PATCH_SUM/ferretdb"

ferretdb_build() {
  [ -x "$FERRETDB_BIN" ] && return 0
  require_cmd go "install Go 1.23+ (our machines have Go 1.26)."
  local t0 src mod; t0=$(now_ms)
  info "building FerretDB $FERRETDB_VERSION (first time only)…"
  mod=$(cd /tmp && GOFLAGS=-mod=mod go mod download -json "github.com/FerretDB/FerretDB@$FERRETDB_VERSION" 2>>"$(log_file ferretdb-build)" \
    | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p') \
    || true
  [ -n "$mod" ] && [ -d "$mod" ] || { fail "could not download FerretDB $FERRETDB_VERSION from the Go module proxy"; show_log_tail ferretdb-build; return 1; }
  src=$(mktemp -d); cp -r "$mod/." "$src/"; chmod -R u+w "$src"
  echo "$FERRETDB_VERSION" >"$src/build/version/version.txt"
  local p
  for p in "${FERRETDB_PATCHES[@]}"; do
    (cd "$src" && git apply "$p") >>"$(log_file ferretdb-build)" 2>&1 \
      || { rm -rf "$src"; fail "patch $(basename "$p") does not apply to FerretDB $FERRETDB_VERSION"; show_log_tail ferretdb-build; return 1; }
  done
  mkdir -p "$(dirname "$FERRETDB_BIN")"
  (cd "$src" && CGO_ENABLED=0 GOFLAGS=-buildvcs=false go build -o "$FERRETDB_BIN" ./cmd/ferretdb) >>"$(log_file ferretdb-build)" 2>&1 \
    || { rm -rf "$src"; fail "building FerretDB failed"; show_log_tail ferretdb-build; return 1; }
  rm -rf "$src"
  ok "FerretDB built in $(elapsed_since "$t0") → $FERRETDB_BIN"
}

ferretdb_health() {
  curl -fsS "http://$FERRETDB_HOST:$FERRETDB_DEBUG_PORT/debug/readyz" >/dev/null 2>&1 && port_open "$FERRETDB_PORT"
}

# A database dropped while FerretDB crashed (SIGBUS in SQLite's WAL index, seen once when
# a database was dropped under load) leaves a file without FerretDB's catalogue table, and
# FerretDB then refuses to start at all. Such files are moved aside, and said so.
ferretdb_quarantine_broken() {
  local data=$1 file
  command -v python3 >/dev/null 2>&1 || return 0
  for file in "$data"/*.sqlite; do
    [ -f "$file" ] || continue
    if ! python3 - "$file" <<'PY' 2>/dev/null
import sqlite3, sys
con = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
sys.exit(0 if con.execute("select 1 from sqlite_master where name = '_ferretdb_collections'").fetchone() else 1)
PY
    then
      mkdir -p "$data/../quarantine"
      mv "$file" "$data/../quarantine/" && rm -f "$file-wal" "$file-shm"
      info "ferretdb: moved the broken database file $(basename "$file") to $data/../quarantine (no FerretDB catalogue in it)"
    fi
  done
}

ferretdb_start() {
  local state="$STATE_DIR/ferretdb"; mkdir -p "$state/data"
  ferretdb_quarantine_broken "$state/data"
  ensure_port_free ferretdb "$FERRETDB_PORT"
  ensure_port_free ferretdb-debug "$FERRETDB_DEBUG_PORT"
  # _txlock=immediate: FerretDB's writes read, then write, in one deferred transaction; under
  # concurrent writers SQLite refuses the read-to-write upgrade at once with SQLITE_BUSY
  # ("database is locked", its 10 s busy timeout never applies), which reached the API as a
  # 500 in the benchmark. BEGIN IMMEDIATE takes the write lock first and waits its turn.
  # busy_timeout(60000): every write of a database shares one SQLite lock; under the
  # benchmark's overload a writer still waited past FerretDB's default 10 s and failed.
  # Waiting longer turns an overload into latency, not into lost requests.
  # GOGC=400: FerretDB allocates heavily per document (a third of its CPU went to the Go
  # garbage collector in the pipeline benchmark's profile); a few hundred MB buy that back.
  GOGC="${FERRETDB_GOGC:-400}" spawn ferretdb "$FERRETDB_BIN" \
    --handler=sqlite --sqlite-url="file:$state/data/?_txlock=immediate&_pragma=busy_timeout(60000)" \
    --listen-addr="$FERRETDB_HOST:$FERRETDB_PORT" --debug-addr="$FERRETDB_HOST:$FERRETDB_DEBUG_PORT" \
    --state-dir="$state" --telemetry=disable --log-level=warn
  wait_healthy ferretdb 30 ferretdb_health
}

ferretdb_describe() {
  echo "MongoDB wire $FERRETDB_HOST:$FERRETDB_PORT  (FerretDB $FERRETDB_VERSION on SQLite)  MONGODB_URI=mongodb://$FERRETDB_HOST:$FERRETDB_PORT/dondoc"
}
