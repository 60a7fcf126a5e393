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
# Sign-in accounts for every person of the seeded directory (demo only; see the README).
export AUTH_DEMO_PASSWORD="${AUTH_DEMO_PASSWORD:-dondoc-demo-2026}"
t1=$(now_ms)
apps_start || { fail "dondoc apps failed to start; see the logs above. Stop with: npm run down"; exit 1; }
ok "apps up in $(elapsed_since "$t1")"
node bin/dondoc.js seed --letter libs/doc-import/fixtures/seed-907-UBND-NV.txt --rebase --api "http://127.0.0.1:$APP_HTTP_PORT" \
  || fail "the seed directive was not fully issued (see above); the apps keep running"
# ---- the web app (issue 13): built when its sources changed, served with a proxy to the APIs.
WEB_PORT="${WEB_PORT:-8080}"
web_start() {
  if [ ! -f dist/apps/web/index.html ] || [ -n "$(find apps/web/src apps/web/index.html apps/web/vite.config.mts -newer dist/apps/web/index.html -print -quit)" ]; then
    info "building the web app (vite)…"
    npx vite build --config apps/web/vite.config.mts --logLevel warn || return 1
  fi
  if running_pid web >/dev/null; then info "web already running (pid $(running_pid web))"; return 0; fi
  SWC_NODE_PROJECT="$DONDOC_ROOT/tsconfig.json" NO_COLOR=1 spawn web node -r @swc-node/register apps/web/server/main.ts
  wait_healthy web 60 ready_web
}
ready_web() { curl -fsS "http://127.0.0.1:$WEB_PORT/" >/dev/null; }
web_start && ok "web up (log: $(log_file web))" || fail "the web app did not start; see above"
echo
info "Web app:         http://127.0.0.1:$WEB_PORT   (sign in with an account below)"
info "  password of every demo account: $AUTH_DEMO_PASSWORD"
info "  issuer (Văn phòng UBND tỉnh):   van-phong-ubnd-tinh.vanthu"
info "  unit head (Sở Nội vụ):          so-noi-vu.giamdoc"
info "  leader (Chủ tịch UBND tỉnh):    ubnd-tinh.chutich"
info "  auditor (Thanh tra tỉnh):       thanh-tra-tinh.thanhtravien"
info "  every other person of infra/seed/org-chart.thua-thien-hue.2022.json (users[].userId) signs in the same way"
info "API docs:        http://127.0.0.1:$APP_HTTP_PORT/docs   (OpenAPI JSON: /docs-json, health: /health)"
info "Temporal UI:     http://127.0.0.1:${TEMPORAL_UI_PORT:-8233}/namespaces/${TEMPORAL_NAMESPACE:-dondoc}/workflows"
info "Mailbox:         http://127.0.0.1:$APP_MAILBOX_HTTP_PORT/messages   (SMTP 127.0.0.1:${MAILBOX_SMTP_PORT:-2525})"
info "Audit API:       http://127.0.0.1:${AUDIT_HTTP_PORT:-3001}/docs   (auditor token: npm run -s token -- --role auditor --unit thanh-tra-tinh)"
info "A token:         npm run -s token -- --role unit-head --unit so-noi-vu"
# ---- end of dondoc apps ---------------------------------------------------------------
echo
info "stop everything with: npm run down"
