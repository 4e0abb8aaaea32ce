import type { EarlierStay } from "../coverage-kinds/coverage-kind-definition.js";
import { daysBetween } from "../dates/iso-date.js";
import { sumMoney, toMoney, type Money } from "../money/money.js";
import type { ClaimPlace } from "./counters-view.js";
import type { ClaimRecord, Ledger } from "./ledger-schema.js";

/** Outcomes whose decision took effect on the ledger (a referral stands as calculated until a person decides). */
const EFFECTIVE: ReadonlySet<ClaimRecord["outcome"]> = new Set(["approved", "partially_approved", "referred"]);

/** Whether a record's decision took effect (it paid, or stands to pay once a reviewer confirms). */
export function tookEffect(record: ClaimRecord): boolean {
  return EFFECTIVE.has(record.outcome);
}

/** The other claims of the policy, as a claim being decided sees them: its own earlier record left out. */
export function otherClaims(ledger: Ledger, claimId: string): [string, ClaimRecord][] {
  return Object.entries(ledger.claims).filter(([id, record]) => id !== claimId && record.outcome !== "voided");
}

/** The claim on which an invoice was already paid (an earlier decision that took effect), by invoice number. */
export function invoicesAlreadyPaid(ledger: Ledger, claimId: string): ReadonlyMap<string, { readonly claimId: string; readonly paid: string }> {
  const paid = new Map<string, { claimId: string; paid: string }>();
  for (const [id, record] of otherClaims(ledger, claimId)) {
    if (!tookEffect(record)) continue;
    for (const [invoice, amount] of Object.entries(record.invoices)) if (!paid.has(invoice)) paid.set(invoice, { claimId: id, paid: amount });
  }
  return paid;
}

/**
 * The hospital days the insured's other claims were paid, by coverage id and day, with the claim that paid each
 * (decisions that took effect): a stay claimed again pays each day once.
 */
export function hospitalDaysAlreadyPaid(ledger: Ledger, insuredId: string, claimId: string): ReadonlyMap<string, ReadonlyMap<string, string>> {
  const paid = new Map<string, Map<string, string>>();
  for (const [id, record] of otherClaims(ledger, claimId)) {
    if (!tookEffect(record) || record.insuredId !== insuredId || record.hospitalDaysPaid === undefined) continue;
    for (const [coverageId, days] of Object.entries(record.hospitalDaysPaid)) {
      const byDay = paid.get(coverageId) ?? new Map<string, string>();
      for (const day of days) if (!byDay.has(day)) byDay.set(day, id);
      paid.set(coverageId, byDay);
    }
  }
  return paid;
}

/** The hospital stays of the insured's other claims whose decisions took effect, as their records keep them. */
export function earlierStays(ledger: Ledger, insuredId: string, claimId: string): readonly EarlierStay[] {
  return otherClaims(ledger, claimId).flatMap(([id, record]) =>
    !tookEffect(record) || record.insuredId !== insuredId || record.hospitalStay === undefined
      ? []
      : [{ claimId: id, admission: record.hospitalStay.admission, discharge: record.hospitalStay.discharge, principalDiagnosis: record.hospitalStay.principalDiagnosis, daysPaid: record.hospitalDaysPaid ?? {} }],
  );
}

/** What the policy paid the insured in the claim's policy year before this claim: opening counters and decided claims. */
export function paidInPolicyYear(ledger: Ledger, place: ClaimPlace, claimId: string): Money {
  const opening = ledger.opening
    .filter((entry) => (entry.insuredId ?? place.insuredId) === place.insuredId && (entry.policyYear ?? place.policyYear) === place.policyYear)
    .flatMap((entry) => Object.values(entry.coverages).map((coverage) => toMoney(coverage.paid ?? "0")));
  const claims = otherClaims(ledger, claimId)
    .filter(([, record]) => record.insuredId === place.insuredId && record.policyYear === place.policyYear && tookEffect(record))
    .map(([, record]) => toMoney(record.payable));
  return sumMoney([...opening, ...claims]);
}

/** The insured's other claims submitted within `days` days before (or on) `submittedOn`. */
export function claimsWithin(ledger: Ledger, place: ClaimPlace, claimId: string, submittedOn: string, days: number): number {
  return otherClaims(ledger, claimId).filter(([, record]) => record.insuredId === place.insuredId && record.submittedOn <= submittedOn && daysBetween(submittedOn, record.submittedOn) < days).length;
}

/** The latest submission among the insured's other claims submitted on or before `submittedOn`. */
export function previousSubmission(ledger: Ledger, place: ClaimPlace, claimId: string, submittedOn: string): string | undefined {
  return otherClaims(ledger, claimId)
    .filter(([, record]) => record.insuredId === place.insuredId && record.submittedOn <= submittedOn)
    .map(([, record]) => record.submittedOn)
    .sort()
    .at(-1);
}

/** The other claims for the same incident, and what their decisions paid. */
export function incidentHistory(ledger: Ledger, place: ClaimPlace, claimId: string): { readonly claims: number; readonly paid: Money } {
  const same = otherClaims(ledger, claimId).filter(([, record]) => record.incidentId === place.incidentId);
  return { claims: same.length, paid: sumMoney(same.filter(([, record]) => tookEffect(record)).map(([, record]) => toMoney(record.payable))) };
}

/**
 * What each of the policy's shared limits has paid before this claim, seen from it: what its coverages paid over the
 * insured's policy year (a limit per insured) or every insured's (a limit for the family), opening counters included.
 */
export function sharedLimitsUsed(ledger: Ledger, place: ClaimPlace, claimId: string, limits: readonly { readonly id: string; readonly coverages: readonly string[]; readonly level: "insured" | "family" }[]): ReadonlyMap<string, Money> {
  const used = new Map<string, Money>();
  for (const limit of limits) {
    const counts = (kept: { readonly insuredId?: string | undefined; readonly policyYear?: string | undefined }) =>
      (kept.policyYear ?? place.policyYear) === place.policyYear && (limit.level === "family" || (kept.insuredId ?? place.insuredId) === place.insuredId);
    const paid = (coverages: Readonly<Record<string, { readonly paid?: string | undefined }>>) =>
      limit.coverages.map((id) => toMoney(Object.hasOwn(coverages, id) ? (coverages[id]?.paid ?? "0") : "0"));
    used.set(
      limit.id,
      sumMoney([
        ...ledger.opening.filter(counts).flatMap((entry) => paid(entry.coverages)),
        ...otherClaims(ledger, claimId).filter(([, record]) => counts(record)).flatMap(([, record]) => paid(record.coverages)),
      ]),
    );
  }
  return used;
}
