#!/bin/bash
# Regenerates the expectations in this directory from aws-cdk-lib 2.276.0
# (never from Strata): twins.js synthesizes asm/ and reads it back with
# cx_api (read.json), writes built/ with CloudAssemblyBuilder and records
# EnvironmentUtils/EnvironmentPlaceholders results (env.json). Needs
# aws-cdk-lib@2.276.0 resolvable from NODE_PATH (default: the parity cache,
# else /tmp/cdk).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cache=${XDG_CACHE_HOME:-$HOME/.cache}/strata-parity/aws-cdk-lib-2.276.0/node_modules
[ -d "$cache" ] || cache=/tmp/cdk/node_modules
NODE_PATH=${NODE_PATH:-$cache} node "$here/twins.js" "$here/../../../internal/cdkctx/cdk-init-context.json"
# Staged assets are not read by the cases.
rm -rf "$here"/asm/asset.* "$here"/asm/*/asset.*
# Stack traces in the metadata name this checkout; keep them machine-neutral.
find "$here/asm" -name '*.metadata.json' -exec sed -i "s#$(cd "$here/../../.." && pwd)/#/src/#g" {} +
