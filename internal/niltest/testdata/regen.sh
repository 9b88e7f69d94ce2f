#!/bin/bash
# Regenerates nil.json from aws-cdk-lib 2.276.0 (never from Strata): runs
# twins.js under the context `cdk init` writes. Needs aws-cdk-lib@2.276.0
# resolvable from NODE_PATH (default: the parity cache, else /tmp/cdk).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cache=${XDG_CACHE_HOME:-$HOME/.cache}/strata-parity/aws-cdk-lib-2.276.0/node_modules
[ -d "$cache" ] || cache=/tmp/cdk/node_modules
export CDK_CONTEXT_JSON="$(cat "$here/../../../internal/cdkctx/cdk-init-context.json")"
(cd "$here" && NODE_PATH=${NODE_PATH:-$cache} node "$here/twins.js" > "$here/nil.json")
