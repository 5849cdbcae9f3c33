#!/usr/bin/env bash
# The production stack on one machine, in the foreground (`make stack`; site/README.md):
# nginx (HTTP and self-signed HTTPS) -> Varnish -> gunicorn, the task worker and the
# scheduler, with production settings on the machine's PostgreSQL and Redis.
# Ctrl-C, `make stack-stop` or SIGTERM stops every process it started; a process that dies
# is started again (as systemd would), so a killed worker comes back and runs its tasks.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
set -a
# shellcheck source=site/stack.env
source site/stack.env
set +a
PY="$ROOT/.venv/bin/python"
MANAGE=("$PY" manage.py)
mkdir -p "$STACK_DIR"/{logs,pids,nginx,nginx-tmp,varnish,bench-files} "$MEDIA_ROOT" "$PRIVATE_MEDIA_ROOT"
STACK_DIR="$(cd "$STACK_DIR" && pwd)"
export STACK_DIR

say() { echo "[stack $(date +%H:%M:%S)] $*"; }

if [ -e "$STACK_DIR/stack.pid" ] && kill -0 "$(cat "$STACK_DIR/stack.pid")" 2>/dev/null; then
  say "already running (pid $(cat "$STACK_DIR/stack.pid")); stop it with: make stack-stop"
  exit 1
fi
echo $$ >"$STACK_DIR/stack.pid"
rm -f "$STACK_DIR/ready" "$STACK_DIR/stopping"

# -- stopping: every child, whatever happens --------------------------------------------
children=()
cleanup() {
  trap - INT TERM EXIT
  touch "$STACK_DIR/stopping"
  say "stopping"
  for pid in "${children[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pidfile in "$STACK_DIR"/pids/*.pid; do
    [ -e "$pidfile" ] && kill -TERM "$(cat "$pidfile")" 2>/dev/null || true
  done
  for _ in $(seq 1 50); do
    alive=0
    for pid in "${children[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.2
  done
  for pid in "${children[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
  for pidfile in "$STACK_DIR"/pids/*.pid; do
    [ -e "$pidfile" ] && kill -KILL "$(cat "$pidfile")" 2>/dev/null || true
  done
  rm -f "$STACK_DIR"/pids/*.pid "$STACK_DIR/stack.pid" "$STACK_DIR/ready"
  say "stopped"
}
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM
trap cleanup EXIT

# Runs a command again whenever it exits (after PAUSE seconds), until the stack stops; its
# pid is in pids/NAME.pid. `supervise NAME PAUSE COMMAND...`
supervise() {
  local name="$1" pause="$2"
  shift 2
  (
    child=""
    trap '[ -n "$child" ] && kill -TERM "$child" 2>/dev/null; wait 2>/dev/null; exit 0' TERM INT
    while [ ! -e "$STACK_DIR/stopping" ]; do
      "$@" >>"$STACK_DIR/logs/$name.log" 2>&1 &
      child=$!
      echo "$child" >"$STACK_DIR/pids/$name.pid"
      wait "$child" || true
      [ -e "$STACK_DIR/stopping" ] && break
      [ "$pause" = 0 ] && echo "[stack] $name exited; starting it again" >>"$STACK_DIR/logs/$name.log"
      sleep "$pause" &
      child=$!
      wait "$child" || true
    done
  ) &
  children+=($!)
}

# -- what the machine needs -------------------------------------------------------------
missing=()
command -v nginx >/dev/null || missing+=(nginx)
command -v varnishd >/dev/null || missing+=(varnish)
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing ${missing[*]} from Debian"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# Debian starts its own services on install; the stack runs its own copies.

if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  say "starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi
redis_port="$(echo "$REDIS_URL" | sed -E 's#^redis://[^:/]+:?([0-9]*).*#\1#')"
redis_port="${redis_port:-6379}"
if ! redis-cli -p "$redis_port" ping >/dev/null 2>&1; then
  say "Redis is not running on port $redis_port: starting one for the stack"
  supervise redis 1 redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no
  for _ in $(seq 1 30); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.3; done
fi

# -- the site: secret, database, static files, demo content ------------------------------
if [ -z "${SECRET_KEY:-}" ]; then
  [ -s "$STACK_DIR/secret_key" ] || "$PY" -c 'import secrets; print(secrets.token_urlsafe(50))' >"$STACK_DIR/secret_key"
  SECRET_KEY="$(cat "$STACK_DIR/secret_key")"
  export SECRET_KEY
fi
if ! psql -h 127.0.0.1 -U postgres -lqt | cut -d'|' -f1 | grep -qw "$STACK_DB"; then
  say "creating the database $STACK_DB"
  createdb -h 127.0.0.1 -U postgres "$STACK_DB"
fi
say "migrating, collecting static files"
"${MANAGE[@]}" migrate --no-input -v0
"${MANAGE[@]}" collectstatic --no-input -v0
if [ "$STACK_DEMO" = 1 ]; then
  say "loading the demo content (skipped where it exists)"
  # Its thousands of indexing tasks run as they come, not queued for the worker.
  # It ends with ANALYZE, what autovacuum does a while after a bulk load.
  TASKS_BACKEND=django_tasks.backends.immediate.ImmediateBackend \
    "${MANAGE[@]}" load_demo >"$STACK_DIR/logs/load_demo.log" 2>&1
fi

# -- TLS certificate for local use, and the configuration files ----------------------------
if [ ! -s "$STACK_DIR/tls.key" ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 365 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    -keyout "$STACK_DIR/tls.key" -out "$STACK_DIR/tls.crt" 2>/dev/null
fi
export NGINX_CONF_DIR="$STACK_DIR/nginx" TLS_CERT="$STACK_DIR/tls.crt" TLS_KEY="$STACK_DIR/tls.key"
export HTTP_LISTEN="127.0.0.1:$HTTP_PORT" HTTPS_LISTEN="127.0.0.1:$HTTPS_PORT" SERVER_NAME="localhost 127.0.0.1"
if [ "$(id -u)" = 0 ]; then export NGINX_USER_LINE="user root;"; else export NGINX_USER_LINE=""; fi
"$PY" site/render.py site/nginx/thidua.conf.in "$STACK_DIR/nginx/thidua.conf"
"$PY" site/render.py site/nginx/locations.conf.in "$STACK_DIR/nginx/thidua-locations.conf"
"$PY" site/render.py site/nginx/stack-nginx.conf.in "$STACK_DIR/nginx/nginx.conf"
"$PY" site/render.py site/varnish/default.vcl.in "$STACK_DIR/varnish/default.vcl"
[ -s "$STACK_DIR/varnish/secret" ] || head -c 32 /dev/urandom | base64 >"$STACK_DIR/varnish/secret"

# -- the processes ---------------------------------------------------------------------------
say "starting gunicorn, the task worker, the scheduler, Varnish and nginx"
supervise web 1 "$ROOT/.venv/bin/gunicorn" -c site/gunicorn.conf.py config.wsgi
supervise worker 1 bash -c "'$PY' manage.py requeue_interrupted_tasks && exec '$PY' manage.py db_worker --interval 0.5 --no-startup-delay"
# Scheduled publishing (and reminders, when the site has such a command): every minute here,
# every ten minutes in production (site/systemd/thidua-scheduler.timer).
supervise scheduler "$SCHEDULER_INTERVAL" "$PY" manage.py publish_scheduled
# vsl_mask: Varnish writes no per-request records to its shared-memory log (nginx logs every
# request); site/README.md, "The page cache", says why and how to turn them back on.
supervise varnish 1 varnishd -F -j none -n "$STACK_DIR/varnish/work" -a "127.0.0.1:$VARNISH_PORT" \
  -T "127.0.0.1:$VARNISH_ADMIN_PORT" -S "$STACK_DIR/varnish/secret" -f "$STACK_DIR/varnish/default.vcl" \
  -s "malloc,$VARNISH_MEMORY" -p ban_lurker_sleep=0.1 \
  -p vsl_mask=-Begin,-End,-Link,-Timestamp,-ReqStart,-ReqMethod,-ReqURL,-ReqProtocol,-ReqHeader,-ReqUnset,-ReqAcct,-RespProtocol,-RespStatus,-RespReason,-RespHeader,-RespUnset,-VCL_call,-VCL_return,-Hit
nginx -t -q -p "$STACK_DIR/nginx" -c "$STACK_DIR/nginx/nginx.conf" -e "$STACK_DIR/logs/nginx-error.log"
supervise nginx 1 nginx -p "$STACK_DIR/nginx" -c "$STACK_DIR/nginx/nginx.conf" -e "$STACK_DIR/logs/nginx-error.log"

for _ in $(seq 1 120); do
  if curl -fsS -o /dev/null "http://127.0.0.1:$HTTP_PORT/robots.txt" 2>/dev/null \
    && curl -fsSk -o /dev/null "https://127.0.0.1:$HTTPS_PORT/robots.txt" 2>/dev/null; then
    touch "$STACK_DIR/ready"
    break
  fi
  sleep 0.5
done
if [ ! -e "$STACK_DIR/ready" ]; then
  say "the stack did not answer; logs in $STACK_DIR/logs"
  tail -n 20 "$STACK_DIR"/logs/*.log
  exit 1
fi
say "ready: http://127.0.0.1:$HTTP_PORT/vi/ and https://localhost:$HTTPS_PORT/vi/ (self-signed);" \
  "admin http://127.0.0.1:$HTTP_PORT/admin/; logs in $STACK_DIR/logs; Ctrl-C or make stack-stop to stop"
while [ ! -e "$STACK_DIR/stopping" ]; do
  wait -n "${children[@]}" 2>/dev/null || sleep 1
done
