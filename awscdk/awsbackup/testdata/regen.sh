#!/bin/bash
# Regenerates the expectations in this directory from aws-cdk-lib 2.276.0
# (never from Strata): runs twins.js under the context `cdk init` writes,
# copies each stack's template here as <Stack>.template.json and writes the
# messages of the error cases to errors.json. Needs aws-cdk-lib@2.276.0
# resolvable from NODE_PATH (default: the parity cache, else /tmp/cdk).
exec "$(dirname "$0")/../../../internal/golden/regen-twins.sh" "$(dirname "$0")" errors
