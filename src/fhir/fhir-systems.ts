/** HL7 code systems of FHIR R4 that the export uses, by their canonical URLs. */
export const HL7_SYSTEMS = {
  adjudication: "http://terminology.hl7.org/CodeSystem/adjudication",
  claimType: "http://terminology.hl7.org/CodeSystem/claim-type",
  paymentType: "http://terminology.hl7.org/CodeSystem/ex-paymenttype",
  benefitType: "http://terminology.hl7.org/CodeSystem/benefit-type",
  benefitTerm: "http://terminology.hl7.org/CodeSystem/benefit-term",
  benefitUnit: "http://terminology.hl7.org/CodeSystem/benefit-unit",
  language: "urn:ietf:bcp:47",
  dataAbsentReason: "http://hl7.org/fhir/StructureDefinition/data-absent-reason",
} as const;

/** X12 code lists as HL7 Terminology names them: claim adjustment reason codes (CARC) and group codes. */
export const X12_SYSTEMS = {
  claimAdjustmentReason: "https://x12.org/codes/claim-adjustment-reason-codes",
  claimAdjustmentGroup: "https://x12.org/codes/claim-adjustment-group-codes",
} as const;

/**
 * The URIs of this library's own codes and identifiers in FHIR output. An insurer publishing the resources sets
 * its own (e.g. `https://fhir.example-insurer.cn/CodeSystem/reason-code`) through `options.systems`.
 */
export interface FhirSystems {
  /** Our reason codes (`DEDUCTIBLE`, `WAITING_PERIOD`, a rule's `reasonCode`). */
  readonly reasonCode: string;
  /** Kinds of adjustment that have no HL7 adjudication category (`social_insurance`, `annual_limit`, …). */
  readonly adjustmentKind: string;
  /** Kinds of benefit that are not bill lines (`fixed`, `schedule`, `per_diem`, `parametric`). */
  readonly benefitKind: string;
  /** Expense categories of bill lines (`bed`, `surgery`, …). */
  readonly expenseCategory: string;
  /** Document types of the policy's document requirements (`invoice`, `discharge_summary`, …). */
  readonly documentType: string;
  /** Coverage ids of the policy (`inpatient-medical`). */
  readonly coverage: string;
  /** Sub-limit ids of the policy. */
  readonly subLimit: string;
  /** Fixed-benefit tier ids of the policy. */
  readonly fixedBenefit: string;
  /** Accumulators that are neither money nor an HL7 benefit type (`days-paid`). */
  readonly accumulator: string;
  /** Claim ids. */
  readonly claimId: string;
  /** Policy numbers: identify the Coverage, and the insured as its member. */
  readonly policyNumber: string;
  /** Decision ids (`meta.decisionId`). */
  readonly decisionId: string;
  /** Extension on an adjudication carrying the X12 group code (PR, CO, OA) as a Coding. */
  readonly adjustmentGroupExtension: string;
  /** Extension on an adjudication carrying the id of the policy clause behind it, as a string. */
  readonly clauseExtension: string;
}

/** Default URIs of this library's own codes: URNs, so nothing claims a domain the caller does not own. */
export const DEFAULT_FHIR_SYSTEMS: FhirSystems = {
  reasonCode: "urn:claim-adjudicator:reason-code",
  adjustmentKind: "urn:claim-adjudicator:adjustment-kind",
  benefitKind: "urn:claim-adjudicator:benefit-kind",
  expenseCategory: "urn:claim-adjudicator:expense-category",
  documentType: "urn:claim-adjudicator:document-type",
  coverage: "urn:claim-adjudicator:coverage",
  subLimit: "urn:claim-adjudicator:sub-limit",
  fixedBenefit: "urn:claim-adjudicator:fixed-benefit",
  accumulator: "urn:claim-adjudicator:accumulator",
  claimId: "urn:claim-adjudicator:claim-id",
  policyNumber: "urn:claim-adjudicator:policy-number",
  decisionId: "urn:claim-adjudicator:decision-id",
  adjustmentGroupExtension: "urn:claim-adjudicator:extension:x12-adjustment-group",
  clauseExtension: "urn:claim-adjudicator:extension:policy-clause",
};
