#!/usr/bin/env bash
# A real Keycloak for the opt-in check test/e2e/oidc/keycloak-sign-in.e2e-spec.ts (not part of
# `npm test`: Keycloak takes ~35 s and ~1 GB to start). Keycloak 26 from Maven Central
# (org.keycloak:keycloak-quarkus-dist, fetched with mvn like Kafka), on 127.0.0.1, dev mode
# (H2, no TLS), with realm `hue` from hue-realm.json: client `dondoc` (confidential, PKCE S256,
# redirect http://127.0.0.1:38111/v1/auth/oidc/callback), users so-noi-vu.giamdoc / kc-pass-1
# (in dondoc's directory) and nguoi-ngoai / kc-pass-2 (not).
#   bash test/support/keycloak/keycloak.sh start|stop|env
set -euo pipefail
VERSION=26.5.6
PORT=${KEYCLOAK_PORT:-38180}
HERE=$(cd "$(dirname "$0")" && pwd)
CACHE=${DONDOC_CACHE:-$HOME/.cache/dondoc}
HOME_DIR=$CACHE/keycloak-$VERSION
STATE=${KEYCLOAK_STATE:-$HERE/../../../.dondoc/state/keycloak}
LOG=$STATE/keycloak.log

java_home() {
  # Keycloak 26 needs Java 21 or newer.
  for j in "${KEYCLOAK_JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
    [ -n "$j" ] && [ -x "$j/bin/java" ] && { echo "$j"; return; }
  done
  echo "Keycloak $VERSION cần Java 21+ (needs Java 21+): set KEYCLOAK_JAVA_HOME" >&2
  exit 1
}

case "${1:-}" in
  start)
    if [ ! -x "$HOME_DIR/bin/kc.sh" ]; then
      mkdir -p "$CACHE"
      mvn -q dependency:copy -Dartifact=org.keycloak:keycloak-quarkus-dist:$VERSION:zip -DoutputDirectory="$CACHE"
      (cd "$CACHE" && unzip -q "keycloak-quarkus-dist-$VERSION.zip" && rm "keycloak-quarkus-dist-$VERSION.zip")
    fi
    mkdir -p "$STATE" "$HOME_DIR/data/import"
    cp "$HERE/hue-realm.json" "$HOME_DIR/data/import/hue-realm.json"
    JAVA_HOME=$(java_home) KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin-local-only \
      nohup "$HOME_DIR/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$PORT" --http-management-port=$((PORT + 10)) --import-realm >"$LOG" 2>&1 &
    echo $! >"$STATE/keycloak.pid"
    for _ in $(seq 1 180); do
      curl -sf "http://127.0.0.1:$PORT/realms/hue/.well-known/openid-configuration" >/dev/null && { echo "Keycloak $VERSION: http://127.0.0.1:$PORT/realms/hue"; exit 0; }
      sleep 1
    done
    echo "Keycloak did not start; see $LOG" >&2
    exit 1
    ;;
  stop)
    [ -f "$STATE/keycloak.pid" ] && kill "$(cat "$STATE/keycloak.pid")" 2>/dev/null || true
    rm -f "$STATE/keycloak.pid"
    ;;
  env)
    echo "OIDC_KEYCLOAK_ISSUER_URL=http://127.0.0.1:$PORT/realms/hue OIDC_KEYCLOAK_CLIENT_SECRET=dondoc-keycloak-secret-0123456789 OIDC_KEYCLOAK_API_PORT=38111 OIDC_KEYCLOAK_USER=so-noi-vu.giamdoc OIDC_KEYCLOAK_PASSWORD=kc-pass-1"
    ;;
  *)
    echo "usage: $0 start|stop|env" >&2
    exit 2
    ;;
esac
