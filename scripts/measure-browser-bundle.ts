// `npm run size` (after `npm run build`): what the pre-check weighs in a browser. It bundles the built
// `dist/precheck.js` (the file `claim-adjudicator/precheck` resolves to) with esbuild for the browser platform,
// minified, and gzips it; it fails above 60 KB, or if zod reached the bundle. It prints the whole package's entry
// (`dist/index.js`) beside it, for scale. Without a build (`--source`), it bundles src/precheck/index.ts instead.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PRECHECK_BUDGET_BYTES, bundleForBrowser, kilobytes } from "./browser-bundle.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const fromSource = process.argv.includes("--source");
const entry = fromSource ? `${root}src/precheck/index.ts` : `${root}dist/precheck.js`;
if (!existsSync(entry)) {
  console.error(`${entry} does not exist: run \`npm run build\` first (or \`npm run size -- --source\`)`);
  process.exit(2);
}

const precheck = await bundleForBrowser(entry);
const packages = precheck.inputs.filter(([name]) => !name.startsWith(root) && !name.startsWith("src/") && !name.startsWith("dist/"));
console.log(`claim-adjudicator/precheck in a browser: ${kilobytes(precheck.gzipBytes)} min+gzip (${kilobytes(precheck.minifiedBytes)} minified), budget ${kilobytes(PRECHECK_BUDGET_BYTES)}`);
console.log(`  packages in it: ${packages.map(([name, bytes]) => `${name} ${kilobytes(bytes)}`).join(", ") || "none"} (minified, before gzip)`);
const whole = fromSource ? `${root}src/index.ts` : `${root}dist/index.js`;
const core = await bundleForBrowser(whole);
console.log(`  for scale, claim-adjudicator (the core entry): ${kilobytes(core.gzipBytes)} min+gzip`);

const problems = [
  ...(precheck.gzipBytes > PRECHECK_BUDGET_BYTES ? [`the pre-check weighs ${kilobytes(precheck.gzipBytes)} min+gzip, above its budget of ${kilobytes(PRECHECK_BUDGET_BYTES)}`] : []),
  ...(precheck.inputs.some(([name]) => name === "zod") ? ["zod reached the pre-check's bundle: something it imports builds a zod schema at load time"] : []),
];
for (const problem of problems) console.error(`FAIL: ${problem}`);
process.exit(problems.length > 0 ? 1 : 0);
