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

# The same twins under the context the CDK CLI adds (path metadata, version
# reporting): every stack's template goes to cli/.
cli=$(mktemp -d)
trap 'rm -rf "$out" "$cli"' EXIT
export CDK_CONTEXT_JSON="$(node -e 'const [a, b] = process.argv.slice(1).map(f => require(f)); console.log(JSON.stringify({ ...a, ...b }))' \
  "$here/../../../internal/cdkctx/cdk-init-context.json" "$here/../../../internal/cdkctx/cli-context.json")"
export CDK_OUTDIR="$cli"
(cd "$here" && NODE_PATH=${NODE_PATH:-$cache} node "$here/twins.js" > /dev/null)
mkdir -p "$here/cli"
rm -f "$here"/cli/*.template.json
for f in "$cli"/*.template.json; do cp "$f" "$here/cli/"; done
