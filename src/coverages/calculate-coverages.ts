import type { EarlierStay } from "../coverage-kinds/coverage-kind-definition.js";
import type { Claim } from "../claim/claim-schema.js";
import { GENERAL_REASONS } from "../codes/general-reasons.js";
import type { CompiledCoverage, CoverageAssessment, LineRules, PremiumWaiver } from "../coverage-kinds/coverage-kind-definition.js";
import type { Counters, CoverageAccumulator } from "../ledger/counters-schema.js";
import { formatMoney, minMoney, sumMoney, toMoney, ZERO, type Money } from "../money/money.js";
import { insuredOf, kindOf, type CompiledPolicy } from "../policy/compile-policy.js";
import type { PolicyConditionResults } from "../policy/compile-policy-conditions.js";
import { ADJUSTMENT_KINDS } from "../codes/adjustment-kinds.js";
import type { CalculationStep } from "../trace/calculation-step-schema.js";
import type { DecisionBenefit } from "../trace/decision-benefit-schema.js";
import type { CoverageStatus, DecisionCoverage } from "../trace/decision-coverage-schema.js";
import type { DecisionLine } from "../trace/decision-line-schema.js";
import { makeAdjustment } from "../trace/make-adjustment.js";
import { makeReason, placeReason, reasonsOf } from "../trace/make-reason.js";
import type { Reason } from "../trace/reason-schema.js";
import { contractStatusOn } from "../life/contract-status.js";
import { waivedFrom } from "../life/waived-from.js";
import { allocateDeathBenefit } from "../life/allocate-death-benefit.js";
import { benefitSpent } from "../coverage-kinds/build-benefit.js";
import { fillTemplate } from "../trace/fill-template.js";
import type { LocalizedTemplate } from "../codes/localized-template.js";
import { instalmentsFrom } from "../life/contract-status.js";
import { addCalendarDays } from "../dates/add-calendar-days.js";
import { assignLines } from "./assign-lines.js";
import { checkCoverageApplies, type CoverageRefusal } from "./check-coverage-applies.js";

export interface CoverageCalculationInput {
  readonly claim: Claim;
  readonly policy: CompiledPolicy;
  /** What item rules decided for the lines. */
  readonly lineRules: LineRules;
  readonly conditions: PolicyConditionResults;
  /** Every coverage's counters as the claim sees them. */
  readonly countersBefore: Counters;
  /** What each shared limit of the policy paid before this claim. */
  readonly sharedLimitsUsed: ReadonlyMap<string, Money>;
  /** Invoices already paid on other claims of the policy, by invoice number: their lines are refused. */
  readonly invoicesAlreadyPaid: ReadonlyMap<string, { readonly claimId: string; readonly paid: string }>;
  /** Hospital days the insured's other claims were paid, by coverage id and day: a per-diem coverage pays them no more. */
  readonly hospitalDaysAlreadyPaid?: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** The hospital stays of the insured's other claims, for coverages that count a readmission as the same stay. */
  readonly earlierStays?: readonly EarlierStay[];
}

export interface CoverageCalculation {
  readonly lines: DecisionLine[];
  readonly benefits: DecisionBenefit[];
  readonly coverages: DecisionCoverage[];
  readonly steps: CalculationStep[];
  readonly payable: Money;
  readonly countersAfter: Counters;
  /** The lines refused because their invoice was paid on another claim, with that claim. */
  readonly duplicates: readonly { readonly lineId: string; readonly invoice: string; readonly claimId: string; readonly reason: Reason }[];
  /** Reductions and refusals, each with its clause: they make an approval partial, or a claim that pays nothing a denial. */
  readonly reductions: Reason[];
  /** Referrals the calculation itself raises (the rules' come separately). */
  readonly referrals: Reason[];
  /** Some coverage answers for the claim (even if it pays nothing, e.g. under the deductible). */
  readonly anyCoverageApplies: boolean;
  /** The premiums a payout of this claim waives (豁免保险费). */
  readonly premiumWaiver?: PremiumWaiver;
  /** The hospital days each per-diem coverage paid, by coverage id (only coverages that paid some). */
  readonly hospitalDaysPaid: Readonly<Record<string, readonly string[]>>;
}

/** What one coverage made of the claim: the one result every kind's calculation ends in. */
type CoverageOutcome =
  | { readonly status: "not_applicable" }
  | { readonly status: "refused"; readonly refusal: Reason; readonly lines: readonly DecisionLine[]; readonly benefit?: DecisionBenefit }
  | { readonly status: Exclude<CoverageStatus, "not_applicable" | "refused">; readonly assessment: Extract<CoverageAssessment<CoverageAccumulator>, { applies: true }> };

/**
 * Runs every coverage of the policy on the claim, in the policy's order (a benefit that deducts what another
 * coverage paid sees what the coverages before it pay on this claim). Each coverage first checks it answers for
 * the claim (incident type, not ended, in force, past its waiting period), then its kind assesses it; a coverage
 * that is refused keeps what it would have assessed, every amount taken off for the refusal.
 */
export function calculateCoverages(input: CoverageCalculationInput): CoverageCalculation {
  const { claim, policy } = input;
  const minor = policy.minorUnits;
  const currency = policy.source.currency.code;
  const money = (amount: Money) => formatMoney(amount, minor);
  const ledgerOf = (id: string) => input.countersBefore.coverages[id] as CoverageAccumulator;
  // Where the contract stands on the incident's day: premiums waived on an earlier claim are deemed paid.
  const contractStatus = contractStatusOn(policy.source.contract, policy.source.period, claim.incident.date, waivedFrom(input.countersBefore.coverages));
  const applicability = new Map(policy.coverages.map((coverage) => [coverage.id, checkCoverageApplies(coverage, claim, policy.source, ledgerOf(coverage.id), contractStatus)]));
  const linePaying = policy.coverages.flatMap((coverage) => {
    const billLines = kindOf(policy, coverage).billLines;
    return billLines !== undefined && applicability.get(coverage.id)?.status !== "not_applicable" ? [{ coverage, categories: billLines.categories(coverage) }] : [];
  });
  const assignment = assignLines(claim.lines, linePaying);
  // A line on an invoice another claim was paid on is refused in full, whatever coverage would assess it.
  const duplicates = claim.lines.flatMap((line) => {
    const paidOn = input.invoicesAlreadyPaid.get(line.invoiceNumber);
    if (paidOn === undefined) return [];
    const clauseId = assignment.get(line.id)?.clauseId ?? (policy.coverages[0]?.clauseId as string);
    const reason = reasonsOf(GENERAL_REASONS, currency)("DUPLICATE_INVOICE", clauseId, { invoice: line.invoiceNumber, claimId: paidOn.claimId }, { lineId: line.id });
    return [{ line, lineId: line.id, invoice: line.invoiceNumber, claimId: paidOn.claimId, reason }];
  });
  const duplicateLines = new Set(duplicates.map((duplicate) => duplicate.lineId));

  const decided = new Map<string, DecisionLine>();
  const benefits: DecisionBenefit[] = [];
  const coverages: DecisionCoverage[] = [];
  const steps: CalculationStep[] = [];
  const reductions: Reason[] = [];
  const referrals: Reason[] = [];
  const accumulatorsAfter: Record<string, CoverageAccumulator> = { ...input.countersBefore.coverages };
  const paidOnClaim = new Map<string, Money>();
  // The premium due in the grace period is deducted once from the claim, by the benefits in the policy's order.
  let premiumTaken = ZERO;
  // The first waiver of premium a payout of the claim grants; a second on the same claim has nothing left to waive.
  let premiumWaiver: PremiumWaiver | undefined;
  const sharedLeft = (coverageId: string) =>
    policy.source.sharedLimits
      .filter((limit) => limit.coverages.includes(coverageId))
      .map((limit) => {
        const paid = (input.sharedLimitsUsed.get(limit.id) ?? ZERO).plus(sumMoney(limit.coverages.map((id) => paidOnClaim.get(id) ?? ZERO)));
        const amount = toMoney(limit.amount);
        return { id: limit.id, clauseId: limit.clauseId, name: limit.name, left: amount.minus(minMoney(paid, amount)) };
      });
  const context = {
    currency,
    minorUnits: minor,
    rounding: policy.rounding,
    paidSoFar: (id: string) => toMoney(ledgerOf(id)?.paid ?? "0").plus(paidOnClaim.get(id) ?? ZERO),
    sharedLimits: sharedLeft,
    period: policy.source.period,
    insured: insuredOf(policy, claim.insuredId ?? policy.source.insured.id),
    premiumsWaivable: (date: string) => {
      const schedule = policy.source.contract?.premium;
      if (schedule === undefined || premiumWaiver !== undefined) return undefined;
      const already = waivedFrom(input.countersBefore.coverages);
      const due = instalmentsFrom(schedule, policy.source.period, addCalendarDays(date, 1)).filter((day) => day >= schedule.paidToDate && (already === undefined || day < already));
      const [from] = due;
      if (from === undefined) return undefined;
      const instalment = toMoney(schedule.amount);
      return { from, instalments: due.length, instalment: money(instalment), total: money(instalment.times(due.length)), lastDueOn: due.at(-1) as string, clauseId: schedule.clauseId };
    },
    deathPayees: (amount: Money) => {
      const insured = insuredOf(policy, claim.insuredId ?? policy.source.insured.id);
      const death = claim.incident.death;
      const allocation = allocateDeathBenefit(policy.source.contract?.beneficiaries ?? [], insured, policy.source.insured.id, death?.causedByBeneficiaries ?? [], amount, minor, {
        insuredDiedOn: death?.date,
        deaths: death?.beneficiaryDeaths,
        predeceasedShare: policy.source.contract?.predeceasedBeneficiaryShare,
      });
      const note = (template: LocalizedTemplate, params: Readonly<Record<string, string>>) => fillTemplate(template, params as never, currency).message;
      const insuredDiedOn = death?.date ?? claim.incident.date;
      return {
        payees: allocation.payees.map((payee) => ({ ...payee })),
        notes: [
          ...allocation.forfeited.map((entry) => note(GENERAL_REASONS.BENEFICIARY_FORFEITED, { name: entry.name })),
          ...allocation.predeceased.flatMap((entry) => [
            entry.deemed ? note(GENERAL_REASONS.BENEFICIARY_DEEMED_PREDECEASED, { name: entry.name, diedOn: entry.diedOn }) : note(GENERAL_REASONS.BENEFICIARY_PREDECEASED, { name: entry.name, diedOn: entry.diedOn, insuredDiedOn }),
            ...(entry.shareTo === "estate" ? [note(GENERAL_REASONS.PREDECEASED_SHARE_TO_ESTATE, { name: entry.name, insured: insured.name })] : []),
            ...(entry.shareTo === "other_beneficiaries" ? [note(GENERAL_REASONS.PREDECEASED_SHARE_TO_OTHERS, { name: entry.name })] : []),
          ]),
          ...allocation.payees.filter((payee) => payee.diedOn !== undefined).map((payee) => note(GENERAL_REASONS.BENEFICIARY_DIED_AFTER_INSURED, { name: payee.name, diedOn: payee.diedOn as string, insuredDiedOn })),
          ...(allocation.toEstate ? [note(GENERAL_REASONS.PAID_TO_ESTATE, { insured: insured.name })] : []),
        ],
      };
    },
    unpaidPremium: () =>
      contractStatus.status === "grace_period"
        ? { left: contractStatus.unpaid.minus(minMoney(premiumTaken, contractStatus.unpaid)), dueOn: contractStatus.dueOn, clauseId: contractStatus.clauseId, total: contractStatus.unpaid, instalments: contractStatus.instalments }
        : undefined,
    lists: policy.lists,
    hospitalDaysPaidElsewhere: (coverageId: string) => input.hospitalDaysAlreadyPaid?.get(coverageId) ?? new Map(),
    earlierStays: () => input.earlierStays ?? [],
  };
  const hospitalDaysPaid: Record<string, readonly string[]> = {};

  const assess = (coverage: CompiledCoverage): CoverageOutcome => {
    const applies = applicability.get(coverage.id);
    if (applies === undefined || applies.status === "not_applicable") return { status: "not_applicable" };
    const assessment = kindOf(policy, coverage).calculate({
      coverage,
      claim,
      ledger: ledgerOf(coverage.id),
      lines: claim.lines.filter((line) => assignment.get(line.id) === coverage && !duplicateLines.has(line.id)),
      lineRules: input.lineRules,
      held: input.conditions.heldBy(coverage.id),
      context,
    }) as CoverageAssessment<CoverageAccumulator>;
    if (!assessment.applies) return { status: "not_applicable" };
    if (applies.status === "refused") return refuse(coverage, assessment, refusalReason(applies.refusal, coverage.id, currency), money);
    const status = assessment.referrals.length > 0 ? "referred" : assessment.payable.isZero() ? "nothing_payable" : "paid";
    return { status, assessment };
  };

  for (const coverage of policy.coverages) {
    const outcome = assess(coverage);
    const entry = { coverageId: coverage.id, kind: coverage.kind, clauseId: coverage.clauseId, name: coverage.source.name, status: outcome.status };
    switch (outcome.status) {
      case "not_applicable":
        coverages.push({ ...entry, payable: money(ZERO), reasons: [] });
        break;
      case "refused":
        for (const line of outcome.lines) decided.set(line.lineId, line);
        if (outcome.benefit !== undefined) benefits.push(outcome.benefit);
        reductions.push(outcome.refusal);
        coverages.push({ ...entry, payable: money(ZERO), reasons: [outcome.refusal.code] });
        break;
      default: {
        const { assessment } = outcome;
        for (const line of assessment.lines) {
          decided.set(line.lineId, line);
          for (const adjustment of line.adjustments) {
            if (!ADJUSTMENT_KINDS[adjustment.kind].reducing) continue;
            reductions.push({
              code: adjustment.reasonCode,
              clauseId: adjustment.clauseId,
              ...(adjustment.ruleId !== undefined ? { ruleId: adjustment.ruleId } : {}),
              lineId: line.lineId,
              coverageId: coverage.id,
              message: adjustment.message,
            });
          }
        }
        if (assessment.benefit !== undefined) benefits.push(assessment.benefit);
        for (const adjustment of assessment.benefit?.adjustments ?? []) if (adjustment.kind === "unpaid_premium") premiumTaken = premiumTaken.plus(adjustment.amount);
        if (assessment.premiumWaiver !== undefined) premiumWaiver ??= assessment.premiumWaiver;
        if (assessment.hospitalDaysPaid !== undefined && assessment.hospitalDaysPaid.length > 0) hospitalDaysPaid[coverage.id] = assessment.hospitalDaysPaid;
        steps.push(...assessment.steps);
        accumulatorsAfter[coverage.id] = assessment.ledgerAfter;
        for (const id of assessment.endsCoverages) accumulatorsAfter[id] = { ...(accumulatorsAfter[id] as CoverageAccumulator), ended: true };
        for (const reason of assessment.reductions) reductions.push(placeReason(reason, { coverageId: coverage.id }));
        for (const reason of assessment.referrals) referrals.push(placeReason(reason, { coverageId: coverage.id }));
        // What the benefit spent of the coverage: a premium it settled (art. 36) counts as paid, for deductions and limits.
        paidOnClaim.set(coverage.id, assessment.benefit === undefined ? assessment.payable : benefitSpent(assessment.benefit, assessment.payable));
        coverages.push({
          ...entry,
          payable: money(assessment.payable),
          reasons: [...assessment.referrals, ...assessment.reductions].map((reason) => reason.code),
          ...(assessment.terms.length > 0 ? { terms: [...assessment.terms] } : {}),
        });
      }
    }
  }

  for (const duplicate of duplicates) {
    const { line, reason } = duplicate;
    const coverageId = assignment.get(line.id)?.id;
    decided.set(line.id, {
      lineId: line.id,
      category: line.category,
      ...(coverageId !== undefined ? { coverageId } : {}),
      billed: line.amount,
      eligible: money(ZERO),
      payable: money(ZERO),
      adjustments: toMoney(line.amount).isZero() ? [] : [makeAdjustment("duplicate_invoice", line.amount, reason.clauseId, { ...(coverageId !== undefined ? { coverageId } : {}), reason: { code: reason.code, message: reason.message } })],
      reasons: [reason.code],
    });
    reductions.push(coverageId !== undefined ? placeReason(reason, { coverageId }) : reason);
  }
  const lines = claim.lines.map(
    (line) =>
      decided.get(line.id) ?? {
        lineId: line.id,
        category: line.category,
        billed: line.amount,
        eligible: money(ZERO),
        payable: money(ZERO),
        adjustments: toMoney(line.amount).isZero() ? [] : [makeAdjustment("no_coverage", line.amount, policy.coverages[0]?.clauseId as string)],
        reasons: [ADJUSTMENT_KINDS.no_coverage.reasonCode],
      },
  );
  return {
    lines,
    benefits,
    coverages,
    steps,
    payable: sumMoney(coverages.map((coverage) => toMoney(coverage.payable))),
    countersAfter: { coverages: accumulatorsAfter },
    duplicates: duplicates.map(({ lineId, invoice, claimId, reason }) => ({ lineId, invoice, claimId, reason })),
    reductions,
    referrals,
    anyCoverageApplies: coverages.some((coverage) => coverage.status !== "not_applicable"),
    ...(premiumWaiver !== undefined ? { premiumWaiver } : {}),
    hospitalDaysPaid,
  };
}

function refusalReason(refusal: CoverageRefusal, coverageId: string, currency: string): Reason {
  return makeReason(refusal.code, GENERAL_REASONS[refusal.code], refusal.clauseId, refusal.params, currency, { coverageId });
}

/** A refused coverage: every line it would have assessed, and the benefit it would have paid, taken off in full. */
function refuse(coverage: CompiledCoverage, assessment: Extract<CoverageAssessment<CoverageAccumulator>, { applies: true }>, refusal: Reason, money: (amount: Money) => string): CoverageOutcome {
  const refused = (amount: string) =>
    toMoney(amount).isZero() ? [] : [makeAdjustment("coverage_not_applicable", amount, refusal.clauseId, { coverageId: coverage.id, reason: { code: refusal.code, message: refusal.message } })];
  // A refused benefit pays nobody: it lists no payees.
  const { payees: _payees, payeeNotes: _notes, ...benefit } = assessment.benefit ?? { payees: undefined, payeeNotes: undefined };
  return {
    status: "refused",
    refusal,
    lines: assessment.lines.map((line) => ({ ...line, eligible: money(ZERO), payable: money(ZERO), adjustments: refused(line.billed), reasons: [refusal.code] })),
    ...(assessment.benefit !== undefined ? { benefit: { ...(benefit as DecisionBenefit), adjustments: refused(assessment.benefit.gross), payable: money(ZERO) } } : {}),
  };
}
