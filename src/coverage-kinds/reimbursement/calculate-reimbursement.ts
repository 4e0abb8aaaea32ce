import { formatMoney, minMoney, roundToMinorUnit, sumMoney, toMoney, ZERO, type Money } from "../../money/money.js";
import type { CalculationStep } from "../../trace/calculation-step-schema.js";
import { stepsOf } from "../../trace/make-step.js";
import type { CoverageAssessment, CoverageCalculationInput, LineRuleDecision } from "../coverage-kind-definition.js";
import type { CommonLedgerEntry } from "../coverage-ledger.js";
import { applySubLimits } from "./apply-sub-limits.js";
import type { CompiledReimbursementCoverage } from "./compile-reimbursement-coverage.js";
import { REIMBURSEMENT_STEPS, SOCIAL_INSURANCE_WORDS } from "./reimbursement-steps.js";
import { byServiceDate, capInOrder, consumeInOrder, remainingTotal, startWorkingLine, takeOff, type WorkingLine } from "./working-line.js";
import { ownEntry } from "../../values/own-entry.js";

/** A reimbursement coverage's ledger entry. */
export interface ReimbursementLedger extends CommonLedgerEntry {
  readonly deductibleUsed: string;
  readonly incidentDeductibleUsed: string;
  readonly subLimitsUsed: Readonly<Record<string, string>>;
}

/**
 * Pays a reimbursement coverage in a fixed order, so the result never depends on the order of the lines:
 * 1. eligibility, per line: billed − social insurance paid − self-pay (unless covered) − excluded or not-covered;
 * 2. allowed amount: a `cap_item` rule's reasonable and customary fee caps the whole charge, so what exceeds it
 *    comes off what is left (social insurance's and the patient's shares count against the fee);
 * 3. other insurers: what they paid on the line is deducted (indemnity: nothing is paid twice);
 * 4. deductibles: the rest of the annual deductible (the insured's, or the family's), then the per-claim one, then
 *    what is left of the per-incident one (taken once over the incident's claims), each first credited with the
 *    payments the policy lets count (other insurers', and social insurance's when it says so), then consumed in
 *    (service date, line id) order;
 * 5. the ratio for how social insurance was used, rounded per line to the minor unit with the policy's mode: the
 *    only rounding step, every later amount is already in minor units;
 * 6. sub-limits, per unit, day, visit, claim or policy year;
 * 7. the per-claim limit, then what is left of the annual limit, then of each limit shared with other coverages.
 * Every amount taken off a line is an adjustment: billed − Σ adjustments = payable, per line and in total.
 */
export function calculateReimbursement<Ledger extends ReimbursementLedger>(input: CoverageCalculationInput<CompiledReimbursementCoverage, Ledger>): CoverageAssessment<Ledger> {
  const { coverage, context, ledger } = input;
  if (input.lines.length === 0) return { applies: false };
  const { minorUnits } = context;
  const refs = coverage.source.clauseRefs;
  const clause = {
    eligibility: refs.eligibility ?? coverage.clauseId,
    otherInsurance: refs.otherInsurance ?? refs.eligibility ?? coverage.clauseId,
    deductible: refs.deductible ?? coverage.clauseId,
    ratio: refs.ratio ?? coverage.clauseId,
    limits: refs.limits ?? coverage.clauseId,
  };
  const source = { coverageId: coverage.id };
  const money = (amount: Money) => formatMoney(amount, minorUnits);
  const makeStep = stepsOf(REIMBURSEMENT_STEPS, context.currency);
  const steps: CalculationStep[] = [];
  const take = (entry: WorkingLine, kind: Parameters<typeof takeOff>[1], amount: Money, clauseId: string, rule?: LineRuleDecision) =>
    takeOff(entry, kind, amount, clauseId, minorUnits, rule === undefined ? source : { ...source, ruleId: rule.ruleId, reason: { code: rule.reasonCode, message: rule.message } });

  // 1–3. Eligibility, allowed amount and other insurers, line by line.
  const eligible = new Map<string, Money>();
  let otherInsuranceTaken = ZERO;
  let socialInsuranceTaken = ZERO;
  const working = input.lines.map((line) => {
    const entry = startWorkingLine(line);
    const socialInsurance = minMoney(toMoney(line.socialInsurancePaid), entry.remaining);
    socialInsuranceTaken = socialInsuranceTaken.plus(socialInsurance);
    take(entry, "social_insurance", socialInsurance, clause.eligibility);
    if (!coverage.source.selfPayCovered) take(entry, "self_pay", minMoney(toMoney(line.selfPay), entry.remaining), clause.eligibility);
    const exclusion = input.lineRules.exclusions.get(line.id);
    if (exclusion !== undefined) take(entry, "excluded_by_rule", entry.remaining, exclusion.clauseId, exclusion);
    else if (!coverage.eligibleCategories.has(line.category)) take(entry, "category_not_covered", entry.remaining, clause.eligibility);
    eligible.set(line.id, entry.remaining);
    // The reasonable fee caps the whole charge: what social insurance or the patient already bore counts against it.
    const cap = input.lineRules.caps.get(line.id);
    if (cap !== undefined && entry.billed.greaterThan(cap.maxAmount)) take(entry, "fee_cap", minMoney(entry.remaining, entry.billed.minus(cap.maxAmount)), cap.clauseId, cap);
    const otherInsurance = minMoney(toMoney(line.otherInsurancePaid), entry.remaining);
    otherInsuranceTaken = otherInsuranceTaken.plus(otherInsurance);
    take(entry, "other_insurance", otherInsurance, clause.otherInsurance);
    steps.push(
      makeStep("line_eligible", { lineId: line.id }, {
        coverageId: coverage.id,
        lineId: line.id,
        inputs: {
          billed: line.amount,
          ...Object.fromEntries(entry.adjustments.map((adjustment) => [adjustment.kind, adjustment.amount])),
          ...(exclusion !== undefined ? { excludedBy: exclusion.ruleId } : {}),
          ...(cap !== undefined ? { cappedBy: cap.ruleId, cap: cap.basis } : {}),
        },
        result: money(entry.remaining),
        clauseId: exclusion?.clauseId ?? clause.eligibility,
        ...(exclusion !== undefined ? { ruleId: exclusion.ruleId } : cap !== undefined ? { ruleId: cap.ruleId } : {}),
      }),
    );
    return entry;
  });
  const ordered = [...working].sort(byServiceDate);
  const eligibleTotal = remainingTotal(working);
  steps.push(
    makeStep("eligible_total", {}, {
      coverageId: coverage.id,
      inputs: { lines: String(working.length), otherInsurancePaid: money(otherInsuranceTaken) },
      result: money(eligibleTotal),
      clauseId: clause.eligibility,
    }),
  );

  // 4. Deductibles, each credited first with the payments that count towards it.
  const credits = coverage.source.deductibleCredits;
  let credit = ZERO.plus(credits.otherInsurance ? otherInsuranceTaken : ZERO).plus(credits.socialInsurance ? socialInsuranceTaken : ZERO);
  const applyDeductible = (kind: "deductible" | "per_claim_deductible" | "per_incident_deductible", amount: Money) => {
    const credited = minMoney(amount, credit);
    credit = credit.minus(credited);
    const consumed = consumeInOrder(ordered, amount.minus(credited), kind, clause.deductible, minorUnits, source);
    return { credited, consumed };
  };
  const deductibleUsedBefore = toMoney(ledger.deductibleUsed);
  const annualRemaining = coverage.annualDeductible.minus(minMoney(deductibleUsedBefore, coverage.annualDeductible));
  const annual = applyDeductible("deductible", annualRemaining);
  steps.push(
    makeStep("deductible", {}, {
      coverageId: coverage.id,
      inputs: {
        annualDeductible: money(coverage.annualDeductible),
        deductibleUsedBefore: money(deductibleUsedBefore),
        deductibleRemaining: money(annualRemaining),
        creditedByOtherPayments: money(annual.credited),
        base: money(eligibleTotal),
      },
      result: money(annual.consumed),
      clauseId: clause.deductible,
    }),
  );
  // A term names what shaped the amount: a policy without an annual deductible has none to show ("deductible ¥0.00").
  const terms: { kind: "deductible" | "per_claim_deductible" | "per_incident_deductible" | "ratio"; value: string }[] = coverage.annualDeductible.isZero() ? [] : [{ kind: "deductible", value: money(annual.consumed) }];
  if (!coverage.perClaimDeductible.isZero()) {
    const perClaim = applyDeductible("per_claim_deductible", coverage.perClaimDeductible);
    steps.push(
      makeStep("per_claim_deductible", {}, {
        coverageId: coverage.id,
        inputs: { perClaimDeductible: money(coverage.perClaimDeductible), creditedByOtherPayments: money(perClaim.credited) },
        result: money(perClaim.consumed),
        clauseId: clause.deductible,
      }),
    );
    terms.push({ kind: "per_claim_deductible", value: money(perClaim.consumed) });
  }
  const incidentUsedBefore = toMoney(ledger.incidentDeductibleUsed);
  let incident = { credited: ZERO, consumed: ZERO };
  if (!coverage.perIncidentDeductible.isZero()) {
    const incidentRemaining = coverage.perIncidentDeductible.minus(minMoney(incidentUsedBefore, coverage.perIncidentDeductible));
    incident = applyDeductible("per_incident_deductible", incidentRemaining);
    steps.push(
      makeStep("per_incident_deductible", {}, {
        coverageId: coverage.id,
        inputs: {
          perIncidentDeductible: money(coverage.perIncidentDeductible),
          usedOnTheIncidentBefore: money(incidentUsedBefore),
          remaining: money(incidentRemaining),
          creditedByOtherPayments: money(incident.credited),
        },
        result: money(incident.consumed),
        clauseId: clause.deductible,
      }),
    );
    terms.push({ kind: "per_incident_deductible", value: money(incident.consumed) });
  }

  // 5. Ratio, rounded per line: the one rounding step.
  const socialInsurance = input.claim.socialInsurance ?? "used";
  const ratio = coverage.ratio[socialInsurance];
  const afterDeductible = remainingTotal(working);
  for (const entry of ordered) {
    const covered = roundToMinorUnit(entry.remaining.times(ratio), minorUnits, context.rounding);
    take(entry, "coinsurance", entry.remaining.minus(covered), clause.ratio);
  }
  steps.push(
    makeStep("ratio", { socialInsurance: SOCIAL_INSURANCE_WORDS[socialInsurance] }, {
      coverageId: coverage.id,
      inputs: { socialInsurance, ratio: ratio.toString(), base: money(afterDeductible), rounding: `${context.rounding}, per line` },
      result: money(remainingTotal(working)),
      clauseId: clause.ratio,
    }),
  );
  terms.push({ kind: "ratio", value: ratio.toString() });

  // 6. Sub-limits.
  steps.push(...applySubLimits({ coverage, ordered, subLimitsUsed: ledger.subLimitsUsed, minorUnits, currency: context.currency, defaultClauseId: clause.limits }));

  // 7. Aggregate limits.
  const applyLimit = (kind: "per_claim_limit" | "annual_limit", limit: Money, inputs: Record<string, string>) => {
    const before = remainingTotal(working);
    capInOrder(ordered, limit, kind, clause.limits, minorUnits, source);
    steps.push(makeStep(kind, {}, { coverageId: coverage.id, inputs: { ...inputs, amountBefore: money(before) }, result: money(remainingTotal(working)), clauseId: clause.limits }));
  };
  if (coverage.perClaimLimit !== undefined) applyLimit("per_claim_limit", coverage.perClaimLimit, { perClaimLimit: money(coverage.perClaimLimit) });
  const paidBefore = toMoney(ledger.paid);
  const annualLimitRemaining = coverage.annualLimit.minus(minMoney(paidBefore, coverage.annualLimit));
  applyLimit("annual_limit", annualLimitRemaining, { annualLimit: money(coverage.annualLimit), paidBefore: money(paidBefore), annualLimitRemaining: money(annualLimitRemaining) });
  for (const shared of context.sharedLimits(coverage.id)) {
    const before = remainingTotal(working);
    capInOrder(ordered, shared.left, "shared_limit", shared.clauseId, minorUnits, source);
    steps.push(makeStep("shared_limit", { limit: shared.name }, { coverageId: coverage.id, inputs: { sharedLimit: shared.id, left: money(shared.left), amountBefore: money(before) }, result: money(remainingTotal(working)), clauseId: shared.clauseId }));
  }

  const payable = remainingTotal(working);
  steps.push(makeStep("payable", {}, { coverageId: coverage.id, inputs: {}, result: money(payable), clauseId: coverage.clauseId }));

  const subLimitsUsed: Record<string, string> = { ...ledger.subLimitsUsed };
  for (const subLimit of coverage.subLimits) {
    const members = working.filter((entry) => subLimit.categorySet.has(entry.line.category));
    if (subLimit.per !== "year" || members.length === 0) continue;
    const paid = sumMoney(members.map((entry) => entry.remaining));
    subLimitsUsed[subLimit.id] = money(toMoney(ownEntry(subLimitsUsed, subLimit.id) ?? "0").plus(paid));
  }
  return {
    applies: true,
    payable,
    lines: working.map((entry) => ({
      lineId: entry.line.id,
      category: entry.line.category,
      coverageId: coverage.id,
      billed: money(entry.billed),
      eligible: money(eligible.get(entry.line.id) as Money),
      payable: money(entry.remaining),
      adjustments: entry.adjustments,
      reasons: [...new Set(entry.adjustments.map((adjustment) => adjustment.reasonCode))],
    })),
    steps,
    ledgerAfter: {
      ...ledger,
      deductibleUsed: money(deductibleUsedBefore.plus(annual.credited).plus(annual.consumed)),
      incidentDeductibleUsed: money(incidentUsedBefore.plus(incident.credited).plus(incident.consumed)),
      paid: money(paidBefore.plus(payable)),
      subLimitsUsed,
    },
    reductions: [],
    referrals: [],
    terms,
    endsCoverages: [],
  };
}
