import { expect, test } from "vitest";
import { PRECHECK_BUDGET_BYTES, bundleForBrowser } from "../../scripts/browser-bundle.js";

// `npm run size` measures the built entry in CI; this measures the source entry the same way, on every test run: the
// pre-check stays under 60 KB min+gzip and carries no zod (it checks its inputs by hand), only decimal.js and date-fns.
test("the browser pre-check is small and carries no zod", async () => {
  const bundle = await bundleForBrowser(new URL("../../src/precheck/index.ts", import.meta.url).pathname);
  expect(bundle.gzipBytes).toBeLessThan(PRECHECK_BUDGET_BYTES);
  const packages = bundle.inputs.map(([name]) => name).filter((name) => !name.startsWith("src/") && !name.startsWith("/"));
  expect(packages.every((name) => ["decimal.js", "date-fns"].includes(name)), packages.join(", ")).toBe(true);
});
