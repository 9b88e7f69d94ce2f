#!/bin/bash
# Regenerates the expectations in this directory from aws-cdk-lib 2.276.0
# (never from Strata): runs twins.js under the context `cdk init` writes
# plus the CLI's asset metadata switch, and copies each stack's template and
# asset manifest here as expected/<Stack>.{template,assets}.json. Needs
# aws-cdk-lib@2.276.0 resolvable from NODE_PATH (default: the parity cache,
# else /tmp/cdk).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cache=${XDG_CACHE_HOME:-$HOME/.cache}/strata-parity/aws-cdk-lib-2.276.0/node_modules
[ -d "$cache" ] || cache=/tmp/cdk/node_modules
ctx="$here/../../../internal/cdkctx"
export CDK_CONTEXT_JSON="$(node -e 'const f=require("fs");process.stdout.write(JSON.stringify({...JSON.parse(f.readFileSync(process.argv[1])),"aws:cdk:enable-asset-metadata":true}))' "$ctx/cdk-init-context.json")"
export CDK_OUTDIR="$out"
rm -rf "$here/expected"
mkdir -p "$here/expected"
(cd "$here" && NODE_PATH=${NODE_PATH:-$cache} node "$here/twins.js" >/dev/null)
for f in "$out"/*.template.json "$out"/*.assets.json; do cp "$f" "$here/expected/"; done
