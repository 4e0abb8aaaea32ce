import { daysBetween } from "../dates/iso-date.js";
import { formatMoney, sumMoney, toMoney } from "../money/money.js";

/** How social insurance took part in settling a line or a claim (as the claim schema's `socialInsurance`). */
export const SOCIAL_INSURANCE_USES = ["used", "not_used", "could_not_be_used"] as const;
/** The claimant's relationship to the insured (as the claim schema's `claimant.relationship`). */
export const CLAIMANT_RELATIONSHIPS = ["self", "spouse", "child", "parent", "other"] as const;
/** The incident types (as the claim schema's `incident.type`). */
export const PRECHECK_INCIDENT_TYPES = ["illness", "accident", "flight_delay"] as const;

/** A submitted document, as the pre-check reads it. */
export interface PrecheckDocument {
  readonly type: string;
  readonly id: string;
  readonly issuedOn: string;
  readonly original: boolean;
}

/** A bill line, as the pre-check reads it: its amounts already in the policy's currency and minor units. */
export interface PrecheckLine {
  readonly invoiceNumber: string;
  readonly amount: string;
  readonly otherInsurancePaid: string;
  readonly socialInsurance?: (typeof SOCIAL_INSURANCE_USES)[number];
}

/** The part of a claim draft the pre-check reads, validated. */
export interface PrecheckClaim {
  readonly incident: {
    readonly date: string;
    readonly type: (typeof PRECHECK_INCIDENT_TYPES)[number];
    readonly diagnosisCodes: readonly string[];
    readonly died: boolean;
    readonly disabilityCount: number;
  };
  readonly claimant: { readonly relationship: (typeof CLAIMANT_RELATIONSHIPS)[number] };
  readonly documents: readonly PrecheckDocument[];
  readonly lines: readonly PrecheckLine[];
  readonly hospitalStay?: { readonly admission: string; readonly discharge: string };
  readonly socialInsurance?: (typeof SOCIAL_INSURANCE_USES)[number];
}

type Derive = (claim: PrecheckClaim, minorUnits: number) => unknown;

const distinct = (values: readonly (string | undefined)[]) => [...new Set(values.filter((value): value is string => value !== undefined))].sort();
const settlementOf = (line: PrecheckLine, claim: PrecheckClaim) => line.socialInsurance ?? claim.socialInsurance ?? "used";

/**
 * The facts a pre-check can know from a claim draft, by their names in the library's fact catalogue, each derived
 * as the catalogue derives it (`tests/precheck/precheck-facts.test.ts` compares them on every example claim).
 * Conditions of document requirements and `require_document` rules may name these; a condition naming another fact
 * (one that needs the claim history, the insured's age or the policy's period) is refused by `createPrecheck`.
 */
export const PRECHECK_FACTS: Readonly<Record<string, Derive>> = Object.freeze(Object.assign(Object.create(null) as Record<string, Derive>, <Record<string, Derive>>{
  incidentType: (claim) => claim.incident.type,
  incidentDate: (claim) => claim.incident.date,
  diagnosisCodes: (claim) => [...claim.incident.diagnosisCodes],
  claimantIsInsured: (claim) => claim.claimant.relationship === "self",
  claimantRelationship: (claim) => claim.claimant.relationship,
  hospitalized: (claim) => claim.hospitalStay !== undefined,
  hospitalDays: (claim) => (claim.hospitalStay === undefined ? 0 : Math.max(1, daysBetween(claim.hospitalStay.discharge, claim.hospitalStay.admission))),
  died: (claim) => claim.incident.died,
  disabilityCount: (claim) => claim.incident.disabilityCount,
  socialInsurance: (claim) => {
    const settlements = distinct(claim.lines.map((line) => settlementOf(line, claim)));
    if (settlements.length > 1) return "mixed";
    return settlements[0] ?? claim.socialInsurance ?? "not_applicable";
  },
  socialInsuranceSettlements: (claim) => distinct(claim.lines.map((line) => settlementOf(line, claim))),
  totalBilled: (claim, minorUnits) => formatMoney(sumMoney(claim.lines.map((line) => toMoney(line.amount))), minorUnits),
  totalOtherInsurancePaid: (claim, minorUnits) => formatMoney(sumMoney(claim.lines.map((line) => toMoney(line.otherInsurancePaid))), minorUnits),
  lineCount: (claim) => claim.lines.length,
  documentTypes: (claim) => distinct(claim.documents.map((document) => document.type)),
}));

/** The names of the facts a pre-check's conditions may name, sorted. */
export const PRECHECK_FACT_NAMES: readonly string[] = Object.freeze(Object.keys(PRECHECK_FACTS).sort());
