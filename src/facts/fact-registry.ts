import type { BillLine } from "../claim/claim-schema.js";
import type { Issue } from "../errors/adjudicator-error.js";
import type { FactValues } from "../rules/condition-evaluator.js";
import type { FactContext, FactDefinition } from "./fact-definition.js";
import { FACT_CATALOGUE } from "./library-facts.js";

/** The facts an adjudicator knows: the library's and an integrator's, found by name, derived on demand. */
export interface FactRegistry {
  readonly facts: readonly FactDefinition[];
  find(name: string): FactDefinition | undefined;
}

/**
 * The registry of the library's facts and any others. An integrator's fact may not take a library fact's name.
 *
 * @throws nothing: problems are returned as issues under `facts[i]`.
 */
export function buildFactRegistry(extra: readonly FactDefinition[] = []): { registry: FactRegistry; issues: Issue[] } {
  const byName = new Map<string, FactDefinition>();
  const issues: Issue[] = [];
  for (const fact of FACT_CATALOGUE) byName.set(fact.name, fact);
  extra.forEach((fact, i) => {
    if (byName.has(fact.name)) issues.push({ code: "duplicate_id", path: ["facts", i, "name"], message: `fact "${fact.name}" is already defined${FACT_CATALOGUE.some((known) => known.name === fact.name) ? " by the library" : ""}; give yours another name` });
    else byName.set(fact.name, fact);
  });
  const facts = [...byName.values()];
  return { registry: { facts, find: (name) => byName.get(name) }, issues };
}

/** The library's facts. */
export const LIBRARY_FACTS: FactRegistry = buildFactRegistry().registry;

/** The claim facts, derived once per claim: only those named in `needed` when given (the rest are never read). */
export function deriveClaimFacts(registry: FactRegistry, context: FactContext, needed?: ReadonlySet<string>): FactValues {
  const values: Record<string, unknown> = {};
  for (const fact of registry.facts) {
    if (fact.scope !== "claim" || (needed !== undefined && !needed.has(fact.name))) continue;
    values[fact.name] = fact.derive(context);
  }
  return values;
}

/** Facts of a rule with `scope: "item"`: the claim's facts plus those of the line it looks at. */
export function deriveLineFacts(registry: FactRegistry, claimFacts: FactValues, context: FactContext, line: BillLine, needed?: ReadonlySet<string>): FactValues {
  const values: Record<string, unknown> = { ...claimFacts };
  for (const fact of registry.facts) {
    if (fact.scope !== "item" || (needed !== undefined && !needed.has(fact.name))) continue;
    values[fact.name] = fact.derive(context, line);
  }
  return values;
}
