#!/usr/bin/env bash
# Regenerates what package cfnvalidate and the validation-report comparisons
# check against, from aws-cdk-lib 2.276.0 and the validation engine it bundles
# (@aws/cloudformation-validate 1.14.0). Nothing here is written by hand.
#
#   engine-runtimes.json   the engine's Lambda runtime lifecycle data (engine-runtimes.js);
#                          `go generate` in internal/cfnvalidate turns it into runtimes_gen.go
#   engine/*.json          the engine's diagnostics on templates/*.json (engine-diagnostics.js)
#   parity/<case>.json     aws-cdk-lib's validation-report.json for each parity case's twin
#                          (parity/cases/<case>/twin/app.js) under the `cdk init` flags, without
#                          stackTraces and acknowledgedStackTrace (local paths)
#   twins/<name>.json      the same for the bad-input twins twins/<name>.js
#
#   internal/cfnvalidate/testdata/regen.sh [case...]
#
# Uses the aws-cdk-lib that parity/regen.sh installs ($STRATA_PARITY_NODE_DIR, default
# ~/.cache/strata-parity/aws-cdk-lib-2.276.0).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../.." && pwd)
nodedir=${STRATA_PARITY_NODE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/strata-parity/aws-cdk-lib-2.276.0}
export NODE_PATH="$nodedir/node_modules"
if [ ! -d "$NODE_PATH/aws-cdk-lib" ]; then
  echo "regen.sh: no aws-cdk-lib in $NODE_PATH; run parity/regen.sh once to install it" >&2
  exit 1
fi
context=$(cat "$root/internal/cdkctx/cdk-init-context.json")
work=$(mktemp -d "${TMPDIR:-/tmp}/cfnvalidate-regen.XXXXXX")
trap 'rm -rf "$work"' EXIT

cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
  node "$here/engine-runtimes.js" > "$here/engine-runtimes.json"
  node "$here/engine-diagnostics.js"
  for d in "$root"/parity/cases/*/; do
    [ -f "$d/twin/app.js" ] && cases+=("$(basename "$d")")
  done
  for f in "$here"/twins/*.js; do
    cases+=("twins/$(basename "$f" .js)")
  done
fi

for name in "${cases[@]}"; do
  out="$work/$name/cdk.out"
  mkdir -p "$out"
  if [[ $name == twins/* ]]; then
    app="$here/$name.js"; dir="$here/twins"; dest="$here/$name.json"
  else
    app="$root/parity/cases/$name/twin/app.js"; dir="$root/parity/cases/$name"; dest="$here/parity/$name.json"
    [ -f "$dir/program" ] && dir="$root/$(tr -d '[:space:]' < "$dir/program")"
  fi
  # An app that fails validation exits non-zero after writing its report.
  (cd "$dir" && env -i PATH="$PATH" HOME="$HOME" TMPDIR="${TMPDIR:-/tmp}" NODE_PATH="$NODE_PATH" \
     CDK_OUTDIR="$out" CDK_CONTEXT_JSON="$context" node "$app") > "$work/log" 2>&1 || true
  if [ ! -f "$out/validation-report.json" ]; then
    echo "regen.sh: $name wrote no validation-report.json:" >&2
    tail -n 20 "$work/log" >&2
    exit 1
  fi
  node "$here/strip-report.js" "$out/validation-report.json" "$dest"
  echo "$name: $(node -p "require('$dest').pluginReports.length") plugin reports"
done
