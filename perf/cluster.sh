#!/usr/bin/env bash
# Two instances of the production jar on one PostgreSQL database behind HAProxy with a sticky cookie (issue 15).
#   DB=jmo_uidl_100k perf/cluster.sh start     # then BASE=http://127.0.0.1:8120 ./app load-test, or a browser
#   perf/cluster.sh stats                       # requests and sessions per instance, from HAProxy
#   perf/cluster.sh stop
# Needs: ./app package (target/jmo-service-quality-*.jar), haproxy (apt-get install haproxy), PostgreSQL with the
# database DB (e.g. filled with ./app generate, see docs/PERFORMANCE.md). Logs and pids under target/cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
export LB_PORT=${LB_PORT:-8120} PORT_A=${PORT_A:-8121} PORT_B=${PORT_B:-8122} STATS_PORT=${STATS_PORT:-8123}
DB=${DB:-jmo_uidl_100k}
dir=target/cluster
mkdir -p "$dir"
case "${1:-}" in
  start)
    jar=$(ls target/jmo-service-quality-*.jar | head -1)
    for port in "$PORT_A" "$PORT_B"; do
      SPRING_PROFILES_ACTIVE=postgres POSTGRES_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
        POSTGRES_USER="${POSTGRES_USER:-postgres}" POSTGRES_PASSWORD="${POSTGRES_PASSWORD:-}" JMO_DEMO=false \
        nohup java -Xmx1g -jar "$jar" --server.port="$port" --jmo.survey.limit.per-address=1000000 \
        > "$dir/app-$port.log" 2>&1 &
      echo $! > "$dir/app-$port.pid"
    done
    for port in "$PORT_A" "$PORT_B"; do
      until grep -q "Started Application" "$dir/app-$port.log"; do
        grep -q "APPLICATION FAILED\|Exception in thread \"main\"" "$dir/app-$port.log" && { echo "instance $port failed, see $dir/app-$port.log"; exit 1; }
        sleep 2
      done
      echo "instance on port $port started"
    done
    haproxy -f docker/haproxy.cfg -D -p "$dir/haproxy.pid"
    echo "load balancer on http://127.0.0.1:$LB_PORT (stats: http://127.0.0.1:$STATS_PORT/stats)"
    ;;
  stats)
    # name, current sessions, total sessions, requests served per instance (HAProxy's CSV: svname, scur, stot)
    curl -s "http://127.0.0.1:$STATS_PORT/stats;csv" | awk -F, '$1=="jmo" {print $2, "sessions now", $5, "total sessions", $8}'
    ;;
  stop)
    for f in "$dir"/*.pid; do [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null || true; rm -f "$f"; done
    echo stopped
    ;;
  *) sed -n '2,7p' "$0"; exit 2 ;;
esac
