import type { Issue } from "../errors/adjudicator-error.js";
import { checkConditions } from "../facts/check-conditions.js";
import { LIBRARY_FACTS, type FactRegistry } from "../facts/fact-registry.js";
import type { PolicyConditionEntry } from "../policy/compile-policy-conditions.js";

/** Checks every condition the policy holds against the facts, before any claim arrives. */
export function checkPolicyConditions(entries: readonly PolicyConditionEntry[], facts: FactRegistry = LIBRARY_FACTS): Issue[] {
  return entries.flatMap((entry) => checkConditions(entry.conditions, "claim", entry.path, facts));
}
