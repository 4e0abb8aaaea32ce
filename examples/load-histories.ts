import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { RevisionRequest } from "../src/index.js";

/** One step of a claim history: a claim decided as of a date, against the ledger the step before left. */
export interface HistoryStep {
  readonly file: string;
  readonly claim: unknown;
  readonly asOf: string;
  readonly revision?: RevisionRequest;
}

/** A product's claims decided one after the other on one policy (examples/<product>/history/history.json). */
export interface ExampleHistory {
  readonly product: string;
  readonly name: { readonly zh: string; readonly en: string };
  readonly policy: unknown;
  readonly rules: unknown;
  readonly steps: readonly HistoryStep[];
}

const examplesDir = dirname(fileURLToPath(import.meta.url));
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

/** Reads every examples/<product>/history/history.json. */
export function loadHistories(): ExampleHistory[] {
  return readdirSync(examplesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(examplesDir, entry.name, "history", "history.json")))
    .map((entry) => entry.name)
    .sort()
    .map((product) => {
      const dir = join(examplesDir, product);
      const history = readJson(join(dir, "history", "history.json")) as { name: ExampleHistory["name"]; steps: { claim: string; asOf: string; revision?: RevisionRequest }[] };
      const steps = history.steps.map((step) => ({
        file: `${product}/history/${step.claim}`,
        claim: readJson(join(dir, "history", step.claim)),
        asOf: step.asOf,
        ...(step.revision === undefined ? {} : { revision: step.revision }),
      }));
      return { product, name: history.name, policy: readJson(join(dir, "policy.json")), rules: readJson(join(dir, "rules.json")), steps };
    });
}
