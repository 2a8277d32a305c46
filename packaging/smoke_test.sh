#!/usr/bin/env bash
# Smoke test of the built bundle (packaging/build.sh first), run as a caregiver's computer would
# run it: a copy of the bundle in a temporary folder, an empty environment, a throw-away home.
#
#   bash packaging/smoke_test.sh [BUNDLE_DIR]      (default: dist/caregiver-app)
#
# Checks --version, `demo`, `checklist` (and `report` when the app has it), then opens the window
# offscreen on every page for a few seconds and makes sure it neither crashed nor printed a
# traceback. Exits non-zero with a message naming the first failure.
set -uo pipefail
BUNDLE=${1:-}
[[ -z "$BUNDLE" || "$BUNDLE" == /* ]] || BUNDLE="$PWD/$BUNDLE"  # relative to where it was called
cd "$(dirname "$0")/.." || exit 1
BUNDLE=${BUNDLE:-dist/caregiver-app}
RUN_SECONDS=${SMOKE_RUN_SECONDS:-3}
PAGES=(today episodes checkin charts treatments equipment learn reports settings)

fail() {
  echo "SMOKE TEST FAILED: $*" >&2
  exit 1
}

[[ -x "$BUNDLE/caregiver-app" ]] || fail "no executable $BUNDLE/caregiver-app; run packaging/build.sh first"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/caregiver-smoke.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# A copy elsewhere proves the bundle does not depend on this checkout or its virtualenv.
cp -a "$BUNDLE" "$tmp/bundle"
app="$tmp/bundle/caregiver-app"
data="$tmp/data"
mkdir -m 700 "$tmp/home"

# A clean environment: no virtualenv or PYTHON* variables, no user settings, no display (Qt draws
# offscreen).
run_env=(env -i "PATH=/usr/bin:/bin" "HOME=$tmp/home" "XDG_CONFIG_HOME=$tmp/home/.config"
  "XDG_DATA_HOME=$tmp/home/.local/share" "XDG_RUNTIME_DIR=$tmp/home" "LANG=C.UTF-8"
  "QT_QPA_PLATFORM=offscreen")

# Run a headless command; fail with its output if it does not exit 0.
headless() {
  local what=$1
  shift
  local out status=0
  out=$(timeout 120 "${run_env[@]}" "$app" "$@" 2>&1) || status=$?
  if ((status != 0)); then
    fail "$what (caregiver-app $*) exited with status $status:"$'\n'"$out"
  fi
  if grep -q "Traceback" <<<"$out"; then
    fail "$what printed a traceback:"$'\n'"$out"
  fi
  printf '%s\n' "$out"
}

is_pdf() {
  [[ -s "$1" ]] && [[ "$(head -c 5 "$1")" == "%PDF-" ]]
}

echo "== 1. version"
version=$(headless "--version" --version) || exit 1
[[ "$version" == caregiver-app\ * ]] || fail "--version printed '$version'"
echo "$version"

echo "== 2. sample data"
headless "demo" demo --days 30 --data-dir "$data" || exit 1

echo "== 3. printed documents"
headless "checklist" checklist --output "$tmp/c.pdf" --data-dir "$data" || exit 1
is_pdf "$tmp/c.pdf" || fail "checklist did not write a PDF to $tmp/c.pdf"
echo "checklist PDF: $(wc -c <"$tmp/c.pdf") bytes"
if timeout 60 "${run_env[@]}" "$app" report --help >/dev/null 2>&1; then
  today=$(date +%F)
  start=$(date -d "30 days ago" +%F 2>/dev/null || date -v-30d +%F)
  headless "report" report --from "$start" --to "$today" --output "$tmp/r.pdf" \
    --data-dir "$data" || exit 1
  is_pdf "$tmp/r.pdf" || fail "report did not write a PDF to $tmp/r.pdf"
  echo "report PDF: $(wc -c <"$tmp/r.pdf") bytes"
else
  echo "(no 'report' command in this version: skipped the report PDF)"
fi

# Open the window on PAGE for RUN_SECONDS. Passes when the app is still running then and stops on
# SIGTERM, or when it quit by itself with status 0 after at least 2 s (CAREGIVER_APP_QUIT_AFTER_MS,
# where the app supports it), and printed no traceback.
window() {
  local page=$1 dir=$2
  local err="$tmp/window-$page.err"
  "${run_env[@]}" "CAREGIVER_APP_QUIT_AFTER_MS=$((RUN_SECONDS * 1000 - 500))" \
    "$app" --data-dir "$dir" --open "$page" >"$tmp/window-$page.out" 2>"$err" &
  local pid=$! waited=0 status
  while ((waited < RUN_SECONDS * 10)) && kill -0 "$pid" 2>/dev/null; do
    sleep 0.1
    waited=$((waited + 1))
  done
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    wait "$pid"
    status=$?
    # 143: stopped by the signal; 0: its own quit timer (CAREGIVER_APP_QUIT_AFTER_MS) fired as
    # the signal was sent, and it closed normally. Anything else is a crash.
    ((status == 143 || status == 0)) ||
      fail "window on '$page' did not stop on SIGTERM (status $status):"$'\n'"$(cat "$err")"
    how="ran ${RUN_SECONDS} s, stopped by SIGTERM"
    ((status == 0)) && how="ran ${RUN_SECONDS} s, closed by its own timer as SIGTERM came"
  else
    wait "$pid"
    status=$?
    ((status == 0 && waited >= 20)) ||
      fail "window on '$page' exited by itself after $((waited / 10)) s with status $status:"$'\n'"$(cat "$err")"
    how="quit by itself after $((waited / 10)) s"
  fi
  if grep -q "Traceback" "$err"; then
    fail "window on '$page' printed a traceback:"$'\n'"$(cat "$err")"
  fi
  echo "window --open $page: $how, no traceback"
}

echo "== 4. the window, offscreen, on every page"
for page in "${PAGES[@]}"; do
  window "$page" "$data"
done
window today "$tmp/first-start"  # an empty diary: the first-start page

echo "== 5. the same diary on a PostgreSQL server"
# A throwaway cluster (tests/server/cluster.sh) when PostgreSQL is installed: the bundle copies
# its sample diary there, checks it, exports it, and the export equals the file's.
if command -v initdb >/dev/null 2>&1 || ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  # Beside $tmp, not in it: the server's own account cannot enter this private folder.
  pg=$(mktemp -d "${TMPDIR:-/tmp}/caregiver-smoke-pg.XXXXXX")
  trap 'bash tests/server/cluster.sh stop "$pg"; rm -rf "$tmp"' EXIT
  started=$(bash tests/server/cluster.sh start "$pg") || fail "the test PostgreSQL cluster did not start"
  eval "$started"
  base=${CAREGIVER_APP_TEST_DATABASE%%\?*}
  url="${base%/postgres}/smoke?${CAREGIVER_APP_TEST_DATABASE#*\?}"
  createdb_bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/createdb | sort -V | tail -1)")/createdb
  "$createdb_bin" -h "$pg" -U caregiver_test smoke || fail "could not make the smoke database"
  headless "copy-diary to the server" copy-diary --to "$url" --data-dir "$data" || exit 1
  headless "check on the server" --database "$url" --data-dir "$tmp/team" check || exit 1
  headless "export from the file" export --format json --output "$tmp/file.json" --data-dir "$data" >/dev/null || exit 1
  headless "export from the server" --database "$url" --data-dir "$tmp/team" export --format json \
    --output "$tmp/server.json" >/dev/null || exit 1
  cmp -s "$tmp/file.json" "$tmp/server.json" || fail "the server's export differs from the file's"
  echo "server: copied, checked, exported the same bytes"
else
  echo "(PostgreSQL is not installed here: skipped)"
fi

echo "SMOKE TEST PASSED: $BUNDLE"
