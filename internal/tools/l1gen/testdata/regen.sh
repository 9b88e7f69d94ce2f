#!/usr/bin/env bash
# Regenerates testdata/l1stack/expected.template.json by running the JavaScript twin
# (l1stack/app.js) on aws-cdk-lib 2.276.0. This script is the only source of that file.
# Needs node; aws-cdk-lib and constructs are taken from $STRATA_PARITY_NODE_DIR/node_modules
# (default: the cache directory parity/regen.sh installs into).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
nodedir=${STRATA_PARITY_NODE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/strata-parity/aws-cdk-lib-2.276.0}
version=$(node -p "require('$nodedir/node_modules/aws-cdk-lib/package.json').version")
[ "$version" = 2.276.0 ] || { echo "regen.sh: $nodedir holds aws-cdk-lib $version, want 2.276.0" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
NODE_PATH="$nodedir/node_modules" CDK_OUTDIR="$out" node "$here/l1stack/app.js"
cp "$out/L1Stack.template.json" "$here/l1stack/expected.template.json"
echo "wrote $here/l1stack/expected.template.json"
