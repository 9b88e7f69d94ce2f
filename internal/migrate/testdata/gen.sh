#!/bin/sh
# Regenerates cdkinit/: the project `cdk init app --language=go` writes
# (aws-cdk CLI 2.1148.1), named myapp. Needs Node and npm; go test doesn't.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/myapp"
(cd "$tmp/myapp" && npx -y aws-cdk@2.1148.1 init app --language=go --generate-only >/dev/null)
rm -rf "$here/cdkinit"
mkdir "$here/cdkinit"
for f in go.mod cdk.json myapp.go myapp_test.go; do
	cp "$tmp/myapp/$f" "$here/cdkinit/$f"
done
