import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createAdjudicator } from "../../src/index.js";
import type { ClaimToAdjudicate } from "../../src/many/index.js";
import { caseFileTests } from "../../src/testing/index.js";

/** The medical example's policy and rules, its adjudicator, and its cases as claims with their options: what the pool's tests send. */
const folder = fileURLToPath(new URL("../../examples/medical/", import.meta.url));
const readJson = (file: string): unknown => JSON.parse(readFileSync(folder + file, "utf8"));
export const config = { policy: readJson("policy.json"), rules: readJson("rules.json") };
export const adjudicator = createAdjudicator(config);
export const cases = caseFileTests(`${folder}cases`);
export const examples: ClaimToAdjudicate[] = cases.map((entry) => ({
  claim: entry.claim,
  options: { asOf: entry.asOf, ...(entry.accumulators !== undefined ? { accumulators: entry.accumulators as never } : {}) },
}));
/** A claim that is not valid (another policy's): its result says why, and the stream goes on. */
export const invalid: ClaimToAdjudicate = { claim: { ...(examples[0]?.claim as object), policyId: "P-OTHER" }, options: examples[0]?.options as ClaimToAdjudicate["options"] };
