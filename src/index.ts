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

export { addCalendarDays } from "./dates/add-calendar-days.js";
export { addMonthsClampingToMonthEnd } from "./dates/add-months-clamping-to-month-end.js";
export { addYearsClampingToMonthEnd } from "./dates/add-years-clamping-to-month-end.js";
export { addWorkingDays } from "./dates/add-working-days.js";
export { rollForwardToWorkingDay } from "./dates/roll-forward-to-working-day.js";
export { HolidayCalendarSchema, isRestDay } from "./dates/holiday-calendar.js";
export type { HolidayCalendar, HolidayCalendarInput } from "./dates/holiday-calendar.js";
export type { IsoDate } from "./dates/iso-date.js";

export { computeClaimDeadlines } from "./deadlines/compute-claim-deadlines.js";
export { deadlineStatus, DeadlineStatusOptionsSchema } from "./deadlines/deadline-status.js";
export type { DeadlineStatus, DeadlineStatusOptions, DeadlineStatusReport } from "./deadlines/deadline-status.js";
export { isLimitationPeriodExpired, limitationPeriodEnd } from "./deadlines/is-limitation-period-expired.js";
export type { LimitationPeriodEnd } from "./deadlines/is-limitation-period-expired.js";
export { applyProductDeadlineTerms } from "./deadlines/apply-product-deadline-terms.js";
export { PRC_INSURANCE_LAW_PROFILE } from "./deadlines/prc-insurance-law-profile.js";
export { JurisdictionProfileSchema, LegalBasisSchema, DayCountSchema, parseJurisdictionProfile, DEADLINE_IDS, SERVICE_DEADLINE_IDS } from "./deadlines/jurisdiction-profile-schema.js";
export type { JurisdictionProfile, JurisdictionProfileInput, LegalBasis, DayCount, DeadlineId, ServiceDeadlineId, ContractTerm } from "./deadlines/jurisdiction-profile-schema.js";
export { ProductDeadlineTermsSchema } from "./deadlines/product-deadline-terms-schema.js";
export type { ProductDeadlineTerms, ProductDeadlineTermsInput } from "./deadlines/product-deadline-terms-schema.js";
export { ClaimDeadlineInputSchema, LimitationInputSchema, PRODUCT_LINES } from "./deadlines/claim-deadline-input-schema.js";
export type { ClaimDeadlineInput, LimitationInput, ProductLine } from "./deadlines/claim-deadline-input-schema.js";
export { ClaimDeadlinesSchema, DeadlineSchema, DEADLINE_WHY_CODES } from "./deadlines/claim-deadlines-schema.js";
export type { ClaimDeadlines, Deadline, DatedDeadline, DeadlineBasis, DeadlineWhy, DeadlineWhyCode, DeadlineWarning, Period } from "./deadlines/claim-deadlines-schema.js";

export { AuditLog } from "./audit/audit-log.js";
export type { AuditableDecision, AppendOptions } from "./audit/audit-log.js";
export { AuditEntrySchema, AUDIT_ENTRY_FORMAT } from "./audit/audit-entry-schema.js";
export type { AuditEntry, AuditHead, JsonValue } from "./audit/audit-entry-schema.js";
export { verifyAuditChain, AUDIT_PROBLEM_CODES } from "./audit/verify-audit-chain.js";
export type { AuditProblem, AuditProblemCode, AuditVerification } from "./audit/verify-audit-chain.js";

export { maskPersonalData } from "./privacy/mask-personal-data.js";
export type { MaskPersonalDataOptions } from "./privacy/mask-personal-data.js";
export { maskPersonalDataInText } from "./privacy/mask-personal-data-in-text.js";
export { maskIdNumber } from "./privacy/mask-id-number.js";
export { maskBankAccount } from "./privacy/mask-bank-account.js";
export { maskPhoneNumber } from "./privacy/mask-phone-number.js";
export { maskEmail } from "./privacy/mask-email.js";
export { PERSONAL_DATA_KEYS, PERSONAL_DATA_KINDS } from "./privacy/personal-data-keys.js";
export type { PersonalDataKind } from "./privacy/personal-data-keys.js";

export { toFhirClaimResponse } from "./fhir/to-fhir-claim-response.js";
export { toFhirExplanationOfBenefit } from "./fhir/to-fhir-explanation-of-benefit.js";
export { toFhirRemittanceOutcome } from "./fhir/fhir-outcome.js";
export { toExactFhirDecimal } from "./fhir/fhir-decimal.js";
export { FHIR_VERSION, FHIR_RELEASE, fhirBaseProfile } from "./fhir/fhir-version.js";
export { DEFAULT_FHIR_SYSTEMS, HL7_SYSTEMS, X12_SYSTEMS } from "./fhir/fhir-systems.js";
export type { FhirSystems } from "./fhir/fhir-systems.js";
export type { FhirExportOptions, FhirExportLanguage } from "./fhir/fhir-export-options.js";
export type { FhirClaimResponse, FhirExplanationOfBenefit, FhirCommunicationRequest, FhirAdjudication, FhirBenefitBalance, FhirBenefitFinancial, FhirMoney, FhirReference, FhirCoding, FhirCodeableConcept, FhirRemittanceOutcome, FhirClaimType } from "./fhir/fhir-r4-types.js";

export { validateRuleSet } from "./lint/validate-rule-set.js";
export type { ValidateRuleSetOptions } from "./lint/validate-rule-set.js";
export { validatePolicy } from "./lint/validate-policy.js";
export type { ValidatePolicyOptions } from "./lint/validate-policy.js";
export type { LintIssue, LintReport, LintSeverity, LintCode } from "./lint/lint-issue.js";
export { DOCUMENT_TYPES } from "./lint/document-types.js";
export type { DocumentTypeDefinition } from "./lint/document-types.js";
export { compareRuleSets } from "./what-if/compare-rule-sets.js";
export type { WhatIfReport, WhatIfClaim, WhatIfInput, WhatIfUnreadable, ChangedClaim, WhatIfFailure, ResponsibleRule, WhatIfChange, CompareRuleSetsOptions } from "./what-if/compare-rule-sets.js";
export { parseClaimLines } from "./what-if/parse-claim-lines.js";
export type { ClaimLinesOptions } from "./what-if/parse-claim-lines.js";
export { formatWhatIfReport } from "./what-if/format-what-if-report.js";
export { generateJsonSchema, generateJsonSchemas, JSON_SCHEMA_NAMES } from "./json-schema/generate-json-schemas.js";
export type { JsonSchemaName } from "./json-schema/generate-json-schemas.js";
