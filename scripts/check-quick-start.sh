#!/usr/bin/env bash
# The README's Quick start as a new user runs it (after `npm run build`; `.ci/run` runs it): the package packed as npm
# would publish it, installed into a fresh project in a temporary folder with tsx, the Quick start pasted into
# `quick-start.ts` and run with `npx tsx`, as the README's Install section says. Its output must hold every line the
# block shows as printed (the comment after a `console.log(…);` and the comment lines aligned under it), in order.
# The CommonJS entry is required once as well. Nothing outside the temporary folder is written.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
if [[ ! -f dist/index.js || ! -f dist/index.cjs ]]; then
  echo "check-quick-start: dist/ is missing: run \`npm run build\` first" >&2
  exit 2
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tarball="$(npm pack --silent --pack-destination "$work" | tail -n 1)"
mkdir "$work/app"
cd "$work/app"
npm init -y > /dev/null
npm pkg set type=module
# The tsx this repository is tested with (the registry's copy, usually from npm's cache).
tsx_version="$(node -p 'require(process.argv[1]).version' "$repo/node_modules/tsx/package.json")"
# zod, the package's peer dependency, as the README's Install section says (the version this repository is tested with).
zod_version="$(node -p 'require(process.argv[1]).version' "$repo/node_modules/zod/package.json")"
npm install --no-audit --no-fund --prefer-offline --loglevel=error "$work/$tarball" "zod@$zod_version" "tsx@$tsx_version" > /dev/null

# The README's first TypeScript block after "## Quick start", and the lines it says it prints.
node --input-type=module - "$repo/README.md" "$repo/scripts/readme-printed-lines.mjs" <<'EOF'
import { readFileSync, writeFileSync } from "node:fs";
const lines = readFileSync(process.argv[2], "utf8").split("\n");
const heading = lines.indexOf("## Quick start");
if (heading < 0) throw new Error("README.md has no \"## Quick start\" heading");
const open = lines.indexOf("```ts", heading);
const close = lines.indexOf("```", open + 1);
if (open < 0 || close < 0) throw new Error("README.md: no ```ts block after \"## Quick start\"");
const code = lines.slice(open + 1, close);
const { printedLines } = await import(process.argv[3]);
const printed = printedLines(code.join("\n"));
if (printed.length === 0) throw new Error("README.md: the Quick start shows nothing it prints");
writeFileSync("quick-start.ts", `${code.join("\n")}\n`);
// The plain JavaScript the Install section describes: the same code without its one type annotation.
const js = code.join("\n").replace("const claim: unknown = ", "const claim = ");
if (js.includes(": unknown")) throw new Error("README.md: the Quick start has type annotations besides `const claim: unknown`; update the Install section and this script");
writeFileSync("quick-start.mjs", `${js}\n`);
writeFileSync("expected.txt", `${printed.join("\n")}\n`);
EOF

# The output of one run (stdout.txt, stderr.txt) against the lines the README shows.
check_output() {
node --input-type=module - <<'EOF' || status=1
import { readFileSync } from "node:fs";
const expected = readFileSync("expected.txt", "utf8").trimEnd().split("\n");
const printed = readFileSync("stdout.txt", "utf8").split("\n");
const stderr = readFileSync("stderr.txt", "utf8");
const seen = printed.filter((line) => expected.includes(line));
if (stderr !== "") console.error(`check-quick-start: the Quick start wrote to stderr:\n${stderr}`);
if (JSON.stringify(seen) !== JSON.stringify(expected)) {
  console.error(`check-quick-start: the Quick start printed\n${printed.join("\n")}\nwhere the README shows\n${expected.join("\n")}`);
  process.exit(1);
}
if (stderr !== "") process.exit(1);
EOF
}
for runner in "npx --no-install tsx quick-start.ts" "node quick-start.mjs"; do
  status=0
  $runner > stdout.txt 2> stderr.txt || status=$?
  check_output
  if [[ $status -ne 0 ]]; then
    echo "check-quick-start: the README's Quick start failed from the packed package with \`$runner\` (exit $status)" >&2
    cat stderr.txt >&2
    exit 1
  fi
done
# The CommonJS entry, required as a CommonJS project would.
node -e 'const { createAdjudicator, isValidationError } = require("claim-adjudicator"); if (typeof createAdjudicator !== "function" || typeof isValidationError !== "function") { console.error("check-quick-start: require(\"claim-adjudicator\") lacks createAdjudicator"); process.exit(1); }'
echo "check-quick-start: the Quick start ran from $tarball in a fresh project (npx tsx quick-start.ts, and node quick-start.mjs) and printed the $(wc -l < expected.txt) lines the README shows; require(\"claim-adjudicator\") works"
