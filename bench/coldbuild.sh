#!/usr/bin/env bash
# coldbuild.sh measures issue 13's cold-build ratio: with an empty GOCACHE it
# builds a program that blank-imports only the standard packages hello-sqs
# depends on, then examples/hello-sqs on top of that cache, and prints the
# wall/user/sys time of each and the ratio (total cpu / std-only cpu).
#
#	bench/coldbuild.sh            ratio only
#	bench/coldbuild.sh -actions   also per-package compile times (top 25)
#	bench/coldbuild.sh -cdkgo     also the same program on aws-cdk-go v2.270.0
#	                              (a throw-away module; never a dependency)
#	                              built on top of the same std cache
#
# Each run keeps both cores busy for about a minute: run it sparingly.
# CPU time inflates when the machine is loaded, the std-only build's more
# than hello-sqs's, so compare ratios from runs under similar load.
#
# 2026-12-06, go1.26.8, 2 cores shared (load in brackets):
#	before (c14dd2fc)        std 32.9 s + hello-sqs 78.6 s cpu = 3.39x (load 1)
#	cfnvalidate as data +    std 42.3 s + hello-sqs 80.2 s cpu = 2.89x (load 30)
#	  l1base wrappers
#	+ awscdk's own L1s       std 40.6 s + hello-sqs 66.3 s cpu = 2.63x (load 14)
# 2026-12-07, main at 2d4507a1:
#	quiet (load 0.2)         std 32.1 s + hello-sqs 62.5 s cpu = 2.95x
#	-cdkgo (load 30)         std 37.6 s + hello-sqs 65.8 s cpu = 2.75x;
#	                         aws-cdk-go's hello-sqs 89.3 s cpu = 3.37x
set -euo pipefail

cd "$(dirname "$0")/.."
root=$PWD
actions=0 cdkgo=0
for a in "$@"; do
	case $a in
	-actions) actions=1 ;;
	-cdkgo) cdkgo=1 ;;
	*) echo "usage: $0 [-actions] [-cdkgo]" >&2; exit 2 ;;
	esac
done

tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
export GOCACHE=$tmp/cache GOFLAGS=-buildvcs=false

# The std-only program: every standard package in hello-sqs's dependency
# graph, blank-imported, so it compiles the same standard library.
mkdir -p "$tmp/std"
{
	echo 'package main'
	echo 'import ('
	go list -deps ./examples/hello-sqs | grep -v '\.' | grep -v '^internal/\|/internal/\|^vendor/\|^unsafe$\|^runtime/cgo$' |
		grep -v '^github' | sed 's/.*/\t_ "&"/'
	echo ')'
	echo 'func main() {}'
} >"$tmp/std/main.go"
printf 'module stdonly\n\ngo 1.26\n' >"$tmp/std/go.mod"
nstd=$(grep -c '_ "' "$tmp/std/main.go")

# measure LABEL DIR ARGS... prints "wall user sys" seconds of one go build.
measure() {
	local label=$1 dir=$2
	shift 2
	local t=$tmp/time.$label
	(cd "$dir" && /usr/bin/time -f '%e %U %S' -o "$t" go build -o /dev/null "$@" .)
	read -r wall user sys <"$t"
	printf '%-10s wall %6.1f s  user %6.1f s  sys %5.1f s  cpu %6.1f s\n' "$label" "$wall" "$user" "$sys" \
		"$(echo "$user + $sys" | bc)"
	echo "$user + $sys" | bc >"$t.cpu"
}

echo "cold build, GOCACHE=$tmp/cache, $(go version | cut -d' ' -f3), load $(cut -d' ' -f1-3 /proc/loadavg)"
measure std "$tmp/std"
if [ $actions = 1 ]; then
	measure hello-sqs "$root/examples/hello-sqs" -debug-actiongraph="$tmp/actions.json"
else
	measure hello-sqs "$root/examples/hello-sqs"
fi
std=$(cat "$tmp/time.std.cpu")
app=$(cat "$tmp/time.hello-sqs.cpu")
echo "std-only program: $nstd std packages"
printf 'ratio (std cpu + hello-sqs cpu) / std cpu = (%s + %s) / %s = %.2f\n' "$std" "$app" "$std" \
	"$(echo "($std + $app) / $std" | bc -l)"

if [ $cdkgo = 1 ]; then
	# hello-sqs with aws-cdk-go's import paths. Its std packages are a subset
	# of the std-only program's, already in the cache, so this measures the
	# CDK packages the same API makes a program compile.
	mkdir -p "$tmp/cdkgo"
	sed -e 's#github.com/strata-cdk/strata/awscdk#github.com/aws/aws-cdk-go/awscdk/v2#' \
		-e 's#github.com/strata-cdk/strata/constructs#github.com/aws/constructs-go/constructs/v10#' \
		-e 's#github.com/strata-cdk/strata/jsii#github.com/aws/jsii-runtime-go#' \
		"$root/examples/hello-sqs/hello-sqs.go" >"$tmp/cdkgo/main.go"
	(cd "$tmp/cdkgo" && printf 'module cdkgo\n\ngo 1.24\n' >go.mod &&
		go get github.com/aws/aws-cdk-go/awscdk/v2@v2.270.0 github.com/aws/constructs-go/constructs/v10@v10.6.0 \
			github.com/aws/jsii-runtime-go@v1.139.0 >/dev/null 2>&1 && go mod tidy >/dev/null 2>&1)
	measure aws-cdk-go "$tmp/cdkgo"
	cg=$(cat "$tmp/time.aws-cdk-go.cpu")
	printf 'aws-cdk-go: (std cpu + its cpu) / std cpu = (%s + %s) / %s = %.2f\n' "$std" "$cg" "$std" \
		"$(echo "($std + $cg) / $std" | bc -l)"
fi

if [ $actions = 1 ]; then
	echo "per-package compile (wall seconds of each build action, top 25):"
	python3 - "$tmp/actions.json" <<'PY'
import json, sys
from datetime import datetime
acts = json.load(open(sys.argv[1]))
def ts(s):
    # RFC 3339 with nanoseconds; trim to microseconds for datetime
    s = s.replace('Z', '+00:00')
    head, _, tz = s.partition('+')
    if '.' in head:
        a, b = head.split('.')
        head = a + '.' + b[:6]
    return datetime.fromisoformat(head + '+' + tz)
rows = []
for a in acts:
    if a.get('Mode') != 'build' or not a.get('TimeStart') or not a.get('TimeDone'):
        continue
    d = (ts(a['TimeDone']) - ts(a['TimeStart'])).total_seconds()
    rows.append((d, a.get('Package', '')))
rows.sort(reverse=True)
for d, p in rows[:25]:
    print(f"  {d:7.1f}  {p}")
PY
fi
