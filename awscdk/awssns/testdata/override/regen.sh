#!/bin/bash
# Regenerates the expectations in this directory from aws-cdk-lib 2.276.0
# (never from Strata): runs twins.js, the JavaScript twin of the Go cases in
# ../../topic_override_test.go, under the context `cdk init` writes and
# copies each stack's template here. Kept apart from ../regen.sh, which
# clears ../*.template.json. Needs aws-cdk-lib@2.276.0 resolvable from
# NODE_PATH (default: the parity cache, else /tmp/cdk).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cache=${XDG_CACHE_HOME:-$HOME/.cache}/strata-parity/aws-cdk-lib-2.276.0/node_modules
[ -d "$cache" ] || cache=/tmp/cdk/node_modules
export CDK_CONTEXT_JSON="$(cat "$here/../../../../internal/cdkctx/cdk-init-context.json")"
export CDK_OUTDIR="$out"
rm -f "$here"/*.template.json
(cd "$here" && NODE_PATH=${NODE_PATH:-$cache} node "$here/twins.js")
for f in "$out"/*.template.json; do cp "$f" "$here/"; done
