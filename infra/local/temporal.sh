#!/usr/bin/env bash
# Temporal dev server: the Temporal CLI's `server start-dev` (full server on SQLite + Web UI).
# v1.5.1 is the newest CLI release that `go install pkg@version` accepts (later ones carry a
# `replace` directive in go.mod). It embeds Temporal Server 1.29.1 and UI 2.42.1.
TEMPORAL_CLI_VERSION="${TEMPORAL_CLI_VERSION:-v1.5.1}"
TEMPORAL_HOST=127.0.0.1
TEMPORAL_PORT="${TEMPORAL_PORT:-7233}"
TEMPORAL_UI_PORT="${TEMPORAL_UI_PORT:-8233}"
TEMPORAL_NAMESPACE="${TEMPORAL_NAMESPACE:-dondoc}"
TEMPORAL_BIN="$DONDOC_CACHE/temporal-cli-$TEMPORAL_CLI_VERSION/temporal"

# Search attributes the task workflows keep current (see workflows/). Adding one here is
# enough: start-dev registers any that are missing, also on an existing database.
TEMPORAL_SEARCH_ATTRIBUTES=(
  DirectiveId=Keyword
  TaskId=Keyword
  AssigneeUnit=Keyword
  TaskStatus=Keyword
  DueAt=Datetime
  EscalationLevel=Int
)

temporal_build() {
  [ -x "$TEMPORAL_BIN" ] && return 0
  require_cmd go "install Go 1.23+ (our machines have Go 1.26)."
  local t0; t0=$(now_ms)
  info "building Temporal CLI $TEMPORAL_CLI_VERSION with go install (first time only, a few minutes on 2 cores)…"
  CGO_ENABLED=0 GOBIN="$(dirname "$TEMPORAL_BIN")" GOFLAGS=-buildvcs=false \
    go install "github.com/temporalio/cli/cmd/temporal@$TEMPORAL_CLI_VERSION" >>"$(log_file temporal-build)" 2>&1 \
    || { fail "go install of the Temporal CLI failed"; show_log_tail temporal-build; return 1; }
  ok "Temporal CLI built in $(elapsed_since "$t0") → $TEMPORAL_BIN"
}

temporal_health() {
  "$TEMPORAL_BIN" operator namespace describe --namespace "$TEMPORAL_NAMESPACE" \
    --address "$TEMPORAL_HOST:$TEMPORAL_PORT" --command-timeout 2s >/dev/null 2>&1
}

temporal_start() {
  local state="$STATE_DIR/temporal"; mkdir -p "$state"
  ensure_port_free temporal "$TEMPORAL_PORT"
  ensure_port_free temporal-ui "$TEMPORAL_UI_PORT"
  local args=(server start-dev
    --ip "$TEMPORAL_HOST" --port "$TEMPORAL_PORT" --ui-port "$TEMPORAL_UI_PORT"
    --db-filename "$state/temporal.db"
    --namespace "$TEMPORAL_NAMESPACE"
    --sqlite-pragma journal_mode=WAL --sqlite-pragma synchronous=OFF
    --log-level warn
    # Timers fire at most this late (default 1s); escalations should be barely late.
    --dynamic-config-value 'history.timerProcessorMaxTimeShift="100ms"'
  )
  local sa; for sa in "${TEMPORAL_SEARCH_ATTRIBUTES[@]}"; do args+=(--search-attribute "$sa"); done
  spawn temporal "$TEMPORAL_BIN" "${args[@]}"
  wait_healthy temporal 60 temporal_health
}

temporal_describe() {
  echo "Temporal     $TEMPORAL_HOST:$TEMPORAL_PORT  namespace '$TEMPORAL_NAMESPACE'  (Web UI http://$TEMPORAL_HOST:$TEMPORAL_UI_PORT)"
}
