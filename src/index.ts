// claim-adjudicator: the core. Adapters come from subpaths (`/fhir`, `/lint`, `/deadlines`, `/audit`, `/privacy`,
// `/testing`, `/what-if`, `/json-schema`, `/analytics`, `/many`, `/store`, `/precheck`).

// Adjudicating
export { createAdjudicator, AdjudicateOptionsSchema } from "./create-adjudicator.js";
export type { Adjudicator, AdjudicatorConfig, AdjudicateOptions } from "./create-adjudicator.js";

// Inputs: policy, coverages, rules, claim, ledger
export { PolicySchema, ClauseSchema, DocumentRequirementSchema, InsuredSchema, SharedLimitSchema, INSURED_RELATIONSHIPS, PRODUCTS, buildPolicySchema } from "./policy/policy-schema.js";
export type { Policy, PolicyInput, Clause, DocumentRequirement, Insured, SharedLimit } from "./policy/policy-schema.js";
export { policyYearOf } from "./policy/policy-period.js";
export { FeeScheduleSchema, FeeScheduleItemSchema } from "./policy/fee-schedule-schema.js";
export type { FeeSchedule } from "./policy/fee-schedule-schema.js";
export { CoverageSchema, COVERAGE_KINDS, COVERAGE_KIND_DEFINITIONS } from "./coverage-kinds/coverage-kinds.js";
export type { Coverage, CoverageKind } from "./coverage-kinds/coverage-kinds.js";
export { WaitingPeriodsSchema, coverageCommonShape } from "./coverage-kinds/coverage-common.js";
export type { WaitingPeriods, CoverageCommon } from "./coverage-kinds/coverage-common.js";
export { defineCoverageKind } from "./coverage-kinds/coverage-kind-definition.js";
export type {
  CoverageKindDefinition,
  AnyCoverageKind,
  CompiledCoverage,
  CoverageCalculationInput,
  CoverageAssessment,
  CalculationContext,
  CoverageCondition,
  PolicyReferenceChecks,
  LineRules,
  LineRuleDecision,
  LineCap,
  BalanceEntry,
  CoverageBalances,
} from "./coverage-kinds/coverage-kind-definition.js";
export { COMMON_LEDGER_SHAPE } from "./coverage-kinds/coverage-ledger.js";
export type { CommonLedgerEntry } from "./coverage-kinds/coverage-ledger.js";
export { buildBenefit } from "./coverage-kinds/build-benefit.js";
export type { BenefitSpec, BenefitDeduction } from "./coverage-kinds/build-benefit.js";
export { ReimbursementCoverageSchema, SubLimitSchema, SocialInsuranceRatioSchema } from "./coverage-kinds/reimbursement/reimbursement-coverage-schema.js";
export type { ReimbursementCoverage, SubLimit } from "./coverage-kinds/reimbursement/reimbursement-coverage-schema.js";
export { FixedBenefitCoverageSchema, FixedBenefitSchema } from "./coverage-kinds/fixed/fixed-benefit-coverage-schema.js";
export type { FixedBenefitCoverage, FixedBenefit } from "./coverage-kinds/fixed/fixed-benefit-coverage-schema.js";
export { DisabilityScheduleCoverageSchema, ScheduleEntrySchema } from "./coverage-kinds/schedule/disability-schedule-coverage-schema.js";
export type { DisabilityScheduleCoverage } from "./coverage-kinds/schedule/disability-schedule-coverage-schema.js";
export { combineDisabilityGrades } from "./coverage-kinds/schedule/combine-disability-grades.js";
export { PerDiemCoverageSchema } from "./coverage-kinds/per-diem/per-diem-coverage-schema.js";
export type { PerDiemCoverage } from "./coverage-kinds/per-diem/per-diem-coverage-schema.js";
export { ParametricCoverageSchema, ParametricTierSchema } from "./coverage-kinds/parametric/parametric-coverage-schema.js";
export type { ParametricCoverage } from "./coverage-kinds/parametric/parametric-coverage-schema.js";
export { RuleSetSchema, RuleSchema, RuleEventSchema, RULE_EVENT_TYPES } from "./rules/rule-set-schema.js";
export type { RuleSet, RuleSetInput, Rule, RuleEvent, RuleEventType } from "./rules/rule-set-schema.js";
export { ConditionSchema } from "./rules/condition-schema.js";
export type { Condition, FactCondition, AllCondition, AnyCondition, NotCondition } from "./rules/condition-schema.js";
export { ClaimSchema, BillLineSchema, SubmittedDocumentSchema, DisabilitySchema, FlightSchema, RELATIONSHIPS, SOCIAL_INSURANCE_USE } from "./claim/claim-schema.js";
export type { Claim, ClaimInput, BillLine, SubmittedDocument, Disability, Flight, SocialInsuranceUse } from "./claim/claim-schema.js";
export { INCIDENT_TYPES } from "./claim/incident-types.js";
export type { IncidentType } from "./claim/incident-types.js";
export { DisabilityGradeSchema } from "./claim/disability-grade-schema.js";
export { CountersSchema, CoverageAccumulatorSchema, buildCountersSchema } from "./ledger/counters-schema.js";
export type { Counters, CountersInput, CoverageAccumulator } from "./ledger/counters-schema.js";
export { LedgerSchema, buildLedgerSchema, REVISION_REASONS } from "./ledger/ledger-schema.js";
export type { Ledger, LedgerInput, ClaimRecord, OpeningCounters, RevisionReason } from "./ledger/ledger-schema.js";
export type { ClaimPlace } from "./ledger/counters-view.js";
export { ReverseOptionsSchema } from "./ledger/reverse-decision.js";
export type { Reversal, ReverseOptions } from "./ledger/reverse-decision.js";
export { RevisionRequestSchema } from "./intake/validate-claim-input.js";
export type { RevisionRequest } from "./intake/validate-claim-input.js";
export { RevisionSchema } from "./decision/revision-schema.js";
export type { Revision } from "./decision/revision-schema.js";
export { LocalizedTextSchema, MoneyStringSchema, IdSchema } from "./values/primitives.js";
export type { LocalizedText } from "./values/primitives.js";
export { IsoDateSchema } from "./dates/iso-date-schema.js";
export type { IsoDate } from "./dates/iso-date.js";

// Facts and operators
export { FACT_CATALOGUE } from "./facts/library-facts.js";
export { defineFact } from "./facts/fact-definition.js";
export type { FactDefinition, ClaimFactDefinition, ItemFactDefinition, FactContext, FactType } from "./facts/fact-definition.js";
export { OPERATORS } from "./rules/operators.js";
export type { OperatorDefinition } from "./rules/operators.js";
export type { RuleEvaluation } from "./rules/compile-rule-set.js";
export type { EvaluatedComparison } from "./rules/condition-evaluator.js";

// The decision and its codes
export { DecisionSchema, TriggeredRuleSchema, FlagSchema, OUTCOMES, buildDecisionSchema } from "./decision/decision-schema.js";
export type { Decision, DecisionFields, PaidDecision, DeniedDecision, PendingDocumentsDecision, ReferredDecision, TriggeredRule, Flag, Outcome } from "./decision/decision-schema.js";
export { ReasonSchema } from "./trace/reason-schema.js";
export type { Reason } from "./trace/reason-schema.js";
export { AdjustmentSchema } from "./trace/adjustment-schema.js";
export type { Adjustment } from "./trace/adjustment-schema.js";
export { CalculationStepSchema } from "./trace/calculation-step-schema.js";
export type { CalculationStep } from "./trace/calculation-step-schema.js";
export { DecisionLineSchema } from "./trace/decision-line-schema.js";
export type { DecisionLine } from "./trace/decision-line-schema.js";
export { DecisionBenefitSchema } from "./trace/decision-benefit-schema.js";
export type { DecisionBenefit } from "./trace/decision-benefit-schema.js";
export { DecisionCoverageSchema, CoverageTermSchema, COVERAGE_STATUSES } from "./trace/decision-coverage-schema.js";
export type { DecisionCoverage, CoverageTerm, CoverageStatus } from "./trace/decision-coverage-schema.js";
export { MissingDocumentSchema } from "./completeness/missing-document-schema.js";
export type { MissingDocument } from "./completeness/missing-document-schema.js";
export { makeAdjustment } from "./trace/make-adjustment.js";
export type { AdjustmentSource } from "./trace/make-adjustment.js";
export { reasonsOf } from "./trace/make-reason.js";
export { stepsOf } from "./trace/make-step.js";
export { ADJUSTMENT_KINDS, ADJUSTMENT_KIND_NAMES } from "./codes/adjustment-kinds.js";
export type { AdjustmentKind, AdjustmentKindDefinition, AdjustmentGroup } from "./codes/adjustment-kinds.js";
export { GENERAL_REASONS } from "./codes/general-reasons.js";
export type { GeneralReasonCode } from "./codes/general-reasons.js";
export { GENERAL_STEPS } from "./codes/general-steps.js";
export { COVERAGE_TERMS, COVERAGE_TERM_KINDS } from "./codes/coverage-terms.js";
export type { CoverageTermKind } from "./codes/coverage-terms.js";
export type { LocalizedTemplate, TemplateParameters, TemplateValue } from "./codes/localized-template.js";
export { libraryReasonTemplates, libraryStepTemplates } from "./coverage-kinds/coverage-kinds.js";

// How claims are worked: the operations configuration, risk scoring, routing and authority
export { OperationsSchema } from "./operations/operations-schema.js";
export type { Operations, OperationsInput } from "./operations/operations-schema.js";
export { RiskConfigSchema, RiskIndicatorSchema, RiskLevelSchema, StayNormSchema, AmountThresholdSchema, RISK_INDICATOR_KINDS } from "./risk/risk-config-schema.js";
export type { RiskConfig, RiskIndicator, RiskIndicatorKind } from "./risk/risk-config-schema.js";
export { DecisionRiskSchema, RiskIndicatorResultSchema } from "./risk/decision-risk-schema.js";
export type { DecisionRisk, RiskIndicatorResult } from "./risk/decision-risk-schema.js";
export { RISK_INDICATOR_NAMES, RISK_EVIDENCE, INVESTIGATION_CHECKS } from "./codes/risk-texts.js";
export { RoutingConfigSchema, RoutingRuleSchema, RoutingConditionSchema, QueueSchema, AuthorityLevelSchema, AuthorityLimitsSchema, AUTHORITY_OUTCOMES } from "./routing/routing-config-schema.js";
export type { RoutingConfig, RoutingRule, RoutingCondition, Queue, AuthorityLevel, AuthorityLimits, AuthorityOutcome } from "./routing/routing-config-schema.js";
export { DecisionRoutingSchema, InvestigationTaskSchema, RoutingReasonSchema, QueueRefSchema } from "./routing/decision-routing-schema.js";
export type { DecisionRouting, InvestigationTask, RoutingReason } from "./routing/decision-routing-schema.js";
export { ROUTING_REASONS, TASK_KINDS } from "./codes/routing-texts.js";
export { FilledTextSchema } from "./trace/make-text.js";
export type { FilledText } from "./trace/make-text.js";
export { claimInvoices } from "./claim/claim-invoices.js";
export type { ClaimInvoice } from "./claim/claim-invoices.js";
export { BilledInvoiceSchema } from "./ledger/ledger-schema.js";
export type { BilledInvoice } from "./ledger/ledger-schema.js";

// The claim's life: states, events, transitions, and the clocks that read them
export { CLAIM_STATES, CLAIM_STATE_LABELS } from "./lifecycle/claim-states.js";
export type { ClaimState } from "./lifecycle/claim-states.js";
export { ClaimEventSchema } from "./lifecycle/claim-event-schema.js";
export type { ClaimEvent, ClaimEventInput, ClaimEventType, ClaimEventOf } from "./lifecycle/claim-event-schema.js";
export { CLAIM_TRANSITIONS } from "./lifecycle/claim-transitions.js";
export type { ClaimTransition } from "./lifecycle/claim-transitions.js";
export { emptyClaimHistory } from "./lifecycle/claim-history.js";
export type { ClaimHistory } from "./lifecycle/claim-history.js";
export { applyClaimEvent } from "./lifecycle/apply-claim-event.js";
export { replayClaimEvents } from "./lifecycle/replay-claim-events.js";
export { claimClockDates } from "./lifecycle/claim-clock-dates.js";
export type { ClaimClockDates } from "./lifecycle/claim-clock-dates.js";
export { computeClaimDeadlinesFromHistory } from "./lifecycle/compute-claim-deadlines-from-history.js";
export type { ClaimClockFacts } from "./lifecycle/compute-claim-deadlines-from-history.js";

// Errors
export { AdjudicatorError, isAdjudicatorError, toDotPath } from "./errors/adjudicator-error.js";
export type { Issue, IssueCode } from "./errors/adjudicator-error.js";
export { ValidationError, isValidationError } from "./errors/validation-error.js";
export { RuleEvaluationError, isRuleEvaluationError } from "./errors/rule-evaluation-error.js";
export { CalculationError, isCalculationError } from "./errors/calculation-error.js";

// Explanations and notices
export { explainDecision } from "./explanation/explain-decision.js";
export type { DecisionExplanation, QuotedClause } from "./explanation/explain-decision.js";
export { renderNotice, renderPayeeNotices } from "./explanation/render-notice.js";
export type { NoticeOptions } from "./explanation/render-notice.js";
export type { ClaimantDetails } from "./explanation/render-claimant-notice.js";
export type { NoticeFormat } from "./explanation/notice-blocks.js";

// Money, hashing, version
export { ROUNDING_MODES } from "./money/money.js";
export type { RoundingMode, Money } from "./money/money.js";
export { contentHash } from "./hashing/content-hash.js";
export { LIBRARY_VERSION } from "./version.js";
// Quality sampling (抽检) of straight-through decisions, and its reproduction by an auditor
export { SamplingConfigSchema, SamplingSegmentSchema, SamplingSegmentConditionSchema, SamplingRateSchema } from "./sampling/sampling-config-schema.js";
export type { SamplingConfig, SamplingSegment, SamplingSegmentCondition } from "./sampling/sampling-config-schema.js";
export { DecisionSamplingSchema } from "./sampling/decision-sampling-schema.js";
export type { DecisionSampling } from "./sampling/decision-sampling-schema.js";
export { sampleDraw, drawSample, segmentHolds } from "./sampling/draw-sample.js";
export type { SampleCandidate } from "./sampling/draw-sample.js";
export { reproduceSample } from "./operations/reproduce-sample.js";
export type { SampledDecision, SampleAudit, SampleAuditEntry } from "./operations/reproduce-sample.js";
