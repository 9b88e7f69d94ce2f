#!/usr/bin/env bash
# Regenerates the fixture assemblies the toolkit, CLI and YAML tests read from the JavaScript twin with
# aws-cdk-lib 2.276.0, under the feature flags of `cdk init` plus the keys the
# CDK CLI adds (internal/cdkctx), the way `cdk synth` would run it.
# Needs node and aws-cdk-lib (CDK_LIB= path to its package, default /tmp/cdk).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
ctx="$(node -e '
  const a = require(process.argv[1]), b = require(process.argv[2]);
  process.stdout.write(JSON.stringify(Object.assign({}, a, b)));
' "$root/internal/cdkctx/cdk-init-context.json" "$root/internal/cdkctx/cli-context.json")"
for v in v1 v2; do
  out="$here/../assemblies/$v"
  rm -rf "$out"
  VARIANT=$v CDK_OUTDIR="$out" CDK_CONTEXT_JSON="$ctx" node "$here/app.js"
  # Creation stack traces hold this machine's paths; the tests don't read them.
  node -e '
    const fs = require("fs"), f = process.argv[1], m = JSON.parse(fs.readFileSync(f, "utf8"));
    for (const k of Object.keys(m)) m[k] = m[k].filter(e => e.type !== "aws:cdk:creationStack");
    fs.writeFileSync(f, JSON.stringify(m, undefined, 2));
  ' "$out/StrataE2EStack.metadata.json"
  # tree.json and the validation report are not read by the tests and churn.
  rm -f "$out/tree.json" "$out/validation-report.json"
done
