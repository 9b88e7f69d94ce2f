#!/bin/bash
# regen-twins.sh DIR [errors] regenerates the expectations in DIR from
# aws-cdk-lib 2.276.0 (never from Strata): it runs DIR/twins.js, the
# JavaScript twin of a package's Go cases, under the context `cdk init`
# writes, and copies each stack's template into DIR as
# <Stack>.template.json; with "errors" the twin's output (the messages of
# its error cases) becomes DIR/errors.json. Each package's testdata
# regen.sh calls it. Needs aws-cdk-lib@2.276.0 resolvable from NODE_PATH
# (default: the parity cache, else /tmp/cdk).
set -euo pipefail
here=$(cd "$1" && pwd)
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cache=${XDG_CACHE_HOME:-$HOME/.cache}/strata-parity/aws-cdk-lib-2.276.0/node_modules
[ -d "$cache" ] || cache=/tmp/cdk/node_modules
export CDK_CONTEXT_JSON="$(cat "$root/internal/cdkctx/cdk-init-context.json")"
export CDK_OUTDIR="$out"
rm -f "$here"/*.template.json
if [ "${2:-}" = errors ]; then
	(cd "$here" && NODE_PATH=${NODE_PATH:-$cache} node "$here/twins.js" >"$here/errors.json")
else
	(cd "$here" && NODE_PATH=${NODE_PATH:-$cache} node "$here/twins.js")
fi
for f in "$out"/*.template.json; do cp "$f" "$here/"; done
