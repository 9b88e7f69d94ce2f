#!/bin/bash
# Regenerates intervals.json from aws-cdk-lib 2.276.0 (never from Strata):
# random step-scaling interval lists with what aws-autoscaling-common's
# normalizeIntervals and findAlarmThresholds make of them. Needs
# aws-cdk-lib@2.276.0 resolvable from NODE_PATH (default: the parity cache,
# else /tmp/cdk).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cache=${XDG_CACHE_HOME:-$HOME/.cache}/strata-parity/aws-cdk-lib-2.276.0/node_modules
[ -d "$cache" ] || cache=/tmp/cdk/node_modules
(cd "$here" && NODE_PATH=${NODE_PATH:-$cache} node "$here/intervals.js")
