#!/usr/bin/env bash
# Regenerates the parity expectations, parity/cases/<case>/expected/{app,cli}/, by running
# each case's JavaScript twin (twin/app.js) on aws-cdk-lib 2.276.0 with node. This script
# is the only source of those files: never edit them by hand.
#
#   parity/regen.sh                 regenerate every case
#   parity/regen.sh core            regenerate the named cases
#   parity/regen.sh --check [case]  regenerate into a temp dir and diff with the committed files
#
# Needs node and npm. aws-cdk-lib and constructs are installed, at the versions pinned below,
# into a cache directory ($STRATA_PARITY_NODE_DIR, default ~/.cache/strata-parity/...);
# set STRATA_PARITY_NODE_DIR to a directory whose node_modules already holds them to skip
# the install.
#
# Each twin runs twice, with the case directory as working directory, CDK_OUTDIR set to a
# fresh directory and CDK_CONTEXT_JSON set to:
#   app  the feature flags `cdk init app --language=go` writes (internal/cdkctx/cdk-init-context.json)
#   cli  those flags merged with the keys the CDK CLI adds (internal/cdkctx/cli-context.json)
# Only manifest.json, *.template.json and *.assets.json are kept (nested assemblies
# included, staged assets excluded); tree.json, *.metadata.json (stack traces with local
# paths) and validation-report.json are dropped.
set -euo pipefail

CDK_LIB_VERSION=2.276.0
CONSTRUCTS_VERSION=10.8.1

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
ctxdir="$root/internal/cdkctx"

check=0
cases=()
for arg in "$@"; do
  case "$arg" in
    --check) check=1 ;;
    -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "regen.sh: unknown flag $arg" >&2; exit 2 ;;
    *) cases+=("$arg") ;;
  esac
done
if [ ${#cases[@]} -eq 0 ]; then
  for d in "$here"/cases/*/; do
    [ -f "$d/twin/app.js" ] && cases+=("$(basename "$d")")
  done
fi

for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "regen.sh: $tool is not on PATH" >&2; exit 1; }
done

# --- aws-cdk-lib, installed once into a cache directory -----------------------------------
nodedir=${STRATA_PARITY_NODE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/strata-parity/aws-cdk-lib-$CDK_LIB_VERSION}
installed_version() {
  node -p "require('$1/node_modules/$2/package.json').version" 2>/dev/null || true
}
if [ "$(installed_version "$nodedir" aws-cdk-lib)" != "$CDK_LIB_VERSION" ] ||
   [ "$(installed_version "$nodedir" constructs)" != "$CONSTRUCTS_VERSION" ] ||
   { [ -z "${STRATA_PARITY_NODE_DIR:-}" ] && ! cmp -s "$here/node/package-lock.json" "$nodedir/package-lock.json"; }; then
  if [ -n "${STRATA_PARITY_NODE_DIR:-}" ] && [ -d "$nodedir/node_modules/aws-cdk-lib" ]; then
    echo "regen.sh: $nodedir/node_modules holds aws-cdk-lib $(installed_version "$nodedir" aws-cdk-lib)" \
         "and constructs $(installed_version "$nodedir" constructs);" \
         "want $CDK_LIB_VERSION and $CONSTRUCTS_VERSION" >&2
    exit 1
  fi
  echo "installing aws-cdk-lib@$CDK_LIB_VERSION constructs@$CONSTRUCTS_VERSION into $nodedir (npm ci, parity/node/package-lock.json)" >&2
  mkdir -p "$nodedir"
  # The whole dependency tree is pinned by the committed lockfile, so every
  # regeneration runs the same aws-cdk-lib and constructs, byte for byte.
  cp "$here/node/package.json" "$here/node/package-lock.json" "$nodedir/"
  (cd "$nodedir" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
node_modules="$nodedir/node_modules"

# --- the two contexts -----------------------------------------------------------------------
app_context=$(cat "$ctxdir/cdk-init-context.json")
cli_context=$(node -e '
  const fs = require("fs");
  const init = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  const cli = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  process.stdout.write(JSON.stringify({ ...init, ...cli }));
' "$ctxdir/cdk-init-context.json" "$ctxdir/cli-context.json")

work=$(mktemp -d "${TMPDIR:-/tmp}/strata-parity.XXXXXX")
trap 'rm -rf "$work"' EXIT

# keep_assembly SRC DEST copies the files the harness compares from assembly SRC to DEST.
keep_assembly() {
  local src=$1 dest=$2 f
  rm -rf "$dest"
  mkdir -p "$dest"
  (cd "$src" && find . -type d -name 'asset.*' -prune -o -type f \
      \( -name manifest.json -o -name '*.template.json' -o -name '*.assets.json' \) -print) |
    LC_ALL=C sort |
    while IFS= read -r f; do
      mkdir -p "$dest/$(dirname "$f")"
      cp "$src/$f" "$dest/$f"
    done
}

status=0
for name in "${cases[@]}"; do
  casedir="$here/cases/$name"
  if [ ! -f "$casedir/twin/app.js" ]; then
    echo "regen.sh: $casedir/twin/app.js does not exist" >&2
    exit 1
  fi
  for mode in app cli; do
    if [ "$mode" = app ]; then context=$app_context; else context=$cli_context; fi
    out="$work/$name/$mode/cdk.out"
    mkdir -p "$(dirname "$out")"
    start=$(date +%s)
    progdir=$casedir
    [ -f "$casedir/program" ] && progdir="$root/$(tr -d '[:space:]' < "$casedir/program")"
    if ! (cd "$progdir" && env -i PATH="$PATH" HOME="$HOME" TMPDIR="${TMPDIR:-/tmp}" \
          NODE_PATH="$node_modules" CDK_OUTDIR="$out" CDK_CONTEXT_JSON="$context" \
          node "$casedir/twin/app.js") > "$work/$name/$mode/log" 2>&1; then
      echo "regen.sh: $name/$mode: the twin failed:" >&2
      cut -c1-400 "$work/$name/$mode/log" | tail -n 40 >&2
      exit 1
    fi
    if [ "$check" = 1 ]; then
      keep_assembly "$out" "$work/$name/expected/$mode"
      if diff -r "$casedir/expected/$mode" "$work/$name/expected/$mode" >&2; then
        echo "$name/$mode: up to date ($(( $(date +%s) - start ))s)"
      else
        echo "$name/$mode: expectations are stale; run parity/regen.sh $name" >&2
        status=1
      fi
    else
      keep_assembly "$out" "$casedir/expected/$mode"
      echo "$name/$mode: $(cd "$casedir/expected/$mode" && find . -name '*.template.json' | wc -l) templates ($(( $(date +%s) - start ))s)"
    fi
  done
done
exit $status
