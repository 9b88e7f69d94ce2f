#!/bin/bash
# Regenerates the parity goldens from aws-cdk-lib 2.276.0 (never from
# Strata): runs twins.js under the context `cdk init` writes and copies each
# stack's template here. Needs aws-cdk-lib@2.276.0 resolvable from NODE_PATH
# (default /tmp/cdk/node_modules).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d)
export CDK_CONTEXT_JSON="$(cat "$here/../../../internal/cdkctx/cdk-init-context.json")"
export CDK_OUTDIR="$out"
NODE_PATH=${NODE_PATH:-/tmp/cdk/node_modules} node "$here/twins.js"
for f in "$out"/*.template.json; do cp "$f" "$here/"; done
# The manifest's missing-context list (the Lookup stack's lookups).
node -e 'console.log(JSON.stringify(require(process.argv[1]).missing, null, 1))' "$out/manifest.json" > "$here/missing.json"
rm -rf "$out"
