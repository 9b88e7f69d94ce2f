#!/bin/sh
# Rewrites expected.json: aws-cdk-lib 2.276.0's answers to twin.js.
#   CDK_MODULES=/path/to/node_modules (holding aws-cdk-lib@2.276.0) ./regen.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
NODE_PATH=${CDK_MODULES:-$HOME/.cache/strata-parity/aws-cdk-lib-2.276.0/node_modules} node "$here/twin.js" > "$here/expected.json"
