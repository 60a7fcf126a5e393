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
# ---- dondoc apps (issue 4: services) --------------------------------------------------
# Starts the mailbox, the directive API, the worker, the orchestrator and the notifier as
# background processes (logs in .dondoc/logs/<app>.log), then issues the seed directive.
# An app that is already running (its pid file is alive) is left alone.
APPS=(mailbox directive-api worker orchestrator notifier audit)
APP_HTTP_PORT="${HTTP_PORT:-3000}"
APP_MAILBOX_HTTP_PORT="${MAILBOX_HTTP_PORT:-8025}"
app_log_since_start() { # app -> its log since the last start marker
  awk -v name="$1" 'index($0, "starting " name " =====") { buf = "" } { buf = buf $0 "\n" } END { printf "%s", buf }' "$(log_file "$1")" 2>/dev/null
}
app_ready() { # app
  case "$1" in
    mailbox) curl -fsS "http://127.0.0.1:$APP_MAILBOX_HTTP_PORT/health" ;;
    directive-api) curl -fsS "http://127.0.0.1:$APP_HTTP_PORT/health" ;;
    audit) curl -fsS "http://127.0.0.1:${AUDIT_HTTP_PORT:-3001}/docs-json" ;;
    worker) app_log_since_start worker | grep -q 'polling task queue' ;;
    *) app_log_since_start "$1" | grep -q 'Nest microservice successfully started' ;;
  esac
}
apps_start() {
  local app
  for app in "${APPS[@]}"; do
    if running_pid "$app" >/dev/null; then info "$app already running (pid $(running_pid "$app"))"; continue; fi
    SWC_NODE_PROJECT="$DONDOC_ROOT/tsconfig.json" NO_COLOR=1 spawn "$app" node -r @swc-node/register "apps/$app/src/main.ts"
  done
  for app in "${APPS[@]}"; do
    wait_healthy "$app" 180 "ready_${app//-/_}" || return 1
    ok "$app up (log: $(log_file "$app"))"
  done
}
# wait_healthy takes a function name: one ready_<app> per app.
for app in "${APPS[@]}"; do eval "ready_${app//-/_}() { app_ready $app; }"; done
t1=$(now_ms)
apps_start || { fail "dondoc apps failed to start; see the logs above. Stop with: npm run down"; exit 1; }
ok "apps up in $(elapsed_since "$t1")"
SWC_NODE_PROJECT="$DONDOC_ROOT/tsconfig.json" node -r @swc-node/register apps/directive-api/src/seed/seed-directive.cli.ts --letter libs/doc-import/fixtures/seed-907-UBND-NV.txt --rebase \
  || fail "the seed directive was not fully issued (see above); the apps keep running"
echo
info "API docs:        http://127.0.0.1:$APP_HTTP_PORT/docs   (OpenAPI JSON: /docs-json, health: /health)"
info "Temporal UI:     http://127.0.0.1:${TEMPORAL_UI_PORT:-8233}/namespaces/${TEMPORAL_NAMESPACE:-dondoc}/workflows"
info "Mailbox:         http://127.0.0.1:$APP_MAILBOX_HTTP_PORT/messages   (SMTP 127.0.0.1:${MAILBOX_SMTP_PORT:-2525})"
info "Audit API:       http://127.0.0.1:${AUDIT_HTTP_PORT:-3001}/docs   (auditor token: npm run -s token -- --role auditor --unit thanh-tra-tinh)"
info "A token:         npm run -s token -- --role unit-head --unit so-noi-vu"
# ---- end of dondoc apps ---------------------------------------------------------------
echo
info "stop everything with: npm run down"
