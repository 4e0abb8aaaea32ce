import { ADJUSTMENT_KINDS, type AdjustmentKind } from "../codes/adjustment-kinds.js";
import { Dec, formatMoney, minMoney, ZERO, type Money } from "../money/money.js";
import type { DecisionBenefit } from "../trace/decision-benefit-schema.js";
import { makeAdjustment } from "../trace/make-adjustment.js";
import type { Reason } from "../trace/reason-schema.js";
import { GENERAL_REASONS } from "../codes/general-reasons.js";
import { reasonsOf } from "../trace/make-reason.js";
import type { LocalizedText } from "../values/primitives.js";
import type { CalculationContext } from "./coverage-kind-definition.js";

/** An amount taken off a benefit (an earlier payment, a deductible), with the adjustment kind and the clause that takes it. */
export interface BenefitDeduction {
  readonly kind: AdjustmentKind;
  /** Taken off in order, never more than what is left. */
  readonly amount?: Money;
  /** Instead of an amount: what is left is cut down to this (a limit), nothing is taken off below it. */
  readonly keepAtMost?: Money;
  readonly clauseId: string;
  /** The reason behind the cut, when it is not the adjustment kind's own term (e.g. a payout maximum reached). */
  readonly reason?: Reason;
}

/** What a coverage kind gives `buildBenefit` to write a decision's benefit: the amounts, the deductions and the steps that explain them. */
export interface BenefitSpec {
  readonly coverageId: string;
  readonly kind: string;
  readonly benefitId?: string;
  readonly clauseId: string;
  readonly description: LocalizedText;
  readonly gross: Money;
  readonly deductions: readonly BenefitDeduction[];
  readonly basis: Readonly<Record<string, string>>;
  readonly evidence?: DecisionBenefit["evidence"];
}

/** A benefit record whose adjustments balance: gross − Σ adjustments = payable, exactly. */
export function buildBenefit(spec: BenefitSpec, minorUnits: number): { benefit: DecisionBenefit; payable: Money } {
  let left = spec.gross;
  const adjustments = spec.deductions.flatMap((deduction) => {
    const wanted = deduction.keepAtMost !== undefined ? left.minus(minMoney(left, deduction.keepAtMost)) : (deduction.amount ?? ZERO);
    const taken = minMoney(wanted, left);
    if (taken.lessThanOrEqualTo(ZERO)) return [];
    left = left.minus(taken);
    return [makeAdjustment(deduction.kind, formatMoney(taken, minorUnits), deduction.clauseId, { coverageId: spec.coverageId, ...(deduction.reason !== undefined ? { reason: deduction.reason } : {}) })];
  });
  return {
    payable: left,
    benefit: {
      coverageId: spec.coverageId,
      kind: spec.kind,
      ...(spec.benefitId !== undefined ? { benefitId: spec.benefitId } : {}),
      clauseId: spec.clauseId,
      description: spec.description,
      gross: formatMoney(spec.gross, minorUnits),
      adjustments,
      payable: formatMoney(left, minorUnits),
      basis: { ...spec.basis },
      ...(spec.evidence !== undefined ? { evidence: spec.evidence } : {}),
    },
  };
}

/** The deductions of the limits a coverage shares with others: what is left of the benefit is cut to each one's rest. */
export function sharedLimitDeductions(context: CalculationContext, coverageId: string): BenefitDeduction[] {
  return context.sharedLimits(coverageId).map((shared) => ({ kind: "shared_limit", keepAtMost: shared.left, clauseId: shared.clauseId }));
}

/**
 * The deduction of a limit per accident (incident) over every claim for it: what is left of the benefit is cut to
 * the limit less what the coverage paid for the incident before (ledger field `incidentPaid`, scope `incident`).
 */
export function perIncidentLimitDeductions(limit: Money | undefined, incidentPaid: string, clauseId: string): BenefitDeduction[] {
  if (limit === undefined) return [];
  const paid = new Dec(incidentPaid);
  return [{ kind: "per_incident_limit", keepAtMost: limit.minus(minMoney(paid, limit)), clauseId }];
}

/**
 * The deduction of the premium due in the grace period (PRC Insurance Law art. 36), taken from what is left of the
 * benefit, once for the claim (what benefits before this one took is not taken again).
 */
export function unpaidPremiumDeductions(context: CalculationContext): BenefitDeduction[] {
  const due = context.unpaidPremium?.();
  if (due === undefined || due.left.isZero()) return [];
  const reasonOf = reasonsOf(GENERAL_REASONS, context.currency);
  const amount = formatMoney(due.total, context.minorUnits);
  const reason =
    (due.instalments ?? 1) > 1
      ? reasonOf("PREMIUMS_DUE_DEDUCTED", due.clauseId, { amount, dueOn: due.dueOn, instalments: String(due.instalments) })
      : reasonOf("PREMIUM_DUE_DEDUCTED", due.clauseId, { amount, dueOn: due.dueOn });
  return [{ kind: "unpaid_premium", amount: due.left, clauseId: due.clauseId, reason }];
}

/**
 * What a benefit spent of the coverage, for the ledger: its payable and the premium due it settled (a benefit that
 * paid the premium out of itself was paid in full, art. 36; a later benefit net of it deducts the whole).
 */
export function benefitSpent(benefit: DecisionBenefit, payable: Money): Money {
  return benefit.adjustments.filter((adjustment) => adjustment.kind === "unpaid_premium").reduce((sum, adjustment) => sum.plus(adjustment.amount), payable);
}

/** Limits a benefit meets without a reason of its own: each cut they make is a reduction, named by the adjustment's kind. */
const LIMIT_KINDS: ReadonlySet<AdjustmentKind> = new Set(["shared_limit", "per_incident_limit"]);

/** The reductions of a benefit's limit cuts (a shared limit, the limit per accident): they make an approval partial. */
export function limitReductions(benefit: DecisionBenefit): Reason[] {
  return benefit.adjustments
    .filter((adjustment) => LIMIT_KINDS.has(adjustment.kind) && ADJUSTMENT_KINDS[adjustment.kind].reducing)
    .map((adjustment) => ({ code: adjustment.reasonCode, clauseId: adjustment.clauseId, coverageId: benefit.coverageId, message: adjustment.message }));
}
