#!/usr/bin/env bash
# The two commands a newcomer needs:
#   ./app run    start the app on http://localhost:8080 (embedded H2 under ./data, demo users and data)
#   ./app test   run every test (unit, persistence on H2 and PostgreSQL, browserless UI, Chromium)
# Other:
#   ./app package        build the production jar (target/jmo-service-quality.jar)
#   ./app generate N     fill the H2 database (or PostgreSQL with SPRING_PROFILES_ACTIVE=postgres) with N survey responses
#   ./app benchmark      run the dashboard benchmark (docs/PERFORMANCE.md)
#   ./app survey-timing [URL]  time the public survey on a throttled phone against a running app (docs/PERFORMANCE.md)
#   ./app soak [MIN]     run the app on a fresh embedded H2 for MIN minutes (default 50) writing every minute (docs/PERFORMANCE.md)
#   ./app load-test      50 people at once against a running app, at Vaadin protocol level (BASE, SESSIONS, DURATION, RAMP, THINK; docs/PERFORMANCE.md)
# Before Maven runs, this script finds a JDK 21+, Node.js 24 for Vaadin's frontend build, and (for tests)
# Chromium and PostgreSQL. When something is missing, it says in one sentence what to install.
# Written for bash 3.2 too (macOS): empty arrays are expanded as ${a[@]+"${a[@]}"}, which set -u accepts there.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
TOOLS="${JMO_TOOLS_DIR:-$ROOT/.tools}"
NODE_VERSION=24.17.0  # verified with Vaadin 25.2.3 (see the vaadin.version comment in pom.xml)

die() { printf '\n%s\n\n' "$*" >&2; exit 1; }
info() { printf '[app] %s\n' "$*" >&2; }

java_major() { # prints the major version of the java binary $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1 | cut -d. -f1
}

select_jdk() {
  local candidates=() c v
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  command -v java >/dev/null 2>&1 && candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  for c in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$c" ] && candidates+=("$c")
  done
  for c in ${candidates[@]+"${candidates[@]}"}; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    v=$(java_major "$c/bin/java")
    if [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$c"; export PATH="$JAVA_HOME/bin:$PATH"
      info "JDK $v at $JAVA_HOME"
      return
    fi
  done
  die "No JDK 21 or newer was found (looked at JAVA_HOME, java on PATH and /usr/lib/jvm): install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+, and run this again."
}

node_major() { "$1" --version 2>/dev/null | sed 's/^v//' | cut -d. -f1; }

# Vaadin 25 needs Node.js 24+. Use one on PATH when it is new enough; otherwise take the Node binary
# from the npm registry (package node-<os>-<arch>), which works where nodejs.org is unreachable.
# Without npm at all, leave Vaadin to download Node itself (machines with internet access).
NODE_ARGS=()
select_node() {
  local v
  if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
    v=$(node_major "$(command -v node)")
    if [ -n "$v" ] && [ "$v" -ge 24 ]; then info "Node.js $(node --version) on PATH"; return; fi
  fi
  local dir="$TOOLS/node24"
  if [ ! -x "$dir/node" ] || [ "$("$dir/node" --version 2>/dev/null)" != "v$NODE_VERSION" ]; then
    if ! command -v npm >/dev/null 2>&1; then
      info "No npm on this machine: Vaadin will download Node.js 24 itself (needs internet access to nodejs.org)."
      return
    fi
    local os arch
    case "$(uname -s)" in Linux) os=linux ;; Darwin) os=darwin ;; *) os=win ;; esac
    case "$(uname -m)" in x86_64|amd64) arch=x64 ;; aarch64|arm64) arch=arm64 ;; *) arch=$(uname -m) ;; esac
    info "Installing Node.js 24 from the npm registry into $dir (once)"
    mkdir -p "$dir"
    if ! npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$dir" "node-$os-$arch@$NODE_VERSION" npm@11 >&2; then
      info "Could not get Node.js 24 from the npm registry: Vaadin will try to download it itself."
      return
    fi
    ln -sf "node_modules/node-$os-$arch/bin/node" "$dir/node"
  fi
  NODE_ARGS=("-Dvaadin.node.folder=$dir")
  export PATH="$dir:$PATH"
  info "Node.js $("$dir/node" --version) from $dir"
}

CHROMIUM=""
select_chromium() {
  local c
  for c in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser "$(command -v chromium 2>/dev/null || true)" "$(command -v google-chrome 2>/dev/null || true)"; do
    if [ -n "$c" ] && [ -x "$c" ]; then CHROMIUM="$c"; info "Chromium at $c"; return; fi
  done
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    info "Installing Chromium from Debian's packages (once)"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) >&2 || true
    [ -x /usr/bin/chromium ] && { CHROMIUM=/usr/bin/chromium; return; }
  fi
  die "Chromium is needed for the browser tests and was not found: install it (e.g. 'sudo apt-get install chromium') or set CHROMIUM_PATH to its binary."
}

# The PPTX and PDF exports draw charts with Java2D (JFreeChart), which needs at least one font on the machine.
ensure_fonts() {
  if ls /usr/share/fonts/truetype/*/*.ttf >/dev/null 2>&1 || ls /usr/share/fonts/*/*.ttf >/dev/null 2>&1; then return; fi
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    info "Installing fonts for the charts in the exports from Debian's packages (once)"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fontconfig fonts-dejavu-core fonts-liberation2 >/dev/null) >&2 || true
    return
  fi
  info "No TrueType fonts found: the chart images in the PPTX/PDF exports need one (e.g. 'sudo apt-get install fonts-dejavu-core')"
}

PG_URL="${TEST_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/test}"
check_postgres() {
  local hostport host port
  hostport=$(printf '%s' "$PG_URL" | sed -E 's#^jdbc:postgresql://([^/]+)/.*#\1#')
  host=${hostport%%:*}; port=${hostport##*:}; [ "$port" = "$hostport" ] && port=5432
  if (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then info "PostgreSQL at $host:$port"; return; fi
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    info "Starting the local PostgreSQL cluster"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start >&2 2>/dev/null || true
    sleep 2
    if (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then return; fi
  fi
  die "The tests also run against PostgreSQL, which is not reachable at $host:$port: start a PostgreSQL 15+ server with a database 'test' (or set TEST_POSTGRES_URL)."
}

# The benchmark creates its databases on the server of TEST_POSTGRES_URL (as TEST_POSTGRES_USER) with psql.
PG_HOSTPORT=$(printf '%s' "$PG_URL" | sed -E 's#^jdbc:postgresql://([^/]+)/.*#\1#')
PG_USER="${TEST_POSTGRES_USER:-postgres}"
need_psql() {
  command -v psql >/dev/null 2>&1 || die "The benchmark creates its PostgreSQL databases with psql, which is not installed: install the PostgreSQL client (e.g. 'apt-get install postgresql-client') or run it on H2 only with JMO_BENCH_DBS=h2."
}
pg_psql() {
  local host=${PG_HOSTPORT%%:*} port=${PG_HOSTPORT##*:}
  [ "$port" = "$PG_HOSTPORT" ] && port=5432
  PGPASSWORD="${TEST_POSTGRES_PASSWORD:-}" psql -h "$host" -p "$port" -U "$PG_USER" -d postgres ${1+"$@"}
}

mvnw() { "$ROOT/mvnw" -B -ntp "$@"; }

cmd="${1:-}"; shift || true
case "$cmd" in
  run)
    select_jdk; select_node; ensure_fonts
    mvnw spring-boot:run ${NODE_ARGS[@]+"${NODE_ARGS[@]}"} \
      -Dspring-boot.run.jvmArguments="${NODE_ARGS[*]:-} ${JMO_JVM_ARGS:-}" ${1+"$@"}
    ;;
  test)
    select_jdk; select_node; select_chromium; ensure_fonts; check_postgres
    mvnw -Pproduction verify ${NODE_ARGS[@]+"${NODE_ARGS[@]}"} -Dchromium.path="$CHROMIUM" -Dtest.postgres.url="$PG_URL" ${1+"$@"}
    ;;
  package)
    select_jdk; select_node
    mvnw -Pproduction -DskipTests package ${NODE_ARGS[@]+"${NODE_ARGS[@]}"} ${1+"$@"}
    ;;
  generate)
    select_jdk; select_node
    mvnw spring-boot:run -Dspring-boot.run.main-class=id.bpjs.jmo.demo.GenerateDemoData -Dspring-boot.run.arguments="${*:-}" ${JMO_JVM_ARGS:+-Dspring-boot.run.jvmArguments="$JMO_JVM_ARGS"}
    ;;
  benchmark)
    # Generates (once) demo data sets of each size on H2 and PostgreSQL and times the dashboard on each.
    # JMO_BENCH_SIZES (default "10000 100000 1000000"), JMO_BENCH_DBS (default "h2 postgres"); see docs/PERFORMANCE.md
    select_jdk; select_node
    mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark-classpath.txt \
      -Dmdep.includeScope=test ${NODE_ARGS[@]+"${NODE_ARGS[@]}"}
    cp="target/classes:target/test-classes:$(cat target/benchmark-classpath.txt)"
    mkdir -p data target/benchmark
    results=target/benchmark/results.md
    : > target/benchmark/lists.md; : > target/benchmark/profile.txt
    echo "| database | survey responses | dashboard, 12 months, all (ms) | dashboard, 12 months, PWT + JMO (ms) | raw scan of 12 months of responses (ms) | findings, 12 months, PWT (ms) | PPTX (ms) | PDF (ms) | generation (s) |" > "$results"
    echo "|---|---|---|---|---|---|---|---|---|" >> "$results"
    for db in ${JMO_BENCH_DBS:-h2 postgres}; do
      for n in ${JMO_BENCH_SIZES:-10000 100000 1000000}; do
        if [ "$db" = h2 ]; then
          # result reuse off: every dashboard load must really run its queries, as the first load after a change does
          env=(JMO_H2_URL="jdbc:h2:file:$ROOT/data/bench-h2-$n;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;OPTIMIZE_REUSE_RESULTS=FALSE")
        else
          check_postgres; need_psql
          name="jmo_bench_$n"
          pg_psql -tAc "select 1 from pg_database where datname='$name'" | grep -q 1 \
            || pg_psql -qc "create database $name" >&2
          env=(SPRING_PROFILES_ACTIVE=postgres POSTGRES_URL="jdbc:postgresql://$PG_HOSTPORT/$name?reWriteBatchedInserts=true"
               POSTGRES_USER="$PG_USER" POSTGRES_PASSWORD="${TEST_POSTGRES_PASSWORD:-}")
        fi
        marker="data/bench-$db-$n.generated-seconds"
        if [ ! -f "$marker" ]; then
          info "generating $n survey responses on $db"
          env "${env[@]}" java -Xmx4g -cp "$cp" id.bpjs.jmo.demo.GenerateDemoData "$n" --replace \
            | tee "data/bench-$db-$n.log" >&2
          sed -n 's/^Generated .* in \([0-9.]*\) s$/\1/p' "data/bench-$db-$n.log" > "$marker"
        fi
        info "timing the dashboard on $db with $n responses"
        row=$(env "${env[@]}" java -Xmx2g -cp "$cp" id.bpjs.jmo.benchmark.DashboardBenchmark "$db" | grep '^BENCHMARK' \
          | sed 's/^BENCHMARK //')
        echo "$row $(cat "$marker") |" | tee -a "$results"
        # where the time goes: each dashboard query alone, and the aggregate tables' sizes (issue 15)
        env "${env[@]}" java -Xmx2g -cp "$cp" id.bpjs.jmo.benchmark.DashboardQueryProfile "$db-$n" \
          | grep -E '^(PROFILE|ROWS)' >> target/benchmark/profile.txt
        # a page of 50 list rows at depth, by offset and by keyset (issue 15)
        env "${env[@]}" java -Xmx2g -cp "$cp" id.bpjs.jmo.benchmark.ListBenchmark "$db" \
          | grep '^LIST' | sed 's/^LIST //' >> target/benchmark/lists.md
      done
    done
    { echo ""; echo "| database | list | rows before the page | page 1 (ms) | deep page by offset (ms) | deep page by keyset (ms) |"
      echo "|---|---|---|---|---|---|"; cat target/benchmark/lists.md; echo ""; cat target/benchmark/profile.txt; } >> "$results"
    # Survey import of 100,000 rows (issue 6), each time into a fresh database.
    echo "" >> "$results"
    echo "| database | rows imported | file | read (s) | check (s) | store (s) | total (s) |" >> "$results"
    echo "|---|---|---|---|---|---|---|" >> "$results"
    for db in ${JMO_BENCH_DBS:-h2 postgres}; do
      if [ "$db" = h2 ]; then
        rm -f data/bench-import.mv.db
        env=(JMO_H2_URL="jdbc:h2:file:$ROOT/data/bench-import;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
      else
        check_postgres; need_psql
        pg_psql -qc "drop database if exists jmo_bench_import" >&2
        pg_psql -qc "create database jmo_bench_import" >&2
        env=(SPRING_PROFILES_ACTIVE=postgres POSTGRES_URL="jdbc:postgresql://$PG_HOSTPORT/jmo_bench_import?reWriteBatchedInserts=true"
             POSTGRES_USER="$PG_USER" POSTGRES_PASSWORD="${TEST_POSTGRES_PASSWORD:-}")
      fi
      info "timing a 100,000-row survey import on $db"
      env "${env[@]}" java -Xmx3g -cp "$cp" id.bpjs.jmo.benchmark.SurveyImportBenchmark "$db" 100000 | grep '^IMPORT' \
        | sed 's/^IMPORT //' | tee -a "$results"
    done
    info "results in $results"
    ;;
  survey-timing)
    # Issue 15/17: first control and submit acknowledged on a phone profile (4x CPU, "Fast 4G"), against a running app
    # (start the production jar first: ./app package, then PORT=8104 java -jar target/jmo-service-quality.jar).
    select_jdk; select_node; select_chromium
    mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark-classpath.txt \
      -Dmdep.includeScope=test ${NODE_ARGS[@]+"${NODE_ARGS[@]}"}
    cp="target/classes:target/test-classes:$(cat target/benchmark-classpath.txt)"
    for mode in phone kiosk; do
      java -Dchromium.path="$CHROMIUM" -cp "$cp" id.bpjs.jmo.benchmark.PublicSurveyPageTiming \
        "${1:-http://localhost:8104}" "${2:-PWT}" "${3:-7}" "$mode"
    done
    ;;
  load-test)
    # Issue 15: managers, staff and participants as virtual threads speaking Vaadin's UIDL protocol over HTTP against a
    # running app (start the production jar first, with --jmo.survey.limit.per-address=1000000); see docs/PERFORMANCE.md.
    select_jdk; select_node
    mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark-classpath.txt \
      -Dmdep.includeScope=test ${NODE_ARGS[@]+"${NODE_ARGS[@]}"}
    cp="target/classes:target/test-classes:$(cat target/benchmark-classpath.txt)"
    # C1 only and the serial collector: the driver's own CPU stays small beside the server it measures
    java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx512m -cp "$cp" id.bpjs.jmo.benchmark.UidlLoadTest
    ;;
 soak)
    # Issue 12: the default H2 set-up with the pool's default lifetimes, a write of each kind every minute.
    select_jdk; select_node
    mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark-classpath.txt \
      -Dmdep.includeScope=test ${NODE_ARGS[@]+"${NODE_ARGS[@]}"}
    # its own copy of the classes and database under data/soak, so a build during the run changes nothing under it
    rm -rf data/soak && mkdir -p data/soak && cp -r target/classes target/test-classes data/soak/
    cp="data/soak/classes:data/soak/test-classes:$(cat target/benchmark-classpath.txt)"
    JMO_H2_URL="jdbc:h2:file:$ROOT/data/soak/jmo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
      java -Xmx1g -cp "$cp" id.bpjs.jmo.benchmark.SoakRun "${1:-50}" | tee data/soak/soak.log
    ;;
  *)
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
