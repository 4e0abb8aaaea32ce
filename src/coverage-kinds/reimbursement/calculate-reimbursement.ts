import { formatMoney, minMoney, roundToMinorUnit, sumMoney, toMoney, ZERO, type Money, type RoundingMode } from "../../money/money.js";
import type { CoverageAccumulator } from "../../ledger/accumulators-schema.js";
import type { BillLine, SocialInsuranceUse } from "../../claim/claim-schema.js";
import type { CalculationStep, DecisionLine } from "../../decision/decision-schema.js";
import type { LocalizedText } from "../../values/primitives.js";
import { applySubLimits } from "./apply-sub-limits.js";
import type { CompiledReimbursementCoverage } from "../../policy/compile-policy.js";
import { byServiceDate, capInOrder, consumeInOrder, remainingTotal, startWorkingLine, takeOff, type WorkingLine } from "./working-line.js";

/** The rule that excluded a line (`exclude_item`). */
export interface LineExclusion {
  readonly ruleId: string;
  readonly clauseId: string;
  readonly reasonCode: string;
  readonly message: LocalizedText;
}

/** The most a line is allowed (`cap_item`: a reasonable and customary fee), and where that figure comes from. */
export interface LineCap extends LineExclusion {
  readonly maxAmount: Money;
  readonly basis: string;
}

export interface ReimbursementInput {
  readonly coverage: CompiledReimbursementCoverage;
  readonly lines: readonly BillLine[];
  readonly exclusions: ReadonlyMap<string, LineExclusion>;
  readonly caps: ReadonlyMap<string, LineCap>;
  readonly socialInsurance: SocialInsuranceUse;
  readonly accumulator: CoverageAccumulator;
  readonly minorUnits: number;
  readonly rounding: RoundingMode;
}

export interface ReimbursementResult {
  /** In the order of `input.lines`. */
  readonly lines: readonly DecisionLine[];
  readonly payable: Money;
  readonly steps: readonly CalculationStep[];
  readonly accumulatorAfter: CoverageAccumulator;
}

/**
 * Pays a reimbursement coverage in a fixed order, so the result never depends on the order of the lines:
 * 1. eligibility, per line: billed − social insurance paid − self-pay (unless covered) − excluded or not-covered;
 * 2. allowed amount: a `cap_item` rule's reasonable and customary fee caps the whole charge, so what exceeds it
 *    comes off what is left (social insurance's and the patient's shares count against the fee);
 * 3. other insurers: what they paid on the line is deducted (indemnity: nothing is paid twice);
 * 4. deductibles: the rest of the annual deductible, then the per-claim one, each first credited with the payments
 *    the policy lets count (other insurers', and social insurance's when it says so), then consumed in
 *    (service date, line id) order;
 * 5. the ratio for how social insurance was used, rounded per line to the minor unit with the policy's mode: the
 *    only rounding step, every later amount is already in minor units;
 * 6. sub-limits, per unit, day, visit, claim or policy year;
 * 7. the per-claim limit, then what is left of the annual limit.
 * Every amount taken off a line is an adjustment: billed − Σ adjustments = payable, per line and in total.
 */
export function calculateReimbursement(input: ReimbursementInput): ReimbursementResult {
  const { coverage, minorUnits } = input;
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
  const steps: CalculationStep[] = [];
  const step = (entry: Omit<CalculationStep, "coverageId">) => steps.push({ ...entry, coverageId: coverage.id });
  const take = (entry: WorkingLine, kind: Parameters<typeof takeOff>[1], amount: Money, clauseId: string, rule?: LineExclusion) =>
    takeOff(entry, kind, amount, clauseId, minorUnits, rule === undefined ? source : { ...source, ruleId: rule.ruleId, reasonCode: rule.reasonCode, message: rule.message });

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
    const exclusion = input.exclusions.get(line.id);
    if (exclusion !== undefined) take(entry, "excluded_by_rule", entry.remaining, exclusion.clauseId, exclusion);
    else if (!coverage.eligibleCategories.has(line.category)) take(entry, "category_not_covered", entry.remaining, clause.eligibility);
    eligible.set(line.id, entry.remaining);
    // The reasonable fee caps the whole charge: what social insurance or the patient already bore counts against it.
    const cap = input.caps.get(line.id);
    if (cap !== undefined && entry.billed.greaterThan(cap.maxAmount)) take(entry, "fee_cap", minMoney(entry.remaining, entry.billed.minus(cap.maxAmount)), cap.clauseId, cap);
    const otherInsurance = minMoney(toMoney(line.otherInsurancePaid), entry.remaining);
    otherInsuranceTaken = otherInsuranceTaken.plus(otherInsurance);
    take(entry, "other_insurance", otherInsurance, clause.otherInsurance);
    step({
      step: "line_eligible",
      description: { en: `Eligible amount of line ${line.id}`, zh: `费用明细 ${line.id} 的合理可赔金额` },
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
    });
    return entry;
  });
  const ordered = [...working].sort(byServiceDate);
  const eligibleTotal = remainingTotal(working);
  step({
    step: "eligible_total",
    description: { en: "Total eligible amount after other insurers' payments", zh: "扣除其他保险已赔付部分后的合理可赔金额合计" },
    inputs: { lines: String(working.length), otherInsurancePaid: money(otherInsuranceTaken) },
    result: money(eligibleTotal),
    clauseId: clause.eligibility,
  });

  // 4. Deductibles, each credited first with the payments that count towards it.
  const credits = coverage.source.deductibleCredits;
  let credit = ZERO.plus(credits.otherInsurance ? otherInsuranceTaken : ZERO).plus(credits.socialInsurance ? socialInsuranceTaken : ZERO);
  const applyDeductible = (kind: "deductible" | "per_claim_deductible", amount: Money) => {
    const credited = minMoney(amount, credit);
    credit = credit.minus(credited);
    const consumed = consumeInOrder(ordered, amount.minus(credited), kind, clause.deductible, minorUnits, source);
    return { credited, consumed };
  };
  const deductibleUsedBefore = toMoney(input.accumulator.deductibleUsed);
  const annualRemaining = coverage.annualDeductible.minus(minMoney(deductibleUsedBefore, coverage.annualDeductible));
  const annual = applyDeductible("deductible", annualRemaining);
  step({
    step: "deductible",
    description: { en: "Annual deductible applied", zh: "扣除年度免赔额" },
    inputs: {
      annualDeductible: money(coverage.annualDeductible),
      deductibleUsedBefore: money(deductibleUsedBefore),
      deductibleRemaining: money(annualRemaining),
      creditedByOtherPayments: money(annual.credited),
      base: money(eligibleTotal),
    },
    result: money(annual.consumed),
    clauseId: clause.deductible,
  });
  if (!coverage.perClaimDeductible.isZero()) {
    const perClaim = applyDeductible("per_claim_deductible", coverage.perClaimDeductible);
    step({
      step: "per_claim_deductible",
      description: { en: "Per-claim deductible applied", zh: "扣除每次事故免赔额" },
      inputs: { perClaimDeductible: money(coverage.perClaimDeductible), creditedByOtherPayments: money(perClaim.credited) },
      result: money(perClaim.consumed),
      clauseId: clause.deductible,
    });
  }

  // 5. Ratio, rounded per line: the one rounding step.
  const ratio = coverage.ratio[input.socialInsurance];
  const afterDeductible = remainingTotal(working);
  for (const entry of ordered) {
    const covered = roundToMinorUnit(entry.remaining.times(ratio), minorUnits, input.rounding);
    take(entry, "coinsurance", entry.remaining.minus(covered), clause.ratio);
  }
  step({
    step: "ratio",
    description: { en: `Reimbursement ratio for social insurance "${input.socialInsurance}"`, zh: `按社保结算情况（${input.socialInsurance}）适用赔付比例` },
    inputs: { socialInsurance: input.socialInsurance, ratio: ratio.toString(), base: money(afterDeductible), rounding: `${input.rounding}, per line` },
    result: money(remainingTotal(working)),
    clauseId: clause.ratio,
  });

  // 6. Sub-limits.
  const subLimits = applySubLimits({ coverage, ordered, accumulator: input.accumulator, minorUnits, defaultClauseId: clause.limits });
  for (const entry of subLimits.steps) step(entry);

  // 7. Aggregate limits.
  const applyLimit = (kind: "per_claim_limit" | "annual_limit", limit: Money, inputs: Record<string, string>, description: CalculationStep["description"]) => {
    const before = remainingTotal(working);
    capInOrder(ordered, limit, kind, clause.limits, minorUnits, source);
    step({ step: kind, description, inputs: { ...inputs, amountBefore: money(before) }, result: money(remainingTotal(working)), clauseId: clause.limits });
  };
  if (coverage.perClaimLimit !== undefined) {
    applyLimit("per_claim_limit", coverage.perClaimLimit, { perClaimLimit: money(coverage.perClaimLimit) }, { en: "Per-claim limit", zh: "单次赔偿限额" });
  }
  const paidBefore = toMoney(input.accumulator.paid);
  const annualLimitRemaining = coverage.annualLimit.minus(minMoney(paidBefore, coverage.annualLimit));
  applyLimit(
    "annual_limit",
    annualLimitRemaining,
    { annualLimit: money(coverage.annualLimit), paidBefore: money(paidBefore), annualLimitRemaining: money(annualLimitRemaining) },
    { en: "Remaining annual limit", zh: "年度剩余赔偿限额" },
  );

  const payable = remainingTotal(working);
  step({ step: "payable", description: { en: "Payable by this coverage", zh: "本保障责任应赔金额" }, inputs: {}, result: money(payable), clauseId: coverage.clauseId });

  const subLimitsUsed = { ...input.accumulator.subLimitsUsed };
  for (const subLimit of coverage.subLimits) {
    const members = working.filter((entry) => subLimit.categorySet.has(entry.line.category));
    if (subLimit.per !== "year" || members.length === 0) continue;
    const paid = sumMoney(members.map((entry) => entry.remaining));
    subLimitsUsed[subLimit.id] = money(toMoney(subLimitsUsed[subLimit.id] ?? "0").plus(paid));
  }
  return {
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
    payable,
    steps,
    accumulatorAfter: {
      ...input.accumulator,
      deductibleUsed: money(deductibleUsedBefore.plus(annual.credited).plus(annual.consumed)),
      paid: money(paidBefore.plus(payable)),
      subLimitsUsed,
    },
  };
}
