import type { Issue } from "../errors/adjudicator-error.js";
import { checkConditions } from "../facts/check-conditions.js";
import { compileConditionEvaluator, type ConditionEntry, type EvaluatedComparison, type FactValues } from "../rules/condition-evaluator.js";
import type { Policy } from "./policy-schema.js";

/** The policy's own conditions, evaluated on a claim: which document requirements apply, which benefit tiers occurred. */
export interface PolicyConditionResults {
  readonly requirementApplies: (requirementId: string) => boolean;
  /** Tiers of fixed-benefit coverages whose `when` held, with their evidence. */
  readonly heldBenefits: (coverageId: string) => ReadonlyMap<string, readonly EvaluatedComparison[]>;
}

export interface CompiledPolicyConditions {
  evaluate(facts: FactValues): Promise<PolicyConditionResults>;
}

function entriesOf(policy: Policy): (ConditionEntry & { readonly path: readonly (string | number)[] })[] {
  const requirements = policy.documentRequirements.flatMap((requirement, i) =>
    requirement.when === undefined ? [] : [{ id: `requirement:${requirement.id}`, conditions: requirement.when, path: ["policy", "documentRequirements", i, "when"] }],
  );
  const benefits = policy.coverages.flatMap((coverage, i) =>
    coverage.kind !== "fixed" ? [] : coverage.benefits.map((benefit, j) => ({ id: `benefit:${coverage.id}/${benefit.id}`, conditions: benefit.when, path: ["policy", "coverages", i, "benefits", j, "when"] })),
  );
  return [...requirements, ...benefits];
}

/** Checks every condition the policy holds against the fact catalogue, before any claim arrives. */
export function checkPolicyConditions(policy: Policy): Issue[] {
  return entriesOf(policy).flatMap((entry) => checkConditions(entry.conditions, "claim", entry.path));
}

/** Compiles all of the policy's conditions into one evaluator: one almanac per claim for all of them. */
export function compilePolicyConditions(policy: Policy): CompiledPolicyConditions {
  const evaluator = compileConditionEvaluator(entriesOf(policy).map(({ id, conditions }) => ({ id, conditions })));
  return {
    async evaluate(facts) {
      const held = new Map(evaluator.held(facts).map((outcome) => [outcome.id, outcome.evidence]));
      return {
        requirementApplies: (requirementId) => held.has(`requirement:${requirementId}`),
        heldBenefits: (coverageId) => {
          const prefix = `benefit:${coverageId}/`;
          return new Map([...held].filter(([id]) => id.startsWith(prefix)).map(([id, evidence]) => [id.slice(prefix.length), evidence]));
        },
      };
    },
  };
}
