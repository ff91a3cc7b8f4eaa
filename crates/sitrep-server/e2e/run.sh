#!/usr/bin/env bash
# End-to-end test of the dashboard: serves the store given as $1 on a free
# loopback port, drives Debian's Chromium over it (dashboard.mjs), stops the
# server. Installs Chromium and playwright-core if they are missing.
#
#   crates/sitrep-server/e2e/run.sh sitrep.db
#
# SITREP_BIN=/path/to/sitrep serves with `sitrep serve` instead of this
# crate's example server; SITREP_SCREENSHOT chooses where the screenshot
# goes (default target/e2e/dashboard.png; the others and the server's log
# are named after it); SITREP_E2E_CORPUS=1 adds the checks that need a real
# corpus (dashboard.mjs says which); SITREP_E2E_PROFILE=debug builds the
# example server without optimisation.
set -euo pipefail

store=${1:?usage: run.sh STORE.db}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
store=$(cd "$(dirname "$store")" && pwd)/$(basename "$store")
[ -f "$store" ] || { echo "no store at $store" >&2; exit 2; }

if [ ! -x /usr/bin/chromium ]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
fi
[ -d "$here/node_modules/playwright-core" ] || (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
addr=127.0.0.1:$port
screenshot=${SITREP_SCREENSHOT:-$root/target/e2e/dashboard.png}
mkdir -p "$(dirname "$screenshot")"
# The server's log beside the screenshots, one per run (dashboard-server.log).
log=${screenshot%.png}-server.log
if [ -n "${SITREP_BIN:-}" ]; then
  server=("$SITREP_BIN" serve --db "$store" --addr "$addr")
else
  profile=${SITREP_E2E_PROFILE:-release}
  flag=$([ "$profile" = release ] && echo --release || true)
  (cd "$root" && cargo build $flag -p sitrep-server --example serve)
  server=("${CARGO_TARGET_DIR:-$root/target}/$profile/examples/serve" --db "$store" --addr "$addr")
fi

"${server[@]}" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT

# Wait until the API answers (or the server has died).
for _ in $(seq 1 100); do
  if node -e "fetch('http://$addr/api/stats').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"; then break; fi
  kill -0 "$pid" 2>/dev/null || { echo "the server exited:" >&2; cat "$log" >&2; exit 1; }
  sleep 0.2
done

SITREP_URL="http://$addr" SITREP_SCREENSHOT="$screenshot" node "$here/dashboard.mjs"
