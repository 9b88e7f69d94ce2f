#!/bin/sh
# Regenerates awscdk/testdata/expected/* and asset-hashes.json from the
# JavaScript twins in this directory, run on aws-cdk-lib 2.276.0.
#   CDK_MODULES=/path/to/node_modules (holding aws-cdk-lib@2.276.0) ./regen.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
testdata=$(dirname "$here")
modules=${CDK_MODULES:-/tmp/cdk/node_modules}
export NODE_PATH="$modules"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for twin in "$here"/*.js; do
  name=$(basename "$twin" .js)
  out="$work/$name"
  CDK_OUTDIR="$out" node "$twin" "$testdata/assets" > "$work/$name.stdout"
  dest="$testdata/expected/$name"
  rm -rf "$dest" && mkdir -p "$dest"
  for f in "$out"/*.template.json "$out"/*.assets.json; do
    [ -e "$f" ] && cp "$f" "$dest/"
  done
  # synthesizers.js is about the stack artifacts: keep its manifest.
  if [ "$name" = synthesizers ]; then cp "$out/manifest.json" "$dest/"; fi
  # annotations.js is about the messages: keep each path's warnings, infos and errors.
  if [ "$name" = annotations ]; then
    node -e '
      const m = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
      const out = {};
      for (const [p, es] of Object.entries(m)) {
        const msgs = es.filter(e => /^aws:cdk:(warning|info|error)$/.test(e.type));
        if (msgs.length) out[p] = msgs;
      }
      console.log(JSON.stringify(out, null, 2));' "$out/Annotated.metadata.json" > "$dest/messages.json"
  fi
  # The manifest's "missing" list (context lookups), when there is one.
  node -e '
    const m = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    if (m.missing) console.log(JSON.stringify(m.missing, null, 2));' "$out/manifest.json" > "$work/missing.json"
  [ -s "$work/missing.json" ] && cp "$work/missing.json" "$dest/missing.json"
  if [ "$name" = assets ]; then
    node -e '
      const o = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
      o.source = "awscdk/testdata/twins/assets.js run with node 20 against aws-cdk-lib 2.276.0 (regen.sh)";
      console.log(JSON.stringify(o, null, 2));' "$work/$name.stdout" > "$testdata/asset-hashes.json"
  fi
done
echo "expectations written to $testdata/expected"
