#!/bin/bash
# Regenerates manifest.json here from twin.js run on aws-cdk-lib 2.276.0
# (never from Strata), under the context `cdk init` writes. Needs
# aws-cdk-lib@2.276.0 resolvable from NODE_PATH (default: the parity cache,
# else /tmp/cdk).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cache=${XDG_CACHE_HOME:-$HOME/.cache}/strata-parity/aws-cdk-lib-2.276.0/node_modules
[ -d "$cache" ] || cache=/tmp/cdk/node_modules
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export CDK_CONTEXT_JSON="$(cat "$here/../../../internal/cdkctx/cdk-init-context.json")"
CDK_OUTDIR="$out" NODE_PATH=${NODE_PATH:-$cache} node "$here/twin.js"
cp "$out/manifest.json" "$here/manifest.json"
