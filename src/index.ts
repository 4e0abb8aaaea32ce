export { createAdjudicator, AdjudicateOptionsSchema } from "./create-adjudicator.js";
export type { Adjudicator, AdjudicatorConfig, AdjudicateOptions } from "./create-adjudicator.js";

export { PolicySchema, ClauseSchema, CoverageSchema, ReimbursementCoverageSchema, DocumentRequirementSchema } from "./schemas/policy-schema.js";
export type { Policy, PolicyInput, Clause, Coverage, ReimbursementCoverage, DocumentRequirement } from "./schemas/policy-schema.js";
export { RuleSetSchema, RuleSchema, RuleEventSchema, RULE_EVENT_TYPES } from "./schemas/rule-set-schema.js";
export type { RuleSet, RuleSetInput, Rule, RuleEvent, RuleEventType } from "./schemas/rule-set-schema.js";
export { ConditionSchema } from "./schemas/condition-schema.js";
export type { Condition, FactCondition, AllCondition, AnyCondition, NotCondition } from "./schemas/condition-schema.js";
export { ClaimSchema, BillLineSchema, SubmittedDocumentSchema, RELATIONSHIPS, SOCIAL_INSURANCE_USE } from "./schemas/claim-schema.js";
export type { Claim, ClaimInput, BillLine, SubmittedDocument, SocialInsuranceUse } from "./schemas/claim-schema.js";
export { AccumulatorsSchema, CoverageAccumulatorSchema } from "./schemas/accumulators-schema.js";
export type { Accumulators, CoverageAccumulator } from "./schemas/accumulators-schema.js";
export { DecisionSchema, AdjustmentSchema, OUTCOMES, ADJUSTMENT_KINDS } from "./schemas/decision-schema.js";
export type {
  Decision,
  DecisionLine,
  Adjustment,
  AdjustmentKind,
  TriggeredRule,
  MissingDocument,
  Reason,
  CalculationStep,
  Outcome,
} from "./schemas/decision-schema.js";
export { LocalizedTextSchema, MoneyStringSchema, IsoDateSchema } from "./schemas/primitives.js";
export type { LocalizedText } from "./schemas/primitives.js";

export { FACT_CATALOGUE } from "./rules/fact-catalogue.js";
export type { RuleEvaluation } from "./rules/compile-rule-set.js";
export type { EvaluatedComparison } from "./rules/condition-evaluator.js";
export type { FactDefinition, FactType } from "./rules/fact-catalogue.js";
export { OPERATORS } from "./rules/operators.js";
export type { OperatorDefinition } from "./rules/operators.js";

export { AdjudicatorError, isAdjudicatorError, toDotPath } from "./errors/adjudicator-error.js";
export type { Issue, IssueCode } from "./errors/adjudicator-error.js";
export { ValidationError, isValidationError } from "./errors/validation-error.js";
export { RuleEvaluationError, isRuleEvaluationError } from "./errors/rule-evaluation-error.js";

export { ROUNDING_MODES } from "./money/money.js";
export type { RoundingMode } from "./money/money.js";
export { LIBRARY_VERSION } from "./version.js";
