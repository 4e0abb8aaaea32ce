import type { BillLine, Claim } from "../../claim/claim-schema.js";
import { paymentsOf, type PayerSource } from "../../claim/payer-sources.js";
import type { AdjustmentKind } from "../../codes/adjustment-kinds.js";
import { formatMoney, minMoney, toMoney, ZERO, type Money } from "../../money/money.js";
import type { CalculationStep } from "../../trace/calculation-step-schema.js";
import { reasonsOf } from "../../trace/make-reason.js";
import { stepsOf } from "../../trace/make-step.js";
import type { Reason } from "../../trace/reason-schema.js";
import type { CalculationContext, LineRuleDecision, LineRules } from "../coverage-kind-definition.js";
import type { CompiledReimbursementCoverage } from "./compile-reimbursement-coverage.js";
import { checkProvider, checkSpecialDrug, checkStayWindow, isAfterContinuedStay, requiredProviderWords } from "./line-checks.js";
import { REIMBURSEMENT_REASONS } from "./reimbursement-reasons.js";
import { REIMBURSEMENT_STEPS } from "./reimbursement-steps.js";
import { startWorkingLine, takeOff, type WorkingLine } from "./working-line.js";

/** A line once its eligible amount is known: what is left of it, split into the parts inside and outside the catalogue. */
export interface EligibleLine {
  readonly entry: WorkingLine;
  /** What is left inside the catalogue (甲类, 乙类 after its first share, 自付一) and outside it (自费, 丙类). */
  readonly parts: { in: Money; out: Money };
  /** The eligible amount: after other payers, self-pay and refusals, before fee caps and commercial insurers. */
  readonly eligible: Money;
}

export interface EligibilityInput {
  readonly coverage: CompiledReimbursementCoverage;
  readonly claim: Claim;
  readonly lines: readonly BillLine[];
  readonly lineRules: LineRules;
  readonly context: CalculationContext;
  readonly clause: { readonly eligibility: string; readonly otherInsurance: string };
}

export interface Eligibility {
  readonly lines: readonly EligibleLine[];
  readonly steps: readonly CalculationStep[];
  /** What each payer source paid on the lines, as far as the coverage deducted it. */
  readonly deducted: ReadonlyMap<PayerSource, Money>;
  /** Lines a person must check (a provider the claim does not describe enough): the amounts stand if confirmed. */
  readonly referrals: readonly Reason[];
}

const SOCIAL_ORDER: readonly [PayerSource, AdjustmentKind][] = [
  ["basic_medical_insurance", "social_insurance"],
  ["critical_illness_insurance", "critical_illness_insurance"],
  ["medical_assistance", "medical_assistance"],
  ["civil_servant_subsidy", "civil_servant_subsidy"],
];
const COMMERCIAL_ORDER: readonly [PayerSource, AdjustmentKind][] = [
  ["employer_supplementary", "employer_supplementary"],
  ["other_commercial_insurance", "other_insurance"],
];

/**
 * Eligibility of each line, in a fixed order: the provider's negotiated write-off (CO-45); what the public schemes
 * paid (basic medical insurance, critical-illness insurance, medical assistance, the civil-servant subsidy), as far as
 * the coverage deducts them; self-pay and 乙类先行自付 the coverage does not cover; a refusal of the whole line (an
 * item rule's exclusion, a category not covered, a provider not covered, outside the days around a stay, after a
 * continuing stay's days, a special drug off its terms); then the reasonable fee caps the whole charge, and what an
 * employer's plan and other commercial insurers paid comes off. The reductions after the refusals come off the part
 * outside the catalogue first.
 */
export function assessEligibility(input: EligibilityInput): Eligibility {
  const { coverage, context } = input;
  const { minorUnits } = context;
  const source = { coverageId: coverage.id };
  const money = (amount: Money) => formatMoney(amount, minorUnits);
  const makeStep = stepsOf(REIMBURSEMENT_STEPS, context.currency);
  const terms = coverage.source;
  const outCovered = terms.catalogueParts !== undefined ? terms.catalogueParts.outOfCatalogue !== undefined : terms.selfPayCovered;
  const deducted = new Map<PayerSource, Money>();
  const steps: CalculationStep[] = [];
  const referrals: Reason[] = [];
  const take = (entry: WorkingLine, kind: AdjustmentKind, amount: Money, clauseId: string, why?: LineRuleDecision | Reason) => {
    if (why === undefined) return takeOff(entry, kind, amount, clauseId, minorUnits, source);
    const code = "reasonCode" in why ? why.reasonCode : why.code;
    return takeOff(entry, kind, amount, clauseId, minorUnits, { ...source, ...(why.ruleId !== undefined ? { ruleId: why.ruleId } : {}), reason: { code, message: why.message } });
  };
  // Built once per coverage, not once per line.
  const reason = reasonsOf(REIMBURSEMENT_REASONS, context.currency);

  const lines = input.lines.map((line): EligibleLine => {
    const entry = startWorkingLine(line);
    const payments = paymentsOf(line);
    if (line.negotiatedAmount !== undefined) take(entry, "negotiated_discount", entry.billed.minus(toMoney(line.negotiatedAmount)), input.clause.eligibility);
    for (const [payer, kind] of SOCIAL_ORDER) {
      if (!coverage.deducted.has(payer)) continue;
      const paid = minMoney(toMoney(payments[payer]), entry.remaining);
      deducted.set(payer, (deducted.get(payer) ?? ZERO).plus(paid));
      take(entry, kind, paid, input.clause.eligibility);
    }
    // What is outside the catalogue: the whole of a class C item, else the line's self-pay portion.
    const out = line.catalogueClass === "class_c" ? entry.remaining : minMoney(toMoney(line.selfPay), entry.remaining);
    const parts = { in: entry.remaining.minus(out), out };
    if (!outCovered) {
      take(entry, "self_pay", parts.out, input.clause.eligibility);
      parts.out = ZERO;
    }
    if (terms.classBSelfPayCovered === false) {
      const share = minMoney(toMoney(line.classBSelfPay ?? "0"), parts.in);
      take(entry, "class_b_self_pay", share, input.clause.eligibility);
      parts.in = parts.in.minus(share);
    }
    const exclusion = input.lineRules.exclusions.get(line.id);
    const refusal = refusalOf(input, line, reason);
    if (exclusion !== undefined) refuseLine(take, entry, parts, "excluded_by_rule", exclusion.clauseId, exclusion);
    else if (!coverage.eligibleCategories.has(line.category)) refuseLine(take, entry, parts, "category_not_covered", input.clause.eligibility);
    else if (refusal?.kind === "refer") referrals.push(refusal.reason);
    else if (refusal !== undefined) refuseLine(take, entry, parts, refusal.kind, refusal.reason.clauseId, refusal.reason);
    const eligible = entry.remaining;
    // The reasonable fee caps the whole charge: what social insurance or the patient already bore counts against it.
    const cap = input.lineRules.caps.get(line.id);
    if (cap !== undefined && entry.billed.greaterThan(cap.maxAmount)) reduceLine(take, entry, parts, "fee_cap", entry.billed.minus(cap.maxAmount), cap.clauseId, cap);
    for (const [payer, kind] of COMMERCIAL_ORDER) {
      if (!coverage.deducted.has(payer)) continue;
      const paid = reduceLine(take, entry, parts, kind, toMoney(payments[payer]), input.clause.otherInsurance);
      deducted.set(payer, (deducted.get(payer) ?? ZERO).plus(paid));
    }
    // The step's figures: the amount billed, then each adjustment by kind (a kind taken twice keeps its first place and its last amount).
    const inputs: Record<string, string> = { billed: line.amount };
    for (const adjustment of entry.adjustments) inputs[adjustment.kind] = adjustment.amount;
    if (exclusion !== undefined) inputs["excludedBy"] = exclusion.ruleId;
    if (cap !== undefined) {
      inputs["cappedBy"] = cap.ruleId;
      inputs["cap"] = cap.basis;
    }
    if (terms.catalogueParts !== undefined) {
      inputs["inCatalogue"] = money(parts.in);
      inputs["outOfCatalogue"] = money(parts.out);
    }
    steps.push(
      makeStep("line_eligible", { lineId: line.id }, {
        coverageId: coverage.id,
        lineId: line.id,
        inputs,
        result: money(entry.remaining),
        clauseId: exclusion?.clauseId ?? (refusal !== undefined && refusal.kind !== "refer" ? refusal.reason.clauseId : input.clause.eligibility),
        ...(exclusion !== undefined ? { ruleId: exclusion.ruleId } : cap !== undefined ? { ruleId: cap.ruleId } : {}),
      }),
    );
    return { entry, parts, eligible };
  });
  return { lines, steps, deducted, referrals };
}

type Refusal = { readonly kind: AdjustmentKind | "refer"; readonly reason: Reason };
type ReasonBuilder = ReturnType<typeof reasonsOf<typeof REIMBURSEMENT_REASONS>>;
type Take = (entry: WorkingLine, kind: AdjustmentKind, amount: Money, clauseId: string, why?: LineRuleDecision | Reason) => void;
type Parts = { in: Money; out: Money };

/** Refuses what is left of the line: all of it comes off, nothing is left inside or outside the catalogue. */
function refuseLine(take: Take, entry: WorkingLine, parts: Parts, kind: AdjustmentKind, clauseId: string, why?: LineRuleDecision | Reason): void {
  take(entry, kind, entry.remaining, clauseId, why);
  parts.in = ZERO;
  parts.out = ZERO;
}

/** A reduction of part of the line: at most what is left, off the part outside the catalogue first, then inside. */
function reduceLine(take: Take, entry: WorkingLine, parts: Parts, kind: AdjustmentKind, amount: Money, clauseId: string, why?: LineRuleDecision): Money {
  const taken = minMoney(amount, entry.remaining);
  take(entry, kind, taken, clauseId, why);
  const fromOut = minMoney(taken, parts.out);
  parts.out = parts.out.minus(fromOut);
  parts.in = parts.in.minus(taken.minus(fromOut));
  return taken;
}

/** The coverage's own terms that refuse a whole line (or ask a person to check it): provider, stay window, continuing stay, special drugs. */
function refusalOf(input: EligibilityInput, line: BillLine, reason: ReasonBuilder): Refusal | undefined {
  const { coverage, claim, context } = input;
  const terms = coverage.source;
  const place = { lineId: line.id, coverageId: coverage.id };
  if (terms.providers !== undefined) {
    const check = checkProvider(line, claim, terms.providers, context.lists.providers);
    if (check.status === "ok") return refusalAfterProvider(input, line, reason, place);
    const clauseId = terms.clauseRefs.providers ?? terms.providers.clauseId ?? coverage.clauseId;
    // The words for what the terms require, written only for a line they refuse or ask to check.
    const required = requiredProviderWords(terms.providers, context.lists.providers);
    if (check.status === "not_covered" && check.onlyDepartment !== undefined) return { kind: "provider_not_eligible", reason: reason("DEPARTMENT_NOT_COVERED", clauseId, { provider: check.provider, department: check.onlyDepartment, required }, place) };
    if (check.status === "not_covered") return { kind: "provider_not_eligible", reason: reason("PROVIDER_NOT_COVERED", clauseId, { provider: check.provider, found: check.found, required }, place) };
    if (check.status === "unknown") return { kind: "refer", reason: reason("PROVIDER_NOT_VERIFIED", clauseId, { lineId: line.id, required, missing: check.missing }, place) };
  }
  return refusalAfterProvider(input, line, reason, place);
}

/** The refusals `refusalOf` looks for once the provider is not in question: stay window, continuing stay, special drugs. */
function refusalAfterProvider(input: EligibilityInput, line: BillLine, reason: ReasonBuilder, place: { readonly lineId: string; readonly coverageId: string }): Refusal | undefined {
  const { coverage, claim, context } = input;
  const terms = coverage.source;
  const window = terms.hospitalisationWindow;
  if (window !== undefined && window.categories.includes(line.category)) {
    const check = checkStayWindow(line, claim, window);
    if (check.status === "outside") {
      const clauseId = window.clauseId ?? coverage.clauseId;
      return { kind: "outside_treatment_window", reason: reason("OUTSIDE_STAY_WINDOW", clauseId, { serviceDate: line.serviceDate, when: check.when, daysBefore: String(window.daysBefore), daysAfter: String(window.daysAfter) }, place) };
    }
  }
  const stay = terms.stay;
  if (stay !== undefined && isAfterContinuedStay(line, claim, stay, context.period)) {
    const clauseId = stay.clauseId ?? coverage.clauseId;
    return { kind: "after_cover_ended", reason: reason("AFTER_CONTINUED_STAY", clauseId, { serviceDate: line.serviceDate, expiry: context.period.expiry, days: String(stay.continuedStayDays ?? 0) }, place) };
  }
  const drugs = terms.specialDrugs;
  if (drugs !== undefined && drugs.categories.includes(line.category)) {
    const clauseId = drugs.clauseId ?? coverage.clauseId;
    const check = checkSpecialDrug(line, claim, drugs, context.lists);
    if (check.status === "not_listed") return { kind: "drug_not_listed", reason: reason("DRUG_NOT_ON_LIST", clauseId, { drug: check.drug, list: check.list }, place) };
    if (check.status === "too_old") return { kind: "prescription_expired", reason: reason("PRESCRIPTION_TOO_OLD", clauseId, { days: String(check.days), prescribedOn: check.prescribedOn, maxDays: String(check.maxDays) }, place) };
    if (check.status === "pharmacy") return { kind: "pharmacy_not_designated", reason: reason("PHARMACY_NOT_DESIGNATED", clauseId, { pharmacy: check.pharmacy }, place) };
  }
  return undefined;
}
