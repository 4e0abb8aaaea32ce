import { GENERAL_REASONS } from "../../codes/general-reasons.js";
import { claimEvidenceDate } from "../../claim/evidence-date.js";
import { addCalendarDays } from "../../dates/add-calendar-days.js";
import { daysBetween } from "../../dates/iso-date.js";
import { formatMoney, roundToMinorUnit, toMoney, ZERO, type Money } from "../../money/money.js";
import { reasonsOf } from "../../trace/make-reason.js";
import { stepsOf } from "../../trace/make-step.js";
import type { Reason } from "../../trace/reason-schema.js";
import { benefitSpent, buildBenefit, limitReductions, perIncidentLimitDeductions, sharedLimitDeductions, unpaidPremiumDeductions, type BenefitDeduction } from "../build-benefit.js";
import { benefitAdjustmentSteps } from "../benefit-adjustment-steps.js";
import type { CoverageAssessment, CoverageCalculationInput } from "../coverage-kind-definition.js";
import type { CommonLedgerEntry } from "../coverage-ledger.js";
import { assessTierCondition, type ClaimCondition } from "./assess-condition.js";
import type { CompiledFixedCoverage } from "./compile-fixed-benefit-coverage.js";
import { FIXED_BENEFIT_REASONS, FIXED_BENEFIT_STEPS } from "./fixed-benefit-texts.js";

/** A diagnosis a tier paid: which condition, of which group, diagnosed when, on which claim. */
export interface DiagnosisPaid {
  readonly benefit: string;
  readonly condition: string;
  readonly group?: string | undefined;
  readonly diagnosedOn: string;
  readonly claimId: string;
}

/** A fixed benefit's ledger entry: how many times each tier has paid, for which conditions and diagnoses. */
export interface FixedBenefitLedger extends CommonLedgerEntry {
  readonly payouts: Readonly<Record<string, number>>;
  readonly conditionsPaid: Readonly<Record<string, readonly string[]>>;
  readonly diagnosesPaid: readonly DiagnosisPaid[];
  readonly incidentPaid: string;
  readonly waivers: readonly { readonly from: string; readonly claimId: string }[];
}

type Tier = CompiledFixedCoverage["benefits"][number];

/** What the tier that answers for the claim made of it: paid (with its condition), held until it can be judged. */
type TierChoice = { readonly tier: Tier; readonly condition: ClaimCondition; readonly pending?: Reason };

/**
 * Pays the first tier (most severe first) whose event occurred and whose definition the claim meets: share × sum
 * insured, rounded once to the minor unit, less what the coverages it names have paid. A tier pays at most
 * `maxPayouts` times; once per condition or per group when it says so; a diagnosis too soon after the last one it paid
 * (`intervalDays`) is refused; a tier with a survival period pays a survivor only. A definition that needs a state
 * lasting longer than the claim's evidence reaches, or a survival period not yet passed, holds the claim for a person
 * (referred, nothing paid). A tier that ends the coverage closes it in the ledger.
 */
export function calculateFixedBenefit<Ledger extends FixedBenefitLedger>(input: CoverageCalculationInput<CompiledFixedCoverage, Ledger>): CoverageAssessment<Ledger> {
  const { coverage, claim, ledger, context } = input;
  const { minorUnits } = context;
  const reason = reasonsOf(FIXED_BENEFIT_REASONS, context.currency);
  const death = claim.incident.death;
  const diagnosedOn = claim.incident.date;
  const evidenceDate = claimEvidenceDate(claim);
  const deathDays = death === undefined ? undefined : daysBetween(death.date, diagnosedOn);
  const outsideWindow = (benefit: Tier) => benefit.deathWithinDays !== undefined && (deathDays === undefined || deathDays > benefit.deathWithinDays);
  const eventOccurred = (benefit: Tier) => benefit.when === undefined || input.held.has(benefit.id);
  const nothing = { payable: ZERO, lines: [], steps: [], ledgerAfter: ledger, referrals: [], terms: [], endsCoverages: [] };

  // The first tier whose event occurred and whose definition is met (or cannot be judged yet); why the others were not.
  const notMet: Reason[] = [];
  let choice: TierChoice | undefined;
  for (const tier of coverage.benefits) {
    if (!eventOccurred(tier) || outsideWindow(tier)) continue;
    const clauseId = tier.clauseId ?? coverage.clauseId;
    const assessed = assessTierCondition(coverage.source.conditions, tier, claim, context.insured, evidenceDate, context.currency, clauseId);
    if (assessed.status === "not_met") {
      notMet.push(...assessed.reasons);
      continue;
    }
    if (assessed.status === "pending") {
      choice = { tier, condition: assessed.condition, pending: assessed.reason };
      break;
    }
    if (tier.survivalDays !== undefined) {
      const dueOn = addCalendarDays(diagnosedOn, tier.survivalDays);
      if (death !== undefined && death.date < dueOn) {
        notMet.push(reason("SURVIVAL_PERIOD_NOT_MET", clauseId, { diedOn: death.date, days: String(daysBetween(death.date, diagnosedOn)), benefit: tier.name, survivalDays: String(tier.survivalDays) }));
        continue;
      }
      if (death === undefined && evidenceDate < dueOn) {
        choice = { tier, condition: assessed.condition, pending: reason("SURVIVAL_PERIOD_NOT_REACHED", clauseId, { benefit: tier.name, survivalDays: String(tier.survivalDays), dueOn, evidenceDate }) };
        break;
      }
    }
    choice = { tier, condition: assessed.condition };
    break;
  }
  if (choice === undefined) {
    if (notMet.length > 0) return { applies: true, ...nothing, reductions: notMet };
    // A death the wording would pay, had it followed the accident within the window: say so, rather than "not covered".
    const late = coverage.benefits.find((benefit) => eventOccurred(benefit) && deathDays !== undefined && outsideWindow(benefit));
    if (late === undefined || deathDays === undefined) return { applies: false };
    return { applies: true, ...nothing, reductions: [reason("DEATH_AFTER_WINDOW", late.clauseId ?? coverage.clauseId, { days: String(deathDays), window: String(late.deathWithinDays) })] };
  }

  const { tier, condition, pending } = choice;
  const money = (amount: Money) => formatMoney(amount, minorUnits);
  const clauseId = tier.clauseId ?? coverage.clauseId;
  const gross = roundToMinorUnit(coverage.sumInsured.times(tier.shareRate), minorUnits, context.rounding);
  const payoutsBefore = Object.hasOwn(ledger.payouts, tier.id) ? (ledger.payouts[tier.id] as number) : 0;
  const usesConditions = tier.oncePerCondition || tier.oncePerGroup === true || coverage.source.conditions.some((entry) => entry.benefit === tier.id);
  const paidConditions = Object.hasOwn(ledger.conditionsPaid, tier.id) ? (ledger.conditionsPaid[tier.id] as readonly string[]) : [];
  const exhaustion = (() => {
    if (tier.oncePerCondition && paidConditions.includes(condition.id)) {
      // The claim that paid it, from the diagnoses paid; counters carried in from before the ledger may not name one.
      const paidOn = ledger.diagnosesPaid.find((entry) => entry.benefit === tier.id && entry.condition === condition.id);
      const recorded = { recorded: { benefit: tier.id, conditionId: condition.id } };
      return paidOn === undefined
        ? reason("CONDITION_PAID_BEFORE_LEDGER", clauseId, { benefit: tier.name, condition: condition.name }, recorded)
        : reason("CONDITION_ALREADY_PAID", clauseId, { benefit: tier.name, condition: condition.name, claimId: paidOn.claimId }, recorded);
    }
    const sameGroup = tier.oncePerGroup === true && condition.group !== undefined ? ledger.diagnosesPaid.find((entry) => entry.benefit === tier.id && entry.group === condition.group) : undefined;
    if (sameGroup !== undefined) {
      const paidCondition = coverage.source.conditions.find((entry) => entry.id === sameGroup.condition)?.name ?? { en: sameGroup.condition, zh: sameGroup.condition };
      return reason("GROUP_ALREADY_PAID", clauseId, { benefit: tier.name, group: condition.group as string, paidCondition, claimId: sameGroup.claimId }, { recorded: { benefit: tier.id, conditionId: condition.id } });
    }
    if (payoutsBefore >= tier.maxPayouts) return reason("PAYOUTS_EXHAUSTED", clauseId, { benefit: tier.name, maxPayouts: String(tier.maxPayouts) }, { recorded: { benefit: tier.id } });
    if (tier.intervalDays !== undefined) {
      const after = new Set(tier.intervalAfter ?? [tier.id]);
      const lastOn = ledger.diagnosesPaid.filter((entry) => after.has(entry.benefit) && entry.diagnosedOn <= diagnosedOn).map((entry) => entry.diagnosedOn).sort().at(-1);
      if (lastOn !== undefined && daysBetween(diagnosedOn, lastOn) < tier.intervalDays) {
        return reason("INTERVAL_NOT_REACHED", clauseId, { benefit: tier.name, days: String(daysBetween(diagnosedOn, lastOn)), lastOn, intervalDays: String(tier.intervalDays) }, { recorded: { benefit: tier.id } });
      }
    }
    return undefined;
  })();
  const earlier = tier.deductPaidBy.reduce((total, id) => total.plus(context.paidSoFar(id)), ZERO);
  const deductions: BenefitDeduction[] =
    pending !== undefined
      ? [{ kind: "pending_documents", amount: gross, clauseId: pending.clauseId, reason: pending }]
      : exhaustion !== undefined
        ? [{ kind: "benefit_maximum", amount: gross, clauseId, reason: exhaustion }]
        : [{ kind: "earlier_payments", amount: earlier, clauseId }, ...perIncidentLimitDeductions(coverage.perIncidentLimit, ledger.incidentPaid, clauseId), ...sharedLimitDeductions(context, coverage.id), ...unpaidPremiumDeductions(context)];
  const built = buildBenefit(
    {
      coverageId: coverage.id,
      kind: "fixed",
      benefitId: tier.id,
      clauseId,
      description: tier.name,
      gross,
      deductions,
      basis: {
        sumInsured: money(coverage.sumInsured),
        share: tier.share,
        payoutsBefore: String(payoutsBefore),
        maxPayouts: String(tier.maxPayouts),
        ...(tier.deductPaidBy.length > 0 ? { deductPaidBy: tier.deductPaidBy.join(","), paidByThem: money(earlier) } : {}),
        ...(death !== undefined ? { diedOn: death.date } : {}),
        ...(usesConditions ? { condition: condition.id } : {}),
        ...(condition.group !== undefined && usesConditions ? { group: condition.group } : {}),
        ...(coverage.perIncidentLimit !== undefined ? { perIncidentLimit: money(coverage.perIncidentLimit), incidentPaidBefore: ledger.incidentPaid } : {}),
      },
      evidence: (input.held.get(tier.id) ?? []).map((item) => ({ ...item })),
    },
    minorUnits,
  );
  const payable = built.payable;
  let benefit = built.benefit;
  const paid = pending === undefined && exhaustion === undefined;
  // A death benefit is paid to the beneficiaries, one amount per share (or to the estate).
  const split = paid && tier.payee === "death_beneficiaries" && payable.greaterThan(0) ? context.deathPayees?.(payable) : undefined;
  if (split !== undefined) benefit = { ...benefit, payees: [...split.payees], ...(split.notes.length > 0 ? { payeeNotes: [...split.notes] } : {}) };
  // 豁免保险费: a paying tier that waives premiums waives those falling due after the diagnosis.
  const waivable = paid && tier.waivesPremiums ? context.premiumsWaivable?.(diagnosedOn) : undefined;
  const premiumWaiver =
    waivable === undefined
      ? undefined
      : {
          ...waivable,
          // The waiver's clause, else the benefit's, grants it.
          clauseId: tier.waiverClauseId ?? clauseId,
          coverageId: coverage.id,
          benefitId: tier.id,
          reason: reasonsOf(GENERAL_REASONS, context.currency)("PREMIUMS_WAIVED", tier.waiverClauseId ?? clauseId, { from: waivable.from, lastDueOn: waivable.lastDueOn, instalments: String(waivable.instalments), instalment: waivable.instalment, total: waivable.total }, { coverageId: coverage.id }),
        };
  return {
    applies: true,
    payable,
    lines: [],
    benefit,
    steps: [
      stepsOf(FIXED_BENEFIT_STEPS, context.currency)("fixed_benefit", { benefit: tier.name, share: tier.share }, { coverageId: coverage.id, inputs: { ...benefit.basis, gross: benefit.gross }, result: benefit.gross, clauseId }),
      ...benefitAdjustmentSteps(benefit, benefit.adjustments, gross, tier.name, minorUnits, context.currency),
    ],
    ledgerAfter: !paid
      ? ledger
      : {
          ...ledger,
          paid: money(toMoney(ledger.paid).plus(benefitSpent(benefit, payable))),
          incidentPaid: money(toMoney(ledger.incidentPaid).plus(benefitSpent(benefit, payable))),
          payouts: { ...ledger.payouts, [tier.id]: payoutsBefore + 1 },
          conditionsPaid: tier.oncePerCondition ? { ...ledger.conditionsPaid, [tier.id]: [...paidConditions, condition.id] } : ledger.conditionsPaid,
          diagnosesPaid: usesConditions || tier.intervalDays !== undefined ? [...ledger.diagnosesPaid, { benefit: tier.id, condition: condition.id, ...(condition.group !== undefined ? { group: condition.group } : {}), diagnosedOn, claimId: claim.id }] : ledger.diagnosesPaid,
          ended: ledger.ended || tier.endsCoverage,
          waivers: premiumWaiver === undefined ? ledger.waivers : [...ledger.waivers, { from: premiumWaiver.from, claimId: claim.id }],
        },
    reductions: exhaustion !== undefined ? [exhaustion] : paid ? limitReductions(benefit) : [],
    referrals: pending !== undefined ? [pending] : [],
    terms: [],
    endsCoverages: paid ? tier.endsCoverages : [],
    ...(premiumWaiver !== undefined ? { premiumWaiver } : {}),
  };
}
