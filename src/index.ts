export { createAdjudicator, AdjudicateOptionsSchema } from "./create-adjudicator.js";
export type { Adjudicator, AdjudicatorConfig, AdjudicateOptions } from "./create-adjudicator.js";

export { PolicySchema, ClauseSchema, DocumentRequirementSchema, PRODUCTS } from "./schemas/policy-schema.js";
export type { Policy, PolicyInput, Clause, DocumentRequirement } from "./schemas/policy-schema.js";
export { CoverageSchema, COVERAGE_KINDS } from "./schemas/coverages/coverage-schema.js";
export type { Coverage, CoverageKind } from "./schemas/coverages/coverage-schema.js";
export { INCIDENT_TYPES, WaitingPeriodsSchema } from "./schemas/coverages/coverage-common.js";
export type { IncidentType, WaitingPeriods } from "./schemas/coverages/coverage-common.js";
export { ReimbursementCoverageSchema, SubLimitSchema, SocialInsuranceRatioSchema } from "./schemas/coverages/reimbursement-coverage-schema.js";
export type { ReimbursementCoverage, SubLimit } from "./schemas/coverages/reimbursement-coverage-schema.js";
export { FixedBenefitCoverageSchema, FixedBenefitSchema } from "./schemas/coverages/fixed-benefit-coverage-schema.js";
export type { FixedBenefitCoverage, FixedBenefit } from "./schemas/coverages/fixed-benefit-coverage-schema.js";
export { DisabilityScheduleCoverageSchema, ScheduleEntrySchema, DisabilityGradeSchema } from "./schemas/coverages/disability-schedule-coverage-schema.js";
export type { DisabilityScheduleCoverage } from "./schemas/coverages/disability-schedule-coverage-schema.js";
export { PerDiemCoverageSchema } from "./schemas/coverages/per-diem-coverage-schema.js";
export type { PerDiemCoverage } from "./schemas/coverages/per-diem-coverage-schema.js";
export { ParametricCoverageSchema, ParametricTierSchema } from "./schemas/coverages/parametric-coverage-schema.js";
export type { ParametricCoverage } from "./schemas/coverages/parametric-coverage-schema.js";
export { FeeScheduleSchema, FeeScheduleItemSchema } from "./schemas/fee-schedule-schema.js";
export type { FeeSchedule } from "./schemas/fee-schedule-schema.js";
export { combineDisabilityGrades } from "./policies/combine-disability-grades.js";
export { RuleSetSchema, RuleSchema, RuleEventSchema, RULE_EVENT_TYPES } from "./schemas/rule-set-schema.js";
export type { RuleSet, RuleSetInput, Rule, RuleEvent, RuleEventType } from "./schemas/rule-set-schema.js";
export { ConditionSchema } from "./schemas/condition-schema.js";
export type { Condition, FactCondition, AllCondition, AnyCondition, NotCondition } from "./schemas/condition-schema.js";
export { ClaimSchema, BillLineSchema, SubmittedDocumentSchema, DisabilitySchema, FlightSchema, RELATIONSHIPS, SOCIAL_INSURANCE_USE } from "./schemas/claim-schema.js";
export type { Claim, ClaimInput, BillLine, SubmittedDocument, Disability, Flight, SocialInsuranceUse } from "./schemas/claim-schema.js";
export { AccumulatorsSchema, CoverageAccumulatorSchema } from "./schemas/accumulators-schema.js";
export type { Accumulators, AccumulatorsInput, CoverageAccumulator } from "./schemas/accumulators-schema.js";
export { DecisionSchema, AdjustmentSchema, DecisionBenefitSchema, DecisionCoverageSchema, OUTCOMES, ADJUSTMENT_KINDS, COVERAGE_STATUSES } from "./schemas/decision-schema.js";
export type {
  Decision,
  DecisionLine,
  DecisionBenefit,
  DecisionCoverage,
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
export { CalculationError, isCalculationError } from "./errors/calculation-error.js";

export { contentHash } from "./decision/content-hash.js";
export { explainDecision } from "./explanation/explain-decision.js";
export type { DecisionExplanation, QuotedClause } from "./explanation/explain-decision.js";
export { ROUNDING_MODES } from "./money/money.js";
export type { RoundingMode } from "./money/money.js";
export { LIBRARY_VERSION } from "./version.js";
