#!/bin/sh
# Regenerates flags.json: aws-cdk-lib 2.276.0's feature flags (name, recommended
# value, summary, how an unconfigured flag behaves in v2), in its own order,
# without the flags expired in v2. Needs node and the aws-cdk-lib the parity
# harness installs (parity/regen.sh); go test doesn't.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
lib=${STRATA_PARITY_NODE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/strata-parity/aws-cdk-lib-2.276.0}/node_modules/aws-cdk-lib
node -e '
const f = require(process.argv[1] + "/cx-api/lib/features");
const out = [];
for (const [name, info] of Object.entries(f.FLAGS)) {
  if (f.CURRENT_VERSION_EXPIRED_FLAGS.includes(name)) continue;
  const e = { name, recommendedValue: info.recommendedValue, summary: info.summary };
  const v2 = info.unconfiguredBehavesLike && info.unconfiguredBehavesLike[f.CURRENT_MV];
  if (v2) e.v2 = v2;
  out.push(e);
}
process.stdout.write(JSON.stringify(out, null, 1) + "\n");
' "$lib" > "$here/flags.json"
