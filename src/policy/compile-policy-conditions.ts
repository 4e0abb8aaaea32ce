import type { AnyCoverageKind } from "../coverage-kinds/coverage-kind-definition.js";
import type { Condition } from "../rules/condition-schema.js";
import { compileConditionEvaluator, type EvaluatedComparison, type FactValues } from "../rules/condition-evaluator.js";
import type { Policy } from "./policy-schema.js";

/** The policy's own conditions, evaluated on a claim: which document requirements apply, which coverage conditions held. */
export interface PolicyConditionResults {
  readonly requirementApplies: (requirementId: string) => boolean;
  /** A coverage's conditions that held (a fixed benefit's tiers), by the id the coverage gave them, with their evidence. */
  readonly heldBy: (coverageId: string) => ReadonlyMap<string, readonly EvaluatedComparison[]>;
}

export interface CompiledPolicyConditions {
  evaluate(facts: FactValues): Promise<PolicyConditionResults>;
}

/** A condition the policy holds, with its id among the policy's conditions and its JSON path. */
export interface PolicyConditionEntry {
  readonly id: string;
  readonly conditions: Condition;
  readonly path: readonly (string | number)[];
}

/** Every condition the policy holds: its document requirements' `when`, and each coverage's own (through its kind). */
export function policyConditionEntries(policy: Policy, kinds: readonly AnyCoverageKind[]): PolicyConditionEntry[] {
  const byKind = new Map(kinds.map((kind) => [kind.kind, kind]));
  const requirements = policy.documentRequirements.flatMap((requirement, i) =>
    requirement.when === undefined ? [] : [{ id: `requirement:${requirement.id}`, conditions: requirement.when, path: ["policy", "documentRequirements", i, "when"] }],
  );
  const coverages = policy.coverages.flatMap((coverage, i) =>
    (byKind.get(coverage.kind)?.conditions?.(coverage) ?? []).map((entry) => ({ id: `coverage:${coverage.id}/${entry.id}`, conditions: entry.conditions, path: ["policy", "coverages", i, ...entry.path] })),
  );
  return [...requirements, ...coverages];
}

/** Compiles all of the policy's conditions into one evaluator: one evaluation per claim for all of them. */
export function compilePolicyConditions(entries: readonly PolicyConditionEntry[]): CompiledPolicyConditions {
  const evaluator = compileConditionEvaluator(entries.map(({ id, conditions }) => ({ id, conditions })));
  return {
    async evaluate(facts) {
      const held = new Map(evaluator.held(facts).map((outcome) => [outcome.id, outcome.evidence]));
      return {
        requirementApplies: (requirementId) => held.has(`requirement:${requirementId}`),
        heldBy: (coverageId) => {
          const prefix = `coverage:${coverageId}/`;
          return new Map([...held].filter(([id]) => id.startsWith(prefix)).map(([id, evidence]) => [id.slice(prefix.length), evidence]));
        },
      };
    },
  };
}
