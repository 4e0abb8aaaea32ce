import type { Decision } from "../decision/decision-schema.js";
import { z } from "zod";
import type { AnyCoverageKind } from "../coverage-kinds/coverage-kind-definition.js";
import { ClauseSchema, type Policy } from "../policy/policy-schema.js";
import { checkDecisionToRead } from "./read-decision.js";
import type { LocalizedText } from "../values/primitives.js";

/** A clause as the policy words it. */
export interface QuotedClause {
  readonly id: string;
  readonly title: LocalizedText;
  readonly text: LocalizedText;
}

/**
 * What a claimant is owed on request about an automated decision (PIPL art. 24): the outcome and amount, every
 * reason with the clause quoted, the evidence of every rule that fired, and the calculation, step by step.
 */
export interface DecisionExplanation {
  readonly decisionId: string;
  readonly claimId: string;
  readonly outcome: Decision["outcome"];
  readonly payable: string;
  readonly currency: string;
  readonly automation: Decision["automation"];
  readonly reasons: readonly (Decision["reasons"][number] & { readonly clause: QuotedClause | undefined })[];
  readonly rules: readonly { readonly ruleId: string; readonly eventType: string; readonly reasonCode: string; readonly clause: QuotedClause | undefined; readonly evidence: Decision["triggeredRules"][number]["evidence"] }[];
  readonly calculation: Decision["calculation"];
  readonly rights: LocalizedText;
}

const RIGHTS: LocalizedText = {
  en: "This decision was made by automated means. You may ask us to explain it and to have a person review it, and you may refuse a decision made solely by automated means (Personal Information Protection Law, art. 24).",
  zh: "本决定通过自动化方式作出。您有权要求我们予以说明，并有权要求由人工复核；对仅通过自动化决策方式作出的决定，您有权拒绝（《个人信息保护法》第二十四条）。",
};

/**
 * The explanation bundle of a decision: built only from the decision and the policy's wording.
 *
 * Throws a `ValidationError` listing every problem when the decision (read back from a store or a file) or the
 * policy's clauses are not of their shape; pass `coverageKinds` for a decision of an integrator's kinds.
 *
 * @example
 * explainDecision(decision, adjudicator.policy).reasons[0]?.clause?.title.zh //=> "等待期"
 */
export function explainDecision(decision: Decision, policy: Policy, options: { readonly coverageKinds?: readonly AnyCoverageKind[] } = {}): DecisionExplanation {
  checkDecisionToRead("explanation input", decision, options.coverageKinds, [{ schema: z.looseObject({ clauses: z.array(ClauseSchema) }), value: policy, root: "policy" }]);
  const clauses = new Map(policy.clauses.map((clause) => [clause.id, { id: clause.id, title: clause.title, text: clause.text }]));
  return {
    decisionId: decision.meta.decisionId,
    claimId: decision.claimId,
    outcome: decision.outcome,
    payable: decision.payable,
    currency: decision.currency,
    automation: decision.automation,
    reasons: decision.reasons.map((reason) => ({ ...reason, clause: clauses.get(reason.clauseId) })),
    rules: decision.triggeredRules.map((rule) => ({ ruleId: rule.ruleId, eventType: rule.eventType, reasonCode: rule.reasonCode, clause: clauses.get(rule.clauseId), evidence: rule.evidence })),
    calculation: decision.calculation,
    rights: RIGHTS,
  };
}
