#!/usr/bin/env bash
# Re-vendors the dashboard's JavaScript libraries from the npm registry at the pinned versions below.
# The dashboard loads these files as ES modules from the jar; nothing is fetched when it runs.
# Usage: bash projections/src/main/resources/dashboard/vendor/refresh.sh   (needs node + npm)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
packages=(d3-force@3.0.1 d3-dispatch@3.0.2 d3-quadtree@3.0.2 d3-timer@3.0.2)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
for spec in "${packages[@]}"; do
  name="${spec%@*}"
  npm pack --silent "$spec" >/dev/null
  mkdir "$name"
  tar xzf "$name"-*.tgz -C "$name"
  cp "$name/package/dist/$name.min.mjs" "$here/$name.min.mjs"
  cp "$name/package/LICENSE" "$here/$name.LICENSE"
done
( cd "$here" && sha256sum ./*.min.mjs > SHA256SUMS )
echo "vendored: ${packages[*]}"
