#!/bin/bash
# Regenerates the expectations in this directory from aws-cdk-lib 2.276.0
# (never from Strata): twins.js saves each manifest with aws-cdk-lib's
# Manifest class here and prints the messages of the error cases, which
# land in errors.json. Needs aws-cdk-lib@2.276.0 resolvable from NODE_PATH
# (default: the parity cache, else /tmp/cdk).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cache=${XDG_CACHE_HOME:-$HOME/.cache}/strata-parity/aws-cdk-lib-2.276.0/node_modules
[ -d "$cache" ] || cache=/tmp/cdk/node_modules
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
NODE_PATH=${NODE_PATH:-$cache} node "$here/twins.js" "$out" > "$here/errors.json"
for f in assembly assets integ enums validation; do cp "$out/$f.json" "$here/$f.json"; done
