import { formatMoney, minMoney, sumMoney, toMoney, ZERO, type Money } from "../../money/money.js";
import type { PayerSource } from "../../claim/payer-sources.js";
import type { CalculationStep } from "../../trace/calculation-step-schema.js";
import { stepsOf } from "../../trace/make-step.js";
import type { CoverageAssessment, CoverageCalculationInput } from "../coverage-kind-definition.js";
import type { CommonLedgerEntry } from "../coverage-ledger.js";
import { applySubLimits } from "./apply-sub-limits.js";
import type { CompiledReimbursementCoverage } from "./compile-reimbursement-coverage.js";
import { assessEligibility } from "./line-eligibility.js";
import { REIMBURSEMENT_STEPS } from "./reimbursement-steps.js";
import { shareCosts, type CostSharingLedger } from "./share-costs.js";
import { byServiceDate, capInOrder, remainingTotal } from "./working-line.js";
import { ownEntry } from "../../values/own-entry.js";

/** A reimbursement coverage's ledger entry. */
export interface ReimbursementLedger extends CommonLedgerEntry, CostSharingLedger {
  readonly subLimitsUsed: Readonly<Record<string, string>>;
}

/**
 * Pays a reimbursement coverage in a fixed order, so the result never depends on the order of the lines:
 * 1. eligibility, per line (`assessEligibility`): the provider's negotiated write-off; what the public schemes paid
 *    (as far as the coverage deducts them); self-pay and 乙类先行自付 it does not cover; refusals of the whole line
 *    (item rules, categories, providers, the days around a stay, a continuing stay, special drugs);
 * 2. allowed amount: a `cap_item` rule's reasonable and customary fee caps the whole charge;
 * 3. other insurers and an employer's plan: what they paid on the line is deducted (indemnity: nothing is paid twice);
 * 4. copays (`shareCosts`), per visit, service, day or prescription;
 * 5. deductibles: the rest of the annual deductible (the insured's, within the family's when there is one, or the
 *    family's shared one), then the per-claim one, then what is left of the per-incident one, then each catalogue
 *    part's own, each first credited with the payments the coverage lets count, then consumed in (service date,
 *    line id) order; lines exempt from the deductible skip them;
 * 6. the ratio for how each line was settled with social insurance (by band, by part, lower for a declared
 *    pre-existing condition), rounded per line to the minor unit with the policy's mode: the only rounding step;
 * 7. the out-of-pocket maximum: what the insured would bear above it is paid in full;
 * 8. sub-limits, per unit, day, visit, claim or policy year;
 * 9. the per-claim limit, then what is left of the annual limit, then of each limit shared with other coverages.
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
    copays: refs.copays ?? refs.deductible ?? coverage.clauseId,
    outOfPocket: refs.outOfPocket ?? coverage.source.outOfPocketMaximum?.clauseId ?? coverage.clauseId,
  };
  const source = { coverageId: coverage.id };
  const money = (amount: Money) => formatMoney(amount, minorUnits);
  const makeStep = stepsOf(REIMBURSEMENT_STEPS, context.currency);
  const steps: CalculationStep[] = [];

  // 1–3. Eligibility, allowed amount and other payers, line by line.
  const eligibility = assessEligibility({ coverage, claim: input.claim, lines: input.lines, lineRules: input.lineRules, context, clause });
  steps.push(...eligibility.steps);
  const working = eligibility.lines.map((line) => line.entry);
  const ordered = [...eligibility.lines].sort((a, b) => byServiceDate(a.entry, b.entry));
  const orderedEntries = ordered.map((line) => line.entry);
  const eligibleTotal = remainingTotal(working);
  const paidBy = (payer: PayerSource) => eligibility.deducted.get(payer) ?? ZERO;
  const otherDeducted = (["employer_supplementary", "critical_illness_insurance", "medical_assistance", "civil_servant_subsidy"] as const).filter((payer) => !paidBy(payer).isZero());
  steps.push(
    makeStep("eligible_total", {}, {
      coverageId: coverage.id,
      inputs: {
        lines: String(working.length),
        otherInsurancePaid: money(paidBy("other_commercial_insurance")),
        ...Object.fromEntries(otherDeducted.map((payer) => [`${camel(payer)}Paid`, money(paidBy(payer))])),
      },
      result: money(eligibleTotal),
      clauseId: clause.eligibility,
    }),
  );

  // 4–7. Copays, deductibles (credited first with what the coverage lets count), the ratio, the out-of-pocket maximum.
  const credit = sumMoney([...coverage.credited].map(paidBy));
  const shared = shareCosts({ coverage, claim: input.claim, ordered, ledger, context, clause, credit, eligibleTotal });
  steps.push(...shared.steps);
  const terms = [...shared.terms];

  // 6. Sub-limits.
  steps.push(...applySubLimits({ coverage, ordered: orderedEntries, subLimitsUsed: ledger.subLimitsUsed, minorUnits, currency: context.currency, defaultClauseId: clause.limits }));

  // 7. Aggregate limits.
  const applyLimit = (kind: "per_claim_limit" | "annual_limit", limit: Money, inputs: Record<string, string>) => {
    const before = remainingTotal(working);
    capInOrder(orderedEntries, limit, kind, clause.limits, minorUnits, source);
    steps.push(makeStep(kind, {}, { coverageId: coverage.id, inputs: { ...inputs, amountBefore: money(before) }, result: money(remainingTotal(working)), clauseId: clause.limits }));
  };
  if (coverage.perClaimLimit !== undefined) applyLimit("per_claim_limit", coverage.perClaimLimit, { perClaimLimit: money(coverage.perClaimLimit) });
  const paidBefore = toMoney(ledger.paid);
  const annualLimitRemaining = coverage.annualLimit.minus(minMoney(paidBefore, coverage.annualLimit));
  applyLimit("annual_limit", annualLimitRemaining, { annualLimit: money(coverage.annualLimit), paidBefore: money(paidBefore), annualLimitRemaining: money(annualLimitRemaining) });
  for (const limit of context.sharedLimits(coverage.id)) {
    const before = remainingTotal(working);
    capInOrder(orderedEntries, limit.left, "shared_limit", limit.clauseId, minorUnits, source);
    steps.push(makeStep("shared_limit", { limit: limit.name }, { coverageId: coverage.id, inputs: { sharedLimit: limit.id, left: money(limit.left), amountBefore: money(before) }, result: money(remainingTotal(working)), clauseId: limit.clauseId }));
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
  const eligibleOf = new Map(eligibility.lines.map((line) => [line.entry.line.id, line.eligible]));
  return {
    applies: true,
    payable,
    lines: working.map((entry) => ({
      lineId: entry.line.id,
      category: entry.line.category,
      coverageId: coverage.id,
      billed: money(entry.billed),
      eligible: money(eligibleOf.get(entry.line.id) as Money),
      payable: money(entry.remaining),
      adjustments: entry.adjustments,
      reasons: [...new Set(entry.adjustments.map((adjustment) => adjustment.reasonCode))],
    })),
    steps,
    ledgerAfter: { ...ledger, ...shared.ledgerAfter, paid: money(paidBefore.plus(payable)), subLimitsUsed },
    reductions: [],
    referrals: [...eligibility.referrals],
    terms,
    endsCoverages: [],
  };
}

const camel = (payer: PayerSource) => payer.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

