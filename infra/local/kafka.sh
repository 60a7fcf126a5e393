#!/usr/bin/env bash
# Apache Kafka, the real broker, KRaft mode, assembled from Maven Central jars (kafka/pom.xml).
# Kafka 4.1 with kafkajs 2.2.4 is proven by test/integration/foundation/kafka.int-spec.ts.
KAFKA_VERSION="${KAFKA_VERSION:-4.1.1}"
KAFKA_HOST=127.0.0.1
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
KAFKA_HOME="$DONDOC_CACHE/kafka-$KAFKA_VERSION"
KAFKA_HEAP="${KAFKA_HEAP:--Xms256m -Xmx512m}"
KAFKA_SRC="$DONDOC_ROOT/infra/local/kafka"

kafka_java() { java $KAFKA_HEAP -XX:+UseG1GC -Djava.awt.headless=true \
  -Dlog4j2.configurationFile="$KAFKA_SRC/log4j2.yaml" -cp "$KAFKA_HOME/lib/*" "$@"; }

kafka_build() {
  stamp_ok "kafka-$KAFKA_VERSION" && return 0
  require_cmd java "install OpenJDK 17 (apt-get install openjdk-17-jdk-headless)."
  require_cmd mvn "install Maven (apt-get install maven)."
  local t0; t0=$(now_ms)
  info "collecting Apache Kafka $KAFKA_VERSION jars from Maven Central (first time only)…"
  rm -rf "$KAFKA_HOME/lib"
  mvn -q -B -f "$KAFKA_SRC/pom.xml" -Dkafka.version="$KAFKA_VERSION" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$KAFKA_HOME/lib" >>"$(log_file kafka-build)" 2>&1 \
    || { fail "Maven could not collect the Kafka jars"; show_log_tail kafka-build; return 1; }
  stamp_set "kafka-$KAFKA_VERSION"
  ok "Kafka $KAFKA_VERSION assembled in $(elapsed_since "$t0") → $KAFKA_HOME/lib"
}

kafka_health() {
  port_open "$KAFKA_PORT" || return 1
  # A real metadata round trip when node_modules is there (also recognises a broker that
  # another checkout started); before `npm ci`, the start-up line in our own log.
  if [ -d "$DONDOC_ROOT/node_modules/kafkajs" ]; then
    KAFKA_HEALTH_BROKER="$KAFKA_HOST:$KAFKA_PORT" node "$DONDOC_ROOT/infra/local/kafka-health.js"
  else
    grep -q 'Kafka Server started' "$(log_file kafka)" 2>/dev/null
  fi
}

kafka_start() {
  local state="$STATE_DIR/kafka"; mkdir -p "$state"
  ensure_port_free kafka "$KAFKA_PORT"
  ensure_port_free kafka-controller "$KAFKA_CONTROLLER_PORT"
  sed -e "s#@STATE@#$state#g" -e "s#@PORT@#$KAFKA_PORT#g" -e "s#@CONTROLLER_PORT@#$KAFKA_CONTROLLER_PORT#g" \
    "$KAFKA_SRC/server.properties.template" >"$state/server.properties"
  if [ ! -f "$state/data/meta.properties" ]; then
    local cluster_id; cluster_id=$(kafka_java kafka.tools.StorageTool random-uuid 2>>"$(log_file kafka)") \
      || { fail "kafka: could not create a cluster id"; show_log_tail kafka; return 1; }
    kafka_java kafka.tools.StorageTool format -t "$cluster_id" -c "$state/server.properties" --ignore-formatted \
      >>"$(log_file kafka)" 2>&1 || { fail "kafka: formatting the log directory failed"; show_log_tail kafka; return 1; }
  fi
  # The health check reads the log for this start only.
  : >"$(log_file kafka)"
  spawn kafka bash -c "exec java $KAFKA_HEAP -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j2.configurationFile='$KAFKA_SRC/log4j2.yaml' -cp '$KAFKA_HOME/lib/*' kafka.Kafka '$state/server.properties'"
  wait_healthy kafka 90 kafka_health
}

kafka_describe() {
  echo "Kafka        $KAFKA_HOST:$KAFKA_PORT  (Apache Kafka $KAFKA_VERSION, KRaft)  KAFKA_BROKERS=$KAFKA_HOST:$KAFKA_PORT"
}
