import { formatMoney, minMoney, roundToMinorUnit, sumMoney, toMoney, ZERO, type Money, type RoundingMode } from "../money/money.js";
import type { CoverageAccumulator } from "../schemas/accumulators-schema.js";
import type { BillLine, SocialInsuranceUse } from "../schemas/claim-schema.js";
import type { Adjustment, AdjustmentKind, CalculationStep, DecisionLine } from "../schemas/decision-schema.js";
import type { CompiledReimbursementCoverage } from "./compile-policy.js";

/** The rule that excluded a line (`exclude_item`). */
export interface LineExclusion {
  readonly ruleId: string;
  readonly clauseId: string;
  readonly reasonCode: string;
}

export interface ReimbursementInput {
  readonly coverage: CompiledReimbursementCoverage;
  readonly lines: readonly BillLine[];
  readonly exclusions: ReadonlyMap<string, LineExclusion>;
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

/** Adjustments that reduce what the coverage would otherwise pay: they make an approval partial. */
export const REDUCING_ADJUSTMENTS: ReadonlySet<AdjustmentKind> = new Set(["category_not_covered", "excluded_by_rule", "per_claim_limit", "annual_limit"]);

const REASON: Record<AdjustmentKind, { group: Adjustment["group"]; carc: string; reasonCode: string }> = {
  social_insurance: { group: "OA", carc: "23", reasonCode: "SOCIAL_INSURANCE_PAID" },
  self_pay: { group: "PR", carc: "96", reasonCode: "SELF_PAY_NOT_COVERED" },
  category_not_covered: { group: "CO", carc: "204", reasonCode: "CATEGORY_NOT_COVERED" },
  excluded_by_rule: { group: "CO", carc: "96", reasonCode: "EXCLUDED" },
  deductible: { group: "PR", carc: "1", reasonCode: "DEDUCTIBLE" },
  coinsurance: { group: "PR", carc: "2", reasonCode: "COINSURANCE" },
  per_claim_limit: { group: "CO", carc: "119", reasonCode: "PER_CLAIM_LIMIT" },
  annual_limit: { group: "CO", carc: "119", reasonCode: "ANNUAL_LIMIT" },
  denied: { group: "CO", carc: "204", reasonCode: "DENIED" },
  pending_documents: { group: "CO", carc: "252", reasonCode: "DOCUMENTS_REQUIRED" },
};

/** One adjustment record; its group and CARC follow from its kind. */
export function makeAdjustment(kind: AdjustmentKind, amount: string, clauseId: string, rule?: { readonly ruleId: string; readonly reasonCode: string }): Adjustment {
  const reason = REASON[kind];
  return {
    kind,
    group: reason.group,
    carc: reason.carc,
    amount,
    clauseId,
    ...(rule !== undefined ? { ruleId: rule.ruleId } : {}),
    reasonCode: rule?.reasonCode ?? reason.reasonCode,
  };
}

interface WorkingLine {
  readonly line: BillLine;
  readonly billed: Money;
  remaining: Money;
  eligible: Money;
  readonly adjustments: Adjustment[];
}

/**
 * Pays a reimbursement coverage, in this fixed order (so the result never depends on the order of the lines):
 * 1. per line: billed − social insurance paid − self-pay (unless covered) − excluded or non-eligible = eligible;
 * 2. the remaining annual deductible, consumed line by line in (serviceDate, id) order;
 * 3. the ratio for how social insurance was used, rounded per line to the minor unit with the policy's mode:
 *    the only rounding step, every later amount is already in minor units;
 * 4. the per-claim limit, then the remaining annual limit, consumed in the same line order.
 * Every amount taken off a line is an adjustment: billed − Σ adjustments = payable, per line and in total.
 */
export function calculateReimbursement(input: ReimbursementInput): ReimbursementResult {
  const { coverage, minorUnits } = input;
  const refs = coverage.source.clauseRefs;
  const clause = {
    eligibility: refs.eligibility ?? coverage.clauseId,
    deductible: refs.deductible ?? coverage.clauseId,
    ratio: refs.ratio ?? coverage.clauseId,
    limits: refs.limits ?? coverage.clauseId,
  };
  const money = (amount: Money) => formatMoney(amount, minorUnits);
  const steps: CalculationStep[] = [];
  const step = (entry: Omit<CalculationStep, "coverageId">) => steps.push({ ...entry, coverageId: coverage.id });

  const take = (working: WorkingLine, kind: AdjustmentKind, amount: Money, clauseId: string, rule?: LineExclusion) => {
    if (amount.isZero()) return;
    working.remaining = working.remaining.minus(amount);
    working.adjustments.push(makeAdjustment(kind, money(amount), clauseId, rule));
  };

  // 1. Eligibility, line by line.
  const working: WorkingLine[] = input.lines.map((line) => {
    const billed = toMoney(line.amount);
    const entry: WorkingLine = { line, billed, remaining: billed, eligible: ZERO, adjustments: [] };
    take(entry, "social_insurance", minMoney(toMoney(line.socialInsurancePaid), entry.remaining), clause.eligibility);
    if (!coverage.source.selfPayCovered) take(entry, "self_pay", minMoney(toMoney(line.selfPay), entry.remaining), clause.eligibility);
    const exclusion = input.exclusions.get(line.id);
    if (exclusion !== undefined) take(entry, "excluded_by_rule", entry.remaining, exclusion.clauseId, exclusion);
    else if (!coverage.eligibleCategories.has(line.category)) take(entry, "category_not_covered", entry.remaining, clause.eligibility);
    entry.eligible = entry.remaining;
    step({
      step: "line_eligible",
      description: { en: `Eligible amount of line ${line.id}`, zh: `费用明细 ${line.id} 的合理可赔金额` },
      lineId: line.id,
      inputs: {
        billed: line.amount,
        ...Object.fromEntries(entry.adjustments.map((adjustment) => [adjustment.kind, adjustment.amount])),
        ...(exclusion !== undefined ? { excludedBy: exclusion.ruleId } : {}),
      },
      result: money(entry.eligible),
      clauseId: exclusion?.clauseId ?? clause.eligibility,
      ...(exclusion !== undefined ? { ruleId: exclusion.ruleId } : {}),
    });
    return entry;
  });

  const ordered = [...working].sort((a, b) => (a.line.serviceDate < b.line.serviceDate ? -1 : a.line.serviceDate > b.line.serviceDate ? 1 : a.line.id < b.line.id ? -1 : 1));
  const total = () => sumMoney(working.map((entry) => entry.remaining));
  const eligibleTotal = total();
  step({
    step: "eligible_total",
    description: { en: "Total eligible amount", zh: "合理可赔金额合计" },
    inputs: { lines: String(working.length) },
    result: money(eligibleTotal),
    clauseId: clause.eligibility,
  });

  // 2. Deductible: what is left of the annual deductible this policy year.
  const deductibleUsedBefore = toMoney(input.accumulator.deductibleUsed);
  const deductibleRemainingBefore = coverage.annualDeductible.minus(minMoney(deductibleUsedBefore, coverage.annualDeductible));
  let deductibleLeft = deductibleRemainingBefore;
  for (const entry of ordered) {
    const applied = minMoney(entry.remaining, deductibleLeft);
    deductibleLeft = deductibleLeft.minus(applied);
    take(entry, "deductible", applied, clause.deductible);
  }
  const deductibleApplied = deductibleRemainingBefore.minus(deductibleLeft);
  step({
    step: "deductible",
    description: { en: "Annual deductible applied", zh: "扣除年度免赔额" },
    inputs: {
      annualDeductible: money(coverage.annualDeductible),
      deductibleUsedBefore: input.accumulator.deductibleUsed,
      deductibleRemaining: money(deductibleRemainingBefore),
      eligibleTotal: money(eligibleTotal),
    },
    result: money(deductibleApplied),
    clauseId: clause.deductible,
  });

  // 3. Ratio, rounded per line: the one rounding step.
  const ratio = coverage.ratio[input.socialInsurance];
  const afterDeductible = total();
  for (const entry of ordered) {
    const covered = roundToMinorUnit(entry.remaining.times(ratio), minorUnits, input.rounding);
    take(entry, "coinsurance", entry.remaining.minus(covered), clause.ratio);
  }
  step({
    step: "ratio",
    description: { en: `Reimbursement ratio for social insurance "${input.socialInsurance}"`, zh: `按社保结算情况（${input.socialInsurance}）适用赔付比例` },
    inputs: { socialInsurance: input.socialInsurance, ratio: ratio.toString(), base: money(afterDeductible), rounding: `${input.rounding}, per line` },
    result: money(total()),
    clauseId: clause.ratio,
  });

  // 4. Limits.
  const applyLimit = (kind: "per_claim_limit" | "annual_limit", limit: Money, inputs: Record<string, string>, description: CalculationStep["description"]) => {
    let left = limit;
    const before = total();
    for (const entry of ordered) {
      const paid = minMoney(entry.remaining, left);
      left = left.minus(paid);
      take(entry, kind, entry.remaining.minus(paid), clause.limits);
    }
    step({ step: kind, description, inputs: { ...inputs, amountBefore: money(before) }, result: money(total()), clauseId: clause.limits });
  };
  if (coverage.perClaimLimit !== undefined) {
    applyLimit("per_claim_limit", coverage.perClaimLimit, { perClaimLimit: money(coverage.perClaimLimit) }, { en: "Per-claim limit", zh: "单次赔偿限额" });
  }
  const paidBefore = toMoney(input.accumulator.paid);
  const annualRemaining = coverage.annualLimit.minus(minMoney(paidBefore, coverage.annualLimit));
  applyLimit(
    "annual_limit",
    annualRemaining,
    { annualLimit: money(coverage.annualLimit), paidBefore: input.accumulator.paid, annualLimitRemaining: money(annualRemaining) },
    { en: "Remaining annual limit", zh: "年度剩余赔偿限额" },
  );

  const payable = total();
  step({ step: "payable", description: { en: "Payable by this coverage", zh: "本保障责任应赔金额" }, inputs: {}, result: money(payable), clauseId: coverage.clauseId });

  return {
    lines: working.map((entry) => ({
      lineId: entry.line.id,
      category: entry.line.category,
      coverageId: coverage.id,
      billed: money(entry.billed),
      eligible: money(entry.eligible),
      payable: money(entry.remaining),
      adjustments: entry.adjustments,
      reasons: [...new Set(entry.adjustments.map((adjustment) => adjustment.reasonCode))],
    })),
    payable,
    steps,
    accumulatorAfter: {
      deductibleUsed: money(deductibleUsedBefore.plus(deductibleApplied)),
      paid: money(paidBefore.plus(payable)),
    },
  };
}
