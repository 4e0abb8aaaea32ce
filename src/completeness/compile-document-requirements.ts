import type { Issue } from "../errors/adjudicator-error.js";
import type { CompiledPolicy } from "../policies/compile-policy.js";
import { checkConditions } from "../rules/check-conditions.js";
import { compileConditionEvaluator, type ConditionEvaluator } from "../rules/condition-evaluator.js";
import type { DocumentRequirement } from "../schemas/policy-schema.js";

export interface CompiledDocumentRequirements {
  readonly requirements: readonly DocumentRequirement[];
  /** Evaluates the `when` conditions of the conditional requirements, keyed by requirement id. */
  readonly conditions: ConditionEvaluator;
}

export function checkDocumentRequirements(policy: CompiledPolicy): Issue[] {
  return policy.source.documentRequirements.flatMap((requirement, i) =>
    requirement.when === undefined ? [] : checkConditions(requirement.when, "claim", ["policy", "documentRequirements", i, "when"]),
  );
}

export function compileDocumentRequirements(policy: CompiledPolicy): CompiledDocumentRequirements {
  const requirements = policy.source.documentRequirements;
  return {
    requirements,
    conditions: compileConditionEvaluator(
      requirements.flatMap((requirement) => (requirement.when === undefined ? [] : [{ id: requirement.id, conditions: requirement.when }])),
    ),
  };
}
