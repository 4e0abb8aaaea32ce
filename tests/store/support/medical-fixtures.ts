import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createAdjudicator, type Adjudicator } from "../../../src/index.js";

const root = new URL("../../../examples/medical/", import.meta.url).pathname;
const readJson = (path: string): any => JSON.parse(readFileSync(path, "utf8"));

/** The medical example's policy, with another id when given (a second policy, a family of the concurrency test). */
export function medicalPolicy(policyId?: string): any {
  const policy = readJson(join(root, "policy.json"));
  return policyId === undefined ? policy : { ...policy, id: policyId };
}

export function medicalRules(): any {
  return readJson(join(root, "rules.json"));
}

/** One adjudicator per policy id given (default: the example's own policy). */
export function medicalAdjudicators(...policyIds: string[]): Adjudicator[] {
  const rules = medicalRules();
  return (policyIds.length === 0 ? [undefined] : policyIds).map((policyId) => createAdjudicator({ policy: medicalPolicy(policyId), rules }));
}

/** An example claim by the start of its file name ("02" → 02-deductible-partly-reached.json), optionally on another policy. */
export function medicalClaim(prefix: string, policyId?: string): any {
  const file = readdirSync(join(root, "claims")).find((name) => name.startsWith(prefix));
  if (file === undefined) throw new Error(`no example claim ${prefix}`);
  const claim = readJson(join(root, "claims", file));
  delete claim.$schema;
  return policyId === undefined ? claim : { ...claim, policyId };
}
