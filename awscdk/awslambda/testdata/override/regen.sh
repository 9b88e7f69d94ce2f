#!/bin/bash
# Regenerates the expectations in this directory from aws-cdk-lib 2.276.0
# (never from Strata): runs twins.js, the JavaScript twin of the Go cases in
# ../../function_override_test.go, under the context `cdk init` writes and
# copies each stack's template here. Kept apart from ../regen.sh, which
# clears ../*.template.json. Needs aws-cdk-lib@2.276.0 resolvable from
# NODE_PATH (default: the parity cache, else /tmp/cdk).
exec "$(dirname "$0")/../../../../internal/golden/regen-twins.sh" "$(dirname "$0")"
