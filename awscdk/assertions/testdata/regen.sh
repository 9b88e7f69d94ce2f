#!/bin/bash
# Regenerates messages.json and results.json from aws-cdk-lib 2.276.0 (never from Strata):
# runs twins.js, whose cases make assertions fail, under the context
# `cdk init` writes, and keeps each AssertionError's message. Needs
# aws-cdk-lib@2.276.0 resolvable from NODE_PATH (default: the parity cache,
# else /tmp/cdk).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cache=${XDG_CACHE_HOME:-$HOME/.cache}/strata-parity/aws-cdk-lib-2.276.0/node_modules
[ -d "$cache" ] || cache=/tmp/cdk/node_modules
export CDK_CONTEXT_JSON="$(cat "$here/../../../internal/cdkctx/cdk-init-context.json")"
export CDK_OUTDIR="$out"
export RESULTS_JSON="$here/results.json"
(cd "$out" && NODE_PATH=${NODE_PATH:-$cache} node "$here/twins.js" > "$here/messages.json.tmp")
mv "$here/messages.json.tmp" "$here/messages.json"
