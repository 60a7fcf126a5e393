#!/usr/bin/env bash
# helm and kubeconform for the offline check of the Kubernetes manifests (infra/k8s): built
# once with `go install` from the Go module proxy and cached in $DONDOC_CACHE by version, as
# temporal.sh does for the Temporal CLI. No network after that: the chart has no remote
# dependencies and the schemas kubeconform needs are kept in infra/k8s/schemas.
# Sourced by run-tests.sh, or run by itself: `bash infra/local/ensure-k8s-tools.sh` prints
# the two binaries' paths.
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/lib.sh"

# helm v3.21.4: the newest Helm 3 approved for this machine's Go 1.26 (v3.22.0 is served but not
# approved); kubeconform v0.8.0: the newest the module proxy serves. Both built fine here.
HELM_VERSION="${HELM_VERSION:-v3.21.4}"
KUBECONFORM_VERSION="${KUBECONFORM_VERSION:-v0.8.0}"
HELM_BIN="$DONDOC_CACHE/helm-$HELM_VERSION/helm"
KUBECONFORM_BIN="$DONDOC_CACHE/kubeconform-$KUBECONFORM_VERSION/kubeconform"

go_install_cached() { # name binary module@version
  local name=$1 bin=$2 module=$3
  [ -x "$bin" ] && return 0
  require_cmd go "install Go 1.23+ (our machines have Go 1.26)."
  local t0; t0=$(now_ms)
  info "building $name with go install $module (first time only, a few minutes on 2 cores)…"
  CGO_ENABLED=0 GOBIN="$(dirname "$bin")" GOFLAGS=-buildvcs=false \
    go install "$module" >>"$(log_file "$name-build")" 2>&1 \
    || { fail "go install $module failed"; show_log_tail "$name-build"; return 1; }
  ok "$name built in $(elapsed_since "$t0") → $bin"
}

ensure_k8s_tools() {
  go_install_cached helm "$HELM_BIN" "helm.sh/helm/v3/cmd/helm@$HELM_VERSION" || return 1
  go_install_cached kubeconform "$KUBECONFORM_BIN" "github.com/yannh/kubeconform/cmd/kubeconform@$KUBECONFORM_VERSION" || return 1
  export HELM_BIN KUBECONFORM_BIN
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  ensure_k8s_tools || exit 1
  echo "HELM_BIN=$HELM_BIN"
  echo "KUBECONFORM_BIN=$KUBECONFORM_BIN"
fi
