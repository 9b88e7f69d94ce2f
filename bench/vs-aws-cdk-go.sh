#!/usr/bin/env bash
# Times an example app synthesized by Strata against the same program on
# aws-cdk-go (v2.270.0, the newest the Go proxy serves), with farm-bench.
# aws-cdk-go is built in a throw-away module under $WORK: it is never a
# dependency of Strata. Needs node (aws-cdk-go runs aws-cdk-lib in it).
#
#   bench/vs-aws-cdk-go.sh [example-dir]     (default: examples/hello)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
example=${1:-examples/hello}
WORK=${WORK:-$(mktemp -d)}
mkdir -p "$WORK/cdkgo"

# The same program with aws-cdk-go's import paths.
for f in "$root/$example"/*.go; do
  case "$f" in *_test.go) continue ;; esac
  sed -e 's#github.com/strata-cdk/strata/awscdk#github.com/aws/aws-cdk-go/awscdk/v2#' \
      -e 's#github.com/strata-cdk/strata/constructs#github.com/aws/constructs-go/constructs/v10#' \
      -e 's#github.com/strata-cdk/strata/jsii#github.com/aws/jsii-runtime-go#' "$f" > "$WORK/cdkgo/$(basename "$f")"
done
(cd "$WORK/cdkgo" && printf 'module bench\n\ngo 1.24\n' > go.mod &&
  go get github.com/aws/aws-cdk-go/awscdk/v2@v2.270.0 github.com/aws/constructs-go/constructs/v10@v10.6.0 github.com/aws/jsii-runtime-go@v1.139.0 >/dev/null &&
  go build -o "$WORK/app-cdkgo" .)
(cd "$root/$example" && go build -o "$WORK/app-strata" .)

export CDK_CONTEXT_JSON="$(cat "$root/internal/cdkctx/cdk-init-context.json")"
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1
CDK_OUTDIR="$WORK/out-strata" "$WORK/app-strata"
CDK_OUTDIR="$WORK/out-cdkgo" "$WORK/app-cdkgo"
for t in "$WORK"/out-cdkgo/*.template.json; do
  cmp -s "$t" "$WORK/out-strata/$(basename "$t")" && echo "identical: $(basename "$t")" || echo "DIFFERENT: $(basename "$t")"
done
farm-bench -n 10 --timeout 600 \
  --vs "sh -c 'CDK_OUTDIR=$WORK/out-cdkgo $WORK/app-cdkgo'" \
  -- sh -c "CDK_OUTDIR=$WORK/out-strata $WORK/app-strata"
