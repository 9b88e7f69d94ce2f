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
# the YAML writer's expectations, from aws-cdk-lib's own serializer
(cd "$here" && NODE_PATH=${NODE_PATH:-$cache} node "$here/yaml_twin.js" > "$here/yaml.json")
