#!/usr/bin/env bash
# `npm test`: the whole suite on a fresh clone. Installs what is missing, runs lint and the
# type check, unit tests, then starts the servers it needs (reusing healthy ones), runs
# the integration and end-to-end tests, and stops only the servers it started itself.
set -u
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/ensure-node-deps.sh"
source "$HERE/servers.sh"
source "$HERE/ensure-office.sh"
source "$HERE/ensure-k8s-tools.sh"
source "$HERE/ensure-chromium.sh"
cd "$DONDOC_ROOT"

export NX_DAEMON=false NX_NO_CLOUD=true NX_SKIP_NX_CACHE=true CI="${CI:-}"
export TEMPORAL_CLI_PATH="$TEMPORAL_BIN" TEMPORAL_TEST_SERVER_PATH="$TTS_BIN" DONDOC_CACHE
export TEMPORAL_ADDRESS="${TEMPORAL_ADDRESS:-127.0.0.1:$TEMPORAL_PORT}" TEMPORAL_NAMESPACE="$TEMPORAL_NAMESPACE"
export KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:$KAFKA_PORT}" MONGODB_URI="${MONGODB_URI:-mongodb://127.0.0.1:${STORE_PORT:-27017}/dondoc}"

cleanup() {
  local code=$?
  if [ ${#STARTED_HERE[@]} -gt 0 ]; then
    info "stopping the servers this run started: ${STARTED_HERE[*]}"
    servers_stop "${STARTED_HERE[@]}"
  fi
  exit $code
}
trap cleanup EXIT INT TERM

step() { printf '\n%s━━ %s ━━%s\n' "$C_DIM" "$*" "$C_END"; }
run_started=$(now_ms)

step "dependencies"
ensure_node_deps   # also puts the project's Node.js 24 first on PATH and prints its version

step "lint"
npx nx show projects >/dev/null   # caches the project graph that the boundary rule reads
npx eslint . --max-warnings=0 || exit 1
# The formatter's verdict (settings in .prettierrc.json, files in infra/local/format.sh).
npm run -s format:check || { fail "files not formatted as Prettier lays them out: run npm run format"; exit 1; }
ok "lint clean (eslint, prettier)"

step "type check"
npx tsc -p tsconfig.json --noEmit || exit 1
npx tsc -p apps/web/tsconfig.json --noEmit || exit 1
ok "types check"

step "unit tests"
npx jest --selectProjects unit --ci || exit 1

step "office tools (documents rendered to PDF and PNG)"
ensure_office || exit 1

step "helm and kubeconform (the offline check of infra/k8s, in test/integration/deploy)"
ensure_k8s_tools || exit 1
step "web app (built for the browser journeys) and Chromium"
npx vite build --config apps/web/vite.config.mts --logLevel warn || exit 1
ok "web app built (dist/apps/web)"
ensure_chromium || exit 1

step "servers"
servers_start "${DAEMONS[@]}" "${BUILT_ONLY[@]}" || exit 1

step "integration and end-to-end tests (real Temporal, Kafka, MongoDB wire)"
npx jest --selectProjects integration e2e --ci --runInBand || exit 1

ok "all tests passed in $(( ($(now_ms) - run_started) / 1000 ))s"
