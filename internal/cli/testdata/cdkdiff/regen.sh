#!/usr/bin/env bash
# Regenerates the golden outputs of `npx aws-cdk@2.1148.1 diff --template`
# for the fixture assemblies in internal/toolkit/testdata/assemblies, which
# the CLI's diff tests compare strata's output with. Needs node and npm.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
asm="$here/../../../toolkit/testdata/assemblies"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo '{}' > "$work/empty.json"
# The app's annotations are printed on the same stream at a moment that
# varies; the CLI tests check them separately.
strip_annotations() {
  awk '/^(ERROR|WARNING|INFO) .*\(Construct Annotations\)$/ {skip=1; next}
       skip && /^   / {next}
       skip && /^$/ {skip=0; next}
       {skip=0; print}'
}
cdkdiff() { # name, assembly, old template
  (cd "$work" && CDK_DISABLE_CLI_TELEMETRY=true npx -y aws-cdk@2.1148.1 diff --no-notices --no-color \
    --app "$asm/$2" --template "$3" 2>&1 | strip_annotations) > "$here/$1.txt"
}
cdkdiff sec1-new sec1 "$work/empty.json"
cdkdiff sec2-after-sec1 sec2 "$asm/sec1/SecureStack.template.json"
cdkdiff v2-after-v1 v2 "$asm/v1/StrataE2EStack.template.json"
cdkdiff k2-after-k1 k2 "$asm/k1/KnockOnStack.template.json"
