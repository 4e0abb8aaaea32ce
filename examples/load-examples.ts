import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** One example claim with the decision date and the ledger it is adjudicated with. */
export interface ExampleCase {
  readonly file: string;
  readonly name: string;
  readonly claim: unknown;
  readonly asOf: string;
  readonly accumulators?: unknown;
  readonly expect: { readonly outcome: string; readonly payable: string } & Record<string, unknown>;
}

export interface ExampleProduct {
  readonly product: string;
  readonly policy: unknown;
  readonly rules: unknown;
  readonly cases: readonly ExampleCase[];
}

const examplesDir = dirname(fileURLToPath(import.meta.url));
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

/**
 * Reads examples/<product>/{policy.json, rules.json, cases/*.json} for every folder that holds a policy;
 * a case names its claim file relative to itself.
 */
export function loadExamples(): ExampleProduct[] {
  return readdirSync(examplesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(examplesDir, entry.name, "policy.json")))
    .map((entry) => entry.name)
    .sort()
    .map((product) => {
      const dir = join(examplesDir, product);
      const casesDir = join(dir, "cases");
      const cases = readdirSync(casesDir)
        .filter((file) => file.endsWith(".json"))
        .sort()
        .map((file) => {
          const raw = readJson(join(casesDir, file)) as Omit<ExampleCase, "file" | "claim"> & { claim: string };
          return { ...raw, file: `${product}/cases/${file}`, claim: readJson(resolve(casesDir, raw.claim)) };
        });
      return { product, policy: readJson(join(dir, "policy.json")), rules: readJson(join(dir, "rules.json")), cases };
    });
}
