import type Decimal from "decimal.js";
import type { Claim, SocialInsuranceUse } from "../../claim/claim-schema.js";
import { lineDiagnoses, matchesAnyPrefix, settlementOf } from "../../claim/medical-claim-views.js";
import type { AdjustmentKind } from "../../codes/adjustment-kinds.js";
import { formatMoney, minMoney, roundToMinorUnit, sumMoney, toMoney, ZERO, type Money } from "../../money/money.js";
import type { CalculationStep } from "../../trace/calculation-step-schema.js";
import type { CoverageTerm } from "../../trace/decision-coverage-schema.js";
import { stepsOf } from "../../trace/make-step.js";
import type { CalculationContext } from "../coverage-kind-definition.js";
import { isBanded, piecesOf, type CompiledRatio } from "./compiled-ratio.js";
import type { CompiledCopay, CompiledPart, CompiledReimbursementCoverage, PartKey } from "./compile-reimbursement-coverage.js";
import type { EligibleLine } from "./line-eligibility.js";
import { COPAY_PER_WORDS, PART_WORDS, REIMBURSEMENT_STEPS, SOCIAL_INSURANCE_WORDS, termName } from "./reimbursement-steps.js";
import { takeOff } from "./working-line.js";
import { ownEntry } from "../../values/own-entry.js";

/** What the cost sharing reads from the coverage's ledger entry. */
export interface CostSharingLedger {
  readonly deductibleUsed: string;
  readonly incidentDeductibleUsed: string;
  readonly familyDeductibleUsed: string;
  readonly partDeductiblesUsed: Readonly<Record<string, string>>;
  readonly ratioBandsUsed: Readonly<Record<string, string>>;
  readonly outOfPocketUsed: string;
  readonly familyOutOfPocketUsed: string;
}

type ShareKind = "copay" | "deductible" | "per_claim_deductible" | "per_incident_deductible" | "part_deductible" | "coinsurance";

/** One part of one line while its cost is shared: what is left, and what the insured bears of it so far. */
interface Slice {
  readonly line: EligibleLine;
  readonly part: CompiledPart;
  readonly settlement: SocialInsuranceUse;
  readonly copay: CompiledCopay | undefined;
  /** It skips every deductible (a deductible-exempt category, or a copay that says so). */
  readonly exempt: boolean;
  /** Its ratio, for declared pre-existing conditions, when lower terms apply. */
  readonly preExisting: boolean;
  remaining: Money;
  readonly shares: Map<ShareKind, { amount: Money; clauseId: string }>;
}

export interface CostSharingInput {
  readonly coverage: CompiledReimbursementCoverage;
  readonly claim: Claim;
  /** The coverage's lines in consumption order (service date, line id). */
  readonly ordered: readonly EligibleLine[];
  readonly ledger: CostSharingLedger;
  readonly context: CalculationContext;
  readonly clause: { readonly deductible: string; readonly ratio: string; readonly copays: string; readonly outOfPocket: string };
  /** What other payers paid that counts towards the deductibles, credited before anything is consumed. */
  readonly credit: Money;
  /** The eligible total after other payers, shown as the deductible step's base. */
  readonly eligibleTotal: Money;
}

export interface CostSharing {
  readonly steps: readonly CalculationStep[];
  readonly terms: readonly CoverageTerm[];
  readonly ledgerAfter: CostSharingLedger;
}

/** Shares the cost of the lines between the insured and the coverage, in one documented order. */
export function shareCosts(input: CostSharingInput): CostSharing {
  const { coverage, claim, context, ledger } = input;
  const { minorUnits } = context;
  const money = (amount: Money) => formatMoney(amount, minorUnits);
  const makeStep = stepsOf(REIMBURSEMENT_STEPS, context.currency);
  const steps: CalculationStep[] = [];
  const terms: CoverageTerm[] = [];
  const insuredHasCondition = context.insured.preExistingConditions.length > 0;

  // Slices: each line whole, or its parts inside and outside the catalogue, in consumption order.
  const copayOf = (category: string) => coverage.copays.find((copay) => copay.categorySet.has(category));
  const slices: Slice[] = input.ordered.flatMap((line) =>
    coverage.parts.map((part): Slice => {
      const source = line.entry.line;
      const copay = copayOf(source.category);
      const preExisting = part.preExisting;
      return {
        line,
        part,
        settlement: settlementOf(source, claim),
        copay,
        exempt: coverage.deductibleExempt.has(source.category) || copay?.deductibleOrder === "does_not_apply",
        preExisting:
          preExisting !== undefined &&
          (preExisting.appliesTo === "insured" ? insuredHasCondition : matchesAnyPrefix(lineDiagnoses(source, claim), context.insured.preExistingConditions)),
        remaining: part.key === "all" ? line.entry.remaining : part.key === "in_catalogue" ? line.parts.in : line.parts.out,
        shares: new Map(),
      };
    }),
  );
  const bear = (slice: Slice, kind: ShareKind, amount: Money, clauseId: string) => {
    if (amount.isZero()) return;
    slice.remaining = slice.remaining.minus(amount);
    const earlier = slice.shares.get(kind);
    slice.shares.set(kind, { amount: (earlier?.amount ?? ZERO).plus(amount), clauseId });
  };
  const consume = (members: readonly Slice[], amount: Money, kind: ShareKind, clauseId: string): Money => {
    let left = amount;
    for (const slice of members) {
      const taken = minMoney(slice.remaining, left);
      left = left.minus(taken);
      bear(slice, kind, taken, clauseId);
    }
    return amount.minus(left);
  };

  // Copays: once per visit, service, day or prescription, shared by the group's lines in consumption order.
  let copaysTaken = ZERO;
  const applyCopays = (when: (copay: CompiledCopay) => boolean) => {
    for (const copay of coverage.copays.filter(when)) {
      const members = slices.filter((slice) => slice.copay === copay);
      if (members.length === 0) continue;
      const groups = new Map<string, Slice[]>();
      for (const slice of members) {
        const line = slice.line.entry.line;
        const key = copay.per === "visit" ? (line.visitId ?? line.serviceDate) : copay.per === "day" ? line.serviceDate : copay.per === "prescription" ? (line.prescriptionId ?? line.id) : line.id;
        const group = groups.get(key);
        if (group === undefined) groups.set(key, [slice]);
        else group.push(slice);
      }
      const clauseId = copay.clauseId ?? input.clause.copays;
      const before = sumMoney(members.map((slice) => slice.remaining));
      let taken = ZERO;
      for (const group of groups.values()) taken = taken.plus(consume(group, copay.cap, "copay", clauseId));
      copaysTaken = copaysTaken.plus(taken);
      steps.push(
        makeStep("copay", { copay: termName(copay), amount: money(copay.cap), per: COPAY_PER_WORDS[copay.per] }, {
          coverageId: coverage.id,
          inputs: { copay: copay.id, amount: money(copay.cap), per: copay.per, groups: String(groups.size), amountBefore: money(before) },
          result: money(taken),
          clauseId,
        }),
      );
    }
  };
  applyCopays((copay) => copay.deductibleOrder !== "before_copay");

  // Deductibles, each credited first with what other payers paid that counts towards it.
  let credit = input.credit;
  const deductible = (kind: ShareKind, amount: Money, members: readonly Slice[], clauseId: string) => {
    const credited = minMoney(amount, credit);
    credit = credit.minus(credited);
    return { credited, consumed: consume(members, amount.minus(credited), kind, clauseId) };
  };
  const subject = slices.filter((slice) => !slice.exempt);
  const deductibleUsedBefore = toMoney(ledger.deductibleUsed);
  const familyUsedBefore = toMoney(ledger.familyDeductibleUsed);
  const ownDeductible = coverage.preExisting?.appliesTo === "insured" && insuredHasCondition && coverage.preExisting.annualDeductible !== undefined ? coverage.preExisting.annualDeductible : coverage.annualDeductible;
  const individualLeft = ownDeductible.minus(minMoney(deductibleUsedBefore, ownDeductible));
  const familyLeft = coverage.familyDeductible === undefined ? undefined : coverage.familyDeductible.minus(minMoney(familyUsedBefore, coverage.familyDeductible));
  const annualRemaining = familyLeft === undefined ? individualLeft : minMoney(individualLeft, familyLeft);
  const annual = deductible("deductible", annualRemaining, subject, input.clause.deductible);
  // A coverage without an annual deductible (none at all, or only its catalogue parts') shows the reader no step and no
  // term of 0.00 for one.
  const hasAnnualDeductible = !ownDeductible.isZero() || coverage.familyDeductible !== undefined;
  if (hasAnnualDeductible) {
    steps.push(
      makeStep("deductible", {}, {
        coverageId: coverage.id,
        inputs: {
          annualDeductible: money(ownDeductible),
          deductibleUsedBefore: money(deductibleUsedBefore),
          ...(coverage.familyDeductible !== undefined ? { familyDeductible: money(coverage.familyDeductible), familyDeductibleUsedBefore: money(familyUsedBefore) } : {}),
          deductibleRemaining: money(annualRemaining),
          creditedByOtherPayments: money(annual.credited),
          base: money(input.eligibleTotal),
          ...(subject.length < slices.length ? { exemptFromDeductible: [...new Set(slices.filter((slice) => slice.exempt).map((slice) => slice.line.entry.line.id))].join(", ") } : {}),
        },
        result: money(annual.consumed),
        clauseId: input.clause.deductible,
      }),
    );
  }
  const family = coverage.source.deductibleLevel === "family" ? ({ family: true } as const) : {};
  // What earlier claims had already met of a deductible is said with it: a deductible of 0.00 is otherwise a riddle.
  const metBefore = (amount: Money, left: Money) => (amount.greaterThan(left) ? { metBefore: money(amount.minus(left)) } : {});
  if (hasAnnualDeductible) terms.push({ kind: "deductible", value: money(annual.consumed), ...family, ...metBefore(ownDeductible, annualRemaining) });
  if (!annual.credited.isZero()) terms.push({ kind: "deductible_credited", value: money(annual.credited) });
  if (!coverage.perClaimDeductible.isZero()) {
    const perClaim = deductible("per_claim_deductible", coverage.perClaimDeductible, subject, input.clause.deductible);
    steps.push(
      makeStep("per_claim_deductible", {}, {
        coverageId: coverage.id,
        inputs: { perClaimDeductible: money(coverage.perClaimDeductible), creditedByOtherPayments: money(perClaim.credited) },
        result: money(perClaim.consumed),
        clauseId: input.clause.deductible,
      }),
    );
    terms.push({ kind: "per_claim_deductible", value: money(perClaim.consumed) });
  }
  const incidentUsedBefore = toMoney(ledger.incidentDeductibleUsed);
  let incident = { credited: ZERO, consumed: ZERO };
  if (!coverage.perIncidentDeductible.isZero()) {
    const incidentRemaining = coverage.perIncidentDeductible.minus(minMoney(incidentUsedBefore, coverage.perIncidentDeductible));
    incident = deductible("per_incident_deductible", incidentRemaining, subject, input.clause.deductible);
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
        clauseId: input.clause.deductible,
      }),
    );
    terms.push({ kind: "per_incident_deductible", value: money(incident.consumed), ...metBefore(coverage.perIncidentDeductible, incidentRemaining) });
  }
  // Each part's own deductible (医保内/医保外), a higher one for people with a declared condition.
  const partUsed: Record<string, string> = { ...ledger.partDeductiblesUsed };
  for (const part of coverage.parts) {
    const amount = part.preExisting?.appliesTo === "insured" && insuredHasCondition && part.preExisting.annualDeductible !== undefined ? part.preExisting.annualDeductible : part.annualDeductible;
    if (amount.isZero()) continue;
    const before = toMoney(ownEntry(partUsed, part.key) ?? "0");
    const left = amount.minus(minMoney(before, amount));
    const clauseId = part.clauseId ?? input.clause.deductible;
    const taken = deductible("part_deductible", left, subject.filter((slice) => slice.part === part), clauseId);
    partUsed[part.key] = money(before.plus(taken.credited).plus(taken.consumed));
    steps.push(
      makeStep("part_deductible", { part: PART_WORDS[part.key] }, {
        coverageId: coverage.id,
        inputs: { part: part.key, annualDeductible: money(amount), usedBefore: money(before), remaining: money(left), creditedByOtherPayments: money(taken.credited) },
        result: money(taken.consumed),
        clauseId,
      }),
    );
    terms.push({ kind: part.key === "out_of_catalogue" ? "out_of_catalogue_deductible" : "in_catalogue_deductible", value: money(taken.consumed), ...metBefore(amount, left) });
  }
  applyCopays((copay) => copay.deductibleOrder === "before_copay");

  // The ratio, rounded per slice to the minor unit: the one rounding step.
  const bandsUsed: Record<string, string> = { ...ledger.ratioBandsUsed };
  const groups = new Map<string, { template: "ratio" | "part_ratio" | "pre_existing_ratio"; part: PartKey; settlement: SocialInsuranceUse; sameRateForEverySettlement: boolean; ratio: string; rates: readonly string[]; clauseId: string; copay: CompiledCopay | undefined; base: Money; slices: Slice[] }>();
  for (const slice of slices) {
    const base = slice.remaining;
    const noCoinsurance = slice.copay !== undefined && slice.copay.coinsurance !== true;
    let covered: Money;
    let ratio: string;
    let template: "ratio" | "part_ratio" | "pre_existing_ratio" = slice.part.key === "all" ? "ratio" : "part_ratio";
    let clauseId = slice.part.clauseId ?? input.clause.ratio;
    // How social insurance took part is said only when the rate depends on it.
    let sameRate = false;
    if (noCoinsurance) {
      covered = base;
      ratio = "1";
    } else if (slice.preExisting && slice.part.preExisting !== undefined) {
      const rates = slice.part.preExisting.rates;
      const rate = rates[slice.settlement];
      covered = roundToMinorUnit(base.times(rate), minorUnits, context.rounding);
      ratio = rate.toString();
      template = "pre_existing_ratio";
      clauseId = slice.part.preExisting.clauseId ?? clauseId;
      sameRate = sameForEverySettlement(rates);
    } else {
      const used = toMoney(ownEntry(bandsUsed, slice.part.key) ?? "0");
      const pieces = piecesOf(slice.part.ratio, slice.settlement, base, used);
      covered = roundToMinorUnit(sumMoney(pieces.map((piece) => piece.amount.times(piece.rate))), minorUnits, context.rounding);
      ratio = describeRatio(slice.part.ratio, slice.settlement, money);
      if (isBanded(slice.part.ratio)) bandsUsed[slice.part.key] = money(used.plus(base));
      sameRate = slice.part.ratio.every((band) => sameForEverySettlement(band.rates));
    }
    bear(slice, "coinsurance", base.minus(covered), clauseId);
    const copay = noCoinsurance ? slice.copay : undefined;
    const key = `${template}|${slice.part.key}|${slice.settlement}|${ratio}|${clauseId}|${copay?.id ?? ""}`;
    // The rates the ratio names (each band's), split once per group.
    const group = groups.get(key) ?? { template, part: slice.part.key, settlement: slice.settlement, sameRateForEverySettlement: sameRate, ratio, rates: ratio.split("; ").map((piece) => piece.split(" ")[0] as string), clauseId, copay, base: ZERO, slices: [] };
    group.base = group.base.plus(base);
    group.slices.push(slice);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    const inputs = { socialInsurance: group.settlement, ratio: group.ratio, base: money(group.base), rounding: `${context.rounding}, per line` };
    const record = { coverageId: coverage.id, inputs: group.template === "ratio" ? inputs : { part: group.part, ...inputs }, result: money(sumMoney(group.slices.map((slice) => slice.remaining))), clauseId: group.clauseId };
    const words = { socialInsurance: SOCIAL_INSURANCE_WORDS[group.sameRateForEverySettlement ? "any" : group.settlement] };
    const copay = group.copay;
    // Lines a copay without coinsurance leaves to be paid in full: a step of their own, under the copay's clause.
    if (copay !== undefined) steps.push(makeStep("copay_paid_in_full", { copay: termName(copay) }, { ...record, inputs: { copay: copay.id, ...record.inputs }, clauseId: copay.clauseId ?? input.clause.copays }));
    else if (group.template === "part_ratio") steps.push(makeStep("part_ratio", { ...words, part: PART_WORDS[group.part] }, record));
    else steps.push(makeStep(group.template, words, record));
  }
  const rates = [...new Set([...groups.values()].flatMap((group) => group.rates))];
  // Without lines the ratio is still the coverage's term.
  // Several ratios: each names the lines it applied to.
  const linesAt = (rate: string) => [...new Set([...groups.values()].filter((group) => group.rates.includes(rate)).flatMap((group) => group.slices.map((slice) => slice.line.entry.line.id)))].sort((a, b) => lineOrder(a) - lineOrder(b));
  // Each line's place in the claim (the first, as findIndex gives it), looked up once: a sort of 1,000 lines asks it 20,000 times.
  const firstIndex = new Map<string, number>();
  claim.lines.forEach((line, i) => {
    if (!firstIndex.has(line.id)) firstIndex.set(line.id, i);
  });
  const lineOrder = (id: string) => firstIndex.get(id) ?? -1;
  // Lines are named only when the ratios apply to different lines (not for the bands of one ratio over the same lines).
  const sameLines = new Set(rates.map((rate) => linesAt(rate).join(","))).size <= 1;
  for (const rate of rates.length === 0 ? [coverage.ratio[claim.socialInsurance ?? "used"].toString()] : rates) terms.push({ kind: "ratio", value: rate, ...(rates.length > 1 && !sameLines ? { lines: linesAt(rate) } : {}) });

  // The out-of-pocket maximum: what the insured would bear above it, of the shares it counts, the plan pays.
  let outOfPocketAdded = ZERO;
  const oop = coverage.outOfPocket;
  if (oop !== undefined) {
    const counted = (slice: Slice) => [...slice.shares].filter(([kind]) => oop.counts.has(kindFamily(kind)));
    const total = sumMoney(slices.flatMap((slice) => counted(slice).map(([, share]) => share.amount)));
    const usedBefore = toMoney(ledger.outOfPocketUsed);
    const familyBefore = toMoney(ledger.familyOutOfPocketUsed);
    const left = minMoney(oop.amount.minus(minMoney(usedBefore, oop.amount)), oop.familyAmount === undefined ? oop.amount : oop.familyAmount.minus(minMoney(familyBefore, oop.familyAmount)));
    let relief = total.greaterThan(left) ? total.minus(left) : ZERO;
    const given = relief;
    // Given back from the last slices first: coinsurance, then copays, then deductibles.
    for (const kinds of [["coinsurance"], ["copay"], ["part_deductible", "per_incident_deductible", "per_claim_deductible", "deductible"]] as const) {
      for (const slice of [...slices].reverse()) {
        for (const kind of kinds) {
          if (relief.isZero() || !oop.counts.has(kindFamily(kind))) continue;
          const share = slice.shares.get(kind);
          if (share === undefined) continue;
          const back = minMoney(share.amount, relief);
          relief = relief.minus(back);
          share.amount = share.amount.minus(back);
          slice.remaining = slice.remaining.plus(back);
          if (kind === "deductible") annual.consumed = annual.consumed.minus(back);
          if (kind === "per_incident_deductible") incident.consumed = incident.consumed.minus(back);
          if (kind === "part_deductible") partUsed[slice.part.key] = money(toMoney(partUsed[slice.part.key] ?? "0").minus(back));
        }
      }
    }
    outOfPocketAdded = total.minus(given);
    const clauseId = oop.clauseId ?? input.clause.outOfPocket;
    steps.push(
      makeStep("out_of_pocket_maximum", { amount: money(oop.amount) }, {
        coverageId: coverage.id,
        inputs: {
          outOfPocketMaximum: money(oop.amount),
          ...(oop.familyAmount !== undefined ? { familyOutOfPocketMaximum: money(oop.familyAmount), familyUsedBefore: money(familyBefore) } : {}),
          counts: [...oop.counts].join(", "),
          usedBefore: money(usedBefore),
          left: money(left),
          sharesOnThisClaim: money(total),
        },
        result: money(given),
        clauseId,
      }),
    );
    terms.push({ kind: "out_of_pocket_remaining", value: money(left.minus(outOfPocketAdded)) });
  }
  // What is left of the annual deductible, once the out-of-pocket maximum gave any of it back: next to the deductible.
  const remainingDeductible = annualRemaining.minus(annual.credited).minus(annual.consumed);
  const afterDeductible = terms.findIndex((term) => term.kind !== "deductible" && term.kind !== "deductible_credited");
  if (remainingDeductible.greaterThan(0)) terms.splice(afterDeductible < 0 ? terms.length : afterDeductible, 0, { kind: "deductible_remaining", value: money(remainingDeductible), ...family });
  if (!copaysTaken.isZero()) terms.splice(0, 0, { kind: "copay", value: money(sumMoney(slices.map((slice) => slice.shares.get("copay")?.amount ?? ZERO))) });

  // The insured's shares become the lines' adjustments, in the order they were taken; a line's parts are merged.
  const ORDER: readonly [ShareKind, AdjustmentKind][] = [
    ["copay", "copay"],
    ["deductible", "deductible"],
    ["per_claim_deductible", "per_claim_deductible"],
    ["per_incident_deductible", "per_incident_deductible"],
    ["part_deductible", "deductible"],
    ["coinsurance", "coinsurance"],
  ];
  // Each line's slices, in the slices' order, gathered in one pass (not one pass over every slice per line).
  const slicesOf = new Map<Slice["line"], Slice[]>();
  for (const slice of slices) {
    const own = slicesOf.get(slice.line);
    if (own === undefined) slicesOf.set(slice.line, [slice]);
    else own.push(slice);
  }
  for (const line of input.ordered) {
    const own = slicesOf.get(line) ?? [];
    for (const [share, kind] of ORDER) {
      const byClause = new Map<string, Money>();
      for (const slice of own) {
        const taken = slice.shares.get(share);
        if (taken !== undefined && !taken.amount.isZero()) byClause.set(taken.clauseId, (byClause.get(taken.clauseId) ?? ZERO).plus(taken.amount));
      }
      for (const [clauseId, amount] of byClause) takeOff(line.entry, kind, amount, clauseId, minorUnits, { coverageId: coverage.id });
    }
  }

  return {
    steps,
    terms,
    ledgerAfter: {
      deductibleUsed: money(deductibleUsedBefore.plus(annual.credited).plus(annual.consumed)),
      familyDeductibleUsed: money(familyUsedBefore.plus(annual.credited).plus(annual.consumed)),
      incidentDeductibleUsed: money(incidentUsedBefore.plus(incident.credited).plus(incident.consumed)),
      partDeductiblesUsed: partUsed,
      ratioBandsUsed: bandsUsed,
      outOfPocketUsed: money(toMoney(ledger.outOfPocketUsed).plus(outOfPocketAdded)),
      familyOutOfPocketUsed: money(toMoney(ledger.familyOutOfPocketUsed).plus(outOfPocketAdded)),
    },
  };
}

/** The share a kind of amount is, for the out-of-pocket maximum's `counts`. */
function kindFamily(kind: ShareKind): "deductible" | "copay" | "coinsurance" {
  return kind === "copay" ? "copay" : kind === "coinsurance" ? "coinsurance" : "deductible";
}

/** Whether a ratio's rate is the same however social insurance took part (one rate in the policy). */
function sameForEverySettlement(rates: { readonly used: Decimal; readonly not_used: Decimal; readonly could_not_be_used: Decimal }): boolean {
  return rates.used.equals(rates.not_used) && rates.used.equals(rates.could_not_be_used);
}

/** A ratio as the trace states it: the rate, or each band's rate from its lower bound ("0.7 from 0.00; 0.8 from 100000.00"). */
function describeRatio(ratio: CompiledRatio, settlement: SocialInsuranceUse, money: (amount: Money) => string): string {
  if (!isBanded(ratio)) return (ratio[0]?.rates[settlement] as Decimal).toString();
  return ratio.map((band) => `${band.rates[settlement].toString()} from ${money(band.from)}`).join("; ");
}
