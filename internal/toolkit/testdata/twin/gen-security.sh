#!/usr/bin/env bash
# Regenerates the security fixture assemblies (sec1, sec2) from security.js
# the diff ones (k1, k2) from knockon.js and the hotswap ones (h1-h3) from hot.js
# with aws-cdk-lib 2.276.0 under the cdk init flags plus the CLI's keys.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
ctx="$(node -e '
  const a = require(process.argv[1]), b = require(process.argv[2]);
  process.stdout.write(JSON.stringify(Object.assign({}, a, b)));
' "$root/internal/cdkctx/cdk-init-context.json" "$root/internal/cdkctx/cli-context.json")"
for v in sec1 sec2 k1 k2 h1 h2 h3; do
  js="$here/security.js"
  case $v in k*) js="$here/knockon.js";; h*) js="$here/hot.js";; esac
  out="$here/../assemblies/$v"
  rm -rf "$out"
  VARIANT=$v CDK_OUTDIR="$out" CDK_CONTEXT_JSON="$ctx" node "$js"
  node -e '
    const fs = require("fs"), f = process.argv[1], m = JSON.parse(fs.readFileSync(f, "utf8"));
    for (const k of Object.keys(m)) { m[k] = m[k].filter(e => e.type !== "aws:cdk:creationStack"); for (const e of m[k]) delete e.trace; }
    fs.writeFileSync(f, JSON.stringify(m, undefined, 2));
  ' "$out"/*.metadata.json
  rm -f "$out/tree.json" "$out/validation-report.json"
done
