import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { caseFileTests, type TestCase } from "../src/testing/index.js";

/** One example product: its policy, rule set and case files (read like `claim-adjudicator test` reads them). */
export interface ExampleProduct {
  readonly product: string;
  readonly policy: unknown;
  readonly rules: unknown;
  readonly cases: readonly (TestCase & { readonly file: string })[];
}

const examplesDir = dirname(fileURLToPath(import.meta.url));
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

/** Reads examples/<product>/{policy.json, rules.json, cases/} for every folder that holds a policy. */
export function loadExamples(): ExampleProduct[] {
  return readdirSync(examplesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(examplesDir, entry.name, "policy.json")))
    .map((entry) => entry.name)
    .sort()
    .map((product) => {
      const dir = join(examplesDir, product);
      const cases = caseFileTests(join(dir, "cases")).map((entry) => ({ ...entry, file: relative(examplesDir, entry.file ?? entry.name) }));
      return { product, policy: readJson(join(dir, "policy.json")), rules: readJson(join(dir, "rules.json")), cases };
    });
}
