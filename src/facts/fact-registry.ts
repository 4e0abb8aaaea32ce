import type { BillLine } from "../claim/claim-schema.js";
import type { Issue } from "../errors/adjudicator-error.js";
import type { FactValues } from "../rules/condition-evaluator.js";
import type { ClaimFactDefinition, FactContext, FactDefinition, ItemFactDefinition } from "./fact-definition.js";
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

/** The facts of each scope a set of needed names asks for, in the registry's order. */
interface ScopedFacts {
  readonly claim: readonly ClaimFactDefinition[];
  readonly item: readonly ItemFactDefinition[];
  /** The size of the set of needed names they were worked out for. */
  readonly size: number;
}

/** Every fact, when no set of needed names is given. */
const ALL = new Set<string>();
/** The scoped lists, worked out once per registry's facts and set of needed names (both fixed by `createAdjudicator`). */
const SCOPED = new WeakMap<readonly FactDefinition[], WeakMap<ReadonlySet<string>, ScopedFacts>>();

function scopedFacts(registry: FactRegistry, needed: ReadonlySet<string> | undefined): ScopedFacts {
  let byNeeded = SCOPED.get(registry.facts);
  if (byNeeded === undefined) {
    byNeeded = new WeakMap();
    SCOPED.set(registry.facts, byNeeded);
  }
  const key = needed ?? ALL;
  const cached = byNeeded.get(key);
  // The sets come from `createAdjudicator` and never change after it (this module is internal); the size is a cheap guard.
  if (cached !== undefined && cached.size === key.size) return cached;
  const wanted = (fact: FactDefinition) => needed === undefined || needed.has(fact.name);
  const scoped = { claim: registry.facts.filter((fact): fact is ClaimFactDefinition => fact.scope === "claim" && wanted(fact)), item: registry.facts.filter((fact): fact is ItemFactDefinition => fact.scope === "item" && wanted(fact)), size: key.size };
  byNeeded.set(key, scoped);
  return scoped;
}

/** The claim facts, derived once per claim: only those named in `needed` when given (the rest are never read). */
export function deriveClaimFacts(registry: FactRegistry, context: FactContext, needed?: ReadonlySet<string>): FactValues {
  const values: Record<string, unknown> = {};
  for (const fact of scopedFacts(registry, needed).claim) values[fact.name] = fact.derive(context);
  return values;
}

/** Facts of a rule with `scope: "item"`: the claim's facts plus those of the line it looks at. */
export function deriveLineFacts(registry: FactRegistry, claimFacts: FactValues, context: FactContext, line: BillLine, needed?: ReadonlySet<string>): FactValues {
  const values: Record<string, unknown> = { ...claimFacts };
  for (const fact of scopedFacts(registry, needed).item) values[fact.name] = fact.derive(context, line);
  return values;
}
