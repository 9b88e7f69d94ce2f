#!/usr/bin/env bash
# Regenerates the lookup fixtures from internal/toolkit/testdata/twin/lookups.js
# with aws-cdk-lib 2.276.0: missing/ (no context: the manifest lists the four
# lookups) and complete/ (run with the values in npm-cdk.context.json).
# npm-cdk.context.json itself is what `npx aws-cdk@2.1148.1 synth` wrote for
# that app against moto_server seeded with an SSM parameter
# /strata/queue-name=strata-q and a hosted zone example.com (see the CLI
# tests, which compare strata's cdk.context.json with it, IDs aside).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
twin="$here/../../../toolkit/testdata/twin/lookups.js"
gen() { # dir, context
  rm -rf "$here/$1"
  CDK_OUTDIR="$here/$1" CDK_CONTEXT_JSON="$2" node "$twin"
  node -e '
    const fs = require("fs"), f = process.argv[1], m = JSON.parse(fs.readFileSync(f, "utf8"));
    for (const k of Object.keys(m)) { m[k] = m[k].filter(e => e.type !== "aws:cdk:creationStack"); for (const e of m[k]) delete e.trace; }
    fs.writeFileSync(f, JSON.stringify(m, undefined, 2));
  ' "$here/$1/LookupStack.metadata.json"
  rm -f "$here/$1/tree.json" "$here/$1/validation-report.json"
}
gen missing '{}'
gen complete "$(cat "$here/npm-cdk.context.json")"
