import type { BillLine, Claim } from "../claim/claim-schema.js";
import type { JurisdictionProfile } from "../deadlines/jurisdiction-profile-schema.js";
import type { Counters } from "../ledger/counters-schema.js";
import type { ClaimPlace } from "../ledger/counters-view.js";
import type { Ledger } from "../ledger/ledger-schema.js";
import type { CompiledPolicy } from "../policy/compile-policy.js";
import type { LocalizedText } from "../values/primitives.js";
import type { Issue } from "../errors/adjudicator-error.js";

import type { FactType } from "../rules/fact-type.js";

export type { FactType };

/**
 * What a fact is derived from: the validated claim, the compiled policy, the policy's claim history and where the
 * claim sits in it, the counters the claim sees, the clocks.
 */
export interface FactContext {
  readonly claim: Claim;
  readonly policy: CompiledPolicy;
  /** Every coverage's counters as the claim sees them. */
  readonly counters: Counters;
  readonly ledger: Ledger;
  readonly place: ClaimPlace;
  readonly profile: JurisdictionProfile;
}

interface FactDefinitionBase {
  readonly name: string;
  readonly type: FactType;
  /** What the fact means, as a rule author reads it, in both languages. */
  readonly description: LocalizedText;
  /** For `object` facts: the fields a `path` such as `$.category` may reach, with their types. */
  readonly fields?: Readonly<Record<string, FactType>>;
  /** For facts that take one of a few values: those values (the lint finds comparisons that can never hold). */
  readonly values?: readonly string[];
  /**
   * What the policy must state for the fact to mean something (the insureds' birth dates for an age), checked at
   * `createAdjudicator` when a rule or condition reads the fact: issues with their paths, empty when all is there.
   */
  readonly checkPolicy?: (policy: CompiledPolicy) => readonly Issue[];
}

/** A fact every rule and requirement can use, derived once per claim. */
export interface ClaimFactDefinition extends FactDefinitionBase {
  readonly scope: "claim";
  /** Derives the fact's value from the claim, the policy and its history; pure. */
  readonly derive: (context: FactContext) => unknown;
}

/** A fact only rules with `scope: "item"` can use, derived once per bill line. */
export interface ItemFactDefinition extends FactDefinitionBase {
  readonly scope: "item";
  /** Derives the fact's value for one bill line; pure. */
  readonly derive: (context: FactContext, line: BillLine) => unknown;
}

/**
 * One fact, defined once: its name, type, meaning in zh and en, and how it is derived. The catalogue rules are
 * checked against, the derivation, the lint's knowledge of its values and the README's fact table all come from
 * these definitions; an integrator adds its own through `createAdjudicator({ facts })`.
 */
export type FactDefinition = ClaimFactDefinition | ItemFactDefinition;

/** Declares a fact (the identity, for the types). */
export function defineFact<Definition extends FactDefinition>(definition: Definition): Definition {
  return definition;
}
