export { createAdjudicator, AdjudicateOptionsSchema } from "./create-adjudicator.js";
export type { Adjudicator, AdjudicatorConfig, AdjudicateOptions } from "./create-adjudicator.js";
export { PolicySchema, ClauseSchema, DocumentRequirementSchema, PRODUCTS } from "./policy/policy-schema.js";
export type { Policy, PolicyInput, Clause, DocumentRequirement } from "./policy/policy-schema.js";
export { CoverageSchema, COVERAGE_KINDS } from "./coverage-kinds/coverage-kinds.js";
export type { Coverage, CoverageKind } from "./coverage-kinds/coverage-kinds.js";
export { INCIDENT_TYPES, WaitingPeriodsSchema } from "./coverage-kinds/coverage-common.js";
export type { IncidentType, WaitingPeriods } from "./coverage-kinds/coverage-common.js";
export { ReimbursementCoverageSchema, SubLimitSchema, SocialInsuranceRatioSchema } from "./coverage-kinds/reimbursement/reimbursement-coverage-schema.js";
export type { ReimbursementCoverage, SubLimit } from "./coverage-kinds/reimbursement/reimbursement-coverage-schema.js";
export { FixedBenefitCoverageSchema, FixedBenefitSchema } from "./coverage-kinds/fixed/fixed-benefit-coverage-schema.js";
export type { FixedBenefitCoverage, FixedBenefit } from "./coverage-kinds/fixed/fixed-benefit-coverage-schema.js";
export { DisabilityScheduleCoverageSchema, ScheduleEntrySchema, DisabilityGradeSchema } from "./coverage-kinds/schedule/disability-schedule-coverage-schema.js";
export type { DisabilityScheduleCoverage } from "./coverage-kinds/schedule/disability-schedule-coverage-schema.js";
export { PerDiemCoverageSchema } from "./coverage-kinds/per-diem/per-diem-coverage-schema.js";
export type { PerDiemCoverage } from "./coverage-kinds/per-diem/per-diem-coverage-schema.js";
export { ParametricCoverageSchema, ParametricTierSchema } from "./coverage-kinds/parametric/parametric-coverage-schema.js";
export type { ParametricCoverage } from "./coverage-kinds/parametric/parametric-coverage-schema.js";
export { FeeScheduleSchema, FeeScheduleItemSchema } from "./policy/fee-schedule-schema.js";
export type { FeeSchedule } from "./policy/fee-schedule-schema.js";
export { combineDisabilityGrades } from "./coverage-kinds/schedule/combine-disability-grades.js";
export { RuleSetSchema, RuleSchema, RuleEventSchema, RULE_EVENT_TYPES } from "./rules/rule-set-schema.js";
export type { RuleSet, RuleSetInput, Rule, RuleEvent, RuleEventType } from "./rules/rule-set-schema.js";
export { ConditionSchema } from "./rules/condition-schema.js";
export type { Condition, FactCondition, AllCondition, AnyCondition, NotCondition } from "./rules/condition-schema.js";
export { ClaimSchema, BillLineSchema, SubmittedDocumentSchema, DisabilitySchema, FlightSchema, RELATIONSHIPS, SOCIAL_INSURANCE_USE } from "./claim/claim-schema.js";
export type { Claim, ClaimInput, BillLine, SubmittedDocument, Disability, Flight, SocialInsuranceUse } from "./claim/claim-schema.js";
export { AccumulatorsSchema, CoverageAccumulatorSchema } from "./ledger/accumulators-schema.js";
export type { Accumulators, AccumulatorsInput, CoverageAccumulator } from "./ledger/accumulators-schema.js";
export { DecisionSchema, AdjustmentSchema, DecisionBenefitSchema, DecisionCoverageSchema, OUTCOMES, ADJUSTMENT_KINDS, COVERAGE_STATUSES } from "./decision/decision-schema.js";
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
} from "./decision/decision-schema.js";
export { LocalizedTextSchema, MoneyStringSchema, IsoDateSchema } from "./values/primitives.js";
export type { LocalizedText } from "./values/primitives.js";
export { FACT_CATALOGUE } from "./facts/fact-catalogue.js";
export type { RuleEvaluation } from "./rules/compile-rule-set.js";
export type { EvaluatedComparison } from "./rules/condition-evaluator.js";
export type { FactDefinition, FactType } from "./facts/fact-catalogue.js";
export { OPERATORS } from "./rules/operators.js";
export type { OperatorDefinition } from "./rules/operators.js";
export { AdjudicatorError, isAdjudicatorError, toDotPath } from "./errors/adjudicator-error.js";
export type { Issue, IssueCode } from "./errors/adjudicator-error.js";
export { ValidationError, isValidationError } from "./errors/validation-error.js";
export { RuleEvaluationError, isRuleEvaluationError } from "./errors/rule-evaluation-error.js";
export { CalculationError, isCalculationError } from "./errors/calculation-error.js";
export { contentHash } from "./hashing/content-hash.js";
export { explainDecision } from "./explanation/explain-decision.js";
export { renderNotice } from "./explanation/render-notice.js";
export type { NoticeOptions } from "./explanation/render-notice.js";
export type { ClaimantDetails } from "./explanation/render-claimant-notice.js";
export type { NoticeFormat } from "./explanation/notice-blocks.js";
export type { DecisionExplanation, QuotedClause } from "./explanation/explain-decision.js";
export { ROUNDING_MODES } from "./money/money.js";
export type { RoundingMode } from "./money/money.js";
export { LIBRARY_VERSION } from "./version.js";
