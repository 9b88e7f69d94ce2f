#!/bin/bash
# Regenerates the expectations in this directory from aws-cdk-lib 2.276.0
# (never from Strata): runs twins.js under the context `cdk init` writes,
# copies each stack's template here as <Stack>.template.json and writes the
# messages of the error cases to errors.json. Needs aws-cdk-lib@2.276.0
# resolvable from NODE_PATH (default: the parity cache, else /tmp/cdk).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cache=${XDG_CACHE_HOME:-$HOME/.cache}/strata-parity/aws-cdk-lib-2.276.0/node_modules
[ -d "$cache" ] || cache=/tmp/cdk/node_modules
export CDK_CONTEXT_JSON="$(cat "$here/../../../internal/cdkctx/cdk-init-context.json")"
export CDK_OUTDIR="$out"
rm -f "$here"/*.template.json
(cd "$here" && NODE_PATH=${NODE_PATH:-$cache} node "$here/twins.js" > "$here/errors.json")
for f in "$out"/*.template.json; do cp "$f" "$here/"; done
# The alias update policy case again under the context the CDK CLI adds
# (path metadata, version reporting), where key order around Metadata shows.
cli=$(mktemp -d)
trap 'rm -rf "$out" "$cli"' EXIT
export CDK_CONTEXT_JSON="$(node -e 'const f=require("fs");const a=JSON.parse(f.readFileSync(process.argv[1]));const b=JSON.parse(f.readFileSync(process.argv[2]));console.log(JSON.stringify({...a,...b}))' "$here/../../../internal/cdkctx/cdk-init-context.json" "$here/../../../internal/cdkctx/cli-context.json")"
export CDK_OUTDIR="$cli"
(cd "$here" && NODE_PATH=${NODE_PATH:-$cache} node "$here/twins.js" > /dev/null)
mkdir -p "$here/cli"
cp "$cli/LambdaFull.template.json" "$here/cli/"
