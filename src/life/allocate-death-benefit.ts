import Decimal from "decimal.js";
import { Dec, formatMoney, type Money } from "../money/money.js";
import type { Beneficiary } from "./contract-schema.js";

/** Who receives a share of a death benefit: a beneficiary, or the insured's estate (art. 42). */
export interface DeathPayee {
  /** The beneficiary, absent for the estate. */
  readonly beneficiaryId?: string;
  readonly name: string;
  readonly relationship?: Beneficiary["relationship"];
  readonly order?: number;
  /** `beneficiary`, or `estate`: paid to the heirs as the insured's estate (PRC Insurance Law art. 42). */
  readonly kind: "beneficiary" | "estate";
  /** Share of the benefit, e.g. "0.6". */
  readonly share: string;
  readonly amount: string;
  /** A beneficiary who died after the insured: the share is theirs, paid to their heirs. */
  readonly diedOn?: string;
}

/** A beneficiary's death as the claim states it (PRC Insurance Law art. 42). */
export interface BeneficiaryDeath {
  readonly beneficiaryId: string;
  readonly diedOn: string;
  readonly orderOfDeaths?: "beneficiary_first" | "insured_first" | "unknown" | undefined;
}

/** A beneficiary who died before the insured, or is deemed to have (same event, order unknown): no right to the benefit. */
export interface PredeceasedBeneficiary {
  readonly beneficiaryId: string;
  readonly name: string;
  readonly diedOn: string;
  /** Died in the same event as the insured, the order unknown: deemed to have died first. */
  readonly deemed: boolean;
  /** Where the share went: the others of the order, the insured's estate, or neither (nobody of the order was left). */
  readonly shareTo: "other_beneficiaries" | "estate" | "next_order";
}

/** What the claim and the wording say of beneficiaries who died (all optional: none died). */
export interface BeneficiaryDeathTerms {
  readonly insuredDiedOn?: string | undefined;
  readonly deaths?: readonly BeneficiaryDeath[] | undefined;
  /** The policy's `contract.predeceasedBeneficiaryShare`; default `other_beneficiaries` (解释（三） art. 12). */
  readonly predeceasedShare?: "other_beneficiaries" | "estate" | undefined;
}

/** Art. 42: died before the insured, or on the same day first or in an order that cannot be determined. */
function diedFirst(death: BeneficiaryDeath, insuredDiedOn: string | undefined): { readonly first: boolean; readonly deemed: boolean } {
  if (insuredDiedOn === undefined || death.diedOn < insuredDiedOn) return { first: true, deemed: false };
  if (death.diedOn > insuredDiedOn) return { first: false, deemed: false };
  if (death.orderOfDeaths === "insured_first") return { first: false, deemed: false };
  return { first: true, deemed: death.orderOfDeaths !== "beneficiary_first" };
}

/** A beneficiary who lost the right to the benefit (art. 43: intentionally caused the insured's death). */
export interface ForfeitedBeneficiary {
  readonly beneficiaryId: string;
  readonly name: string;
}

export interface DeathBenefitAllocation {
  readonly payees: readonly DeathPayee[];
  readonly forfeited: readonly ForfeitedBeneficiary[];
  readonly predeceased: readonly PredeceasedBeneficiary[];
  /** True when no beneficiary is left and the benefit is paid as the estate. */
  readonly toEstate: boolean;
}

/**
 * Splits a death benefit among the insured's beneficiaries (PRC Insurance Law arts. 40, 42, 43; 解释（三） art. 12):
 * those who intentionally caused the death lose the right, and those who died before the insured (or are deemed to,
 * art. 42) have none; the first order with someone left takes the whole benefit, by the shares stated (scaled to
 * what the others had) or equally, except that with `predeceasedShare: "estate"` the share of one of the order who
 * died first is paid as the insured's estate; nobody left: the insured's estate. Each share is rounded down to the
 * minor unit, and the cents left over go one each to the first payees, so the shares add up to the amount exactly.
 *
 * @example
 * // 0.6 and 0.4 of 500,000.00: 300,000.00 and 200,000.00. The 0.6 forfeited: the other takes 500,000.00.
 * // The 0.6 died before the insured, the wording sending the share to the estate: 300,000.00 to the estate.
 */
export function allocateDeathBenefit(
  beneficiaries: readonly Beneficiary[],
  insured: { readonly id: string; readonly name: string },
  mainInsuredId: string,
  forfeitedIds: readonly string[],
  amount: Money,
  minorUnits: number,
  deathTerms: BeneficiaryDeathTerms = {},
): DeathBenefitAllocation {
  const theirs = beneficiaries.filter((beneficiary) => (beneficiary.insuredId ?? mainInsuredId) === insured.id);
  const forfeited = theirs.filter((beneficiary) => forfeitedIds.includes(beneficiary.id)).map((beneficiary) => ({ beneficiaryId: beneficiary.id, name: beneficiary.name }));
  const deathOf = (id: string) => (deathTerms.deaths ?? []).find((death) => death.beneficiaryId === id);
  const firstOf = (beneficiary: Beneficiary) => {
    const death = deathOf(beneficiary.id);
    return death === undefined ? undefined : { death, ...diedFirst(death, deathTerms.insuredDiedOn) };
  };
  const dead = theirs.filter((beneficiary) => !forfeitedIds.includes(beneficiary.id) && firstOf(beneficiary)?.first === true);
  const left = theirs.filter((beneficiary) => !forfeitedIds.includes(beneficiary.id) && !dead.includes(beneficiary));
  const firstOrder = left.map((beneficiary) => beneficiary.order ?? 1).sort((a, b) => a - b)[0];
  const toEstateShare = deathTerms.predeceasedShare === "estate";
  const predeceased: PredeceasedBeneficiary[] = dead.map((beneficiary) => {
    const found = firstOf(beneficiary) as { readonly death: BeneficiaryDeath; readonly deemed: boolean };
    const order = beneficiary.order ?? 1;
    const shareTo = order !== firstOrder ? "next_order" : toEstateShare ? "estate" : "other_beneficiaries";
    return { beneficiaryId: beneficiary.id, name: beneficiary.name, diedOn: found.death.diedOn, deemed: found.deemed, shareTo };
  });
  if (firstOrder === undefined) {
    return { payees: [{ name: insured.name, kind: "estate", share: "1", amount: formatMoney(amount, minorUnits) }], forfeited, predeceased, toEstate: true };
  }
  const group = left.filter((beneficiary) => (beneficiary.order ?? 1) === firstOrder);
  // With the wording's `estate`, those of the order who died first keep their weight, and it is the estate's.
  const estateMembers = toEstateShare ? dead.filter((beneficiary) => (beneficiary.order ?? 1) === firstOrder) : [];
  const everyone = [...group, ...estateMembers];
  const stated = everyone.every((beneficiary) => beneficiary.share !== undefined);
  const weightOf = (beneficiary: Beneficiary) => (stated ? new Dec(beneficiary.share as string) : new Dec(1));
  const weights = [...group.map(weightOf), ...(estateMembers.length > 0 ? [estateMembers.reduce((sum, beneficiary) => sum.plus(weightOf(beneficiary)), new Dec(0))] : [])];
  const total = weights.reduce((sum, weight) => sum.plus(weight), new Dec(0));
  const shares = weights.map((weight) => weight.div(total));
  const rounded = shares.map((share) => amount.times(share).toDecimalPlaces(minorUnits, Decimal.ROUND_DOWN));
  const unit = new Dec(1).div(new Dec(10).pow(minorUnits));
  let cents = amount.minus(rounded.reduce((sum, part) => sum.plus(part), new Dec(0))).div(unit).toNumber();
  const amounts = rounded.map((part) => {
    if (cents <= 0) return part;
    cents -= 1;
    return part.plus(unit);
  });
  const shareText = (i: number) => (shares[i] as Decimal).toDecimalPlaces(6).toString();
  return {
    payees: [
      ...group.map((beneficiary, i) => {
        const diedAfter = deathOf(beneficiary.id)?.diedOn;
        return {
          beneficiaryId: beneficiary.id,
          name: beneficiary.name,
          relationship: beneficiary.relationship,
          order: firstOrder,
          kind: "beneficiary" as const,
          share: shareText(i),
          amount: formatMoney(amounts[i] as Money, minorUnits),
          ...(diedAfter !== undefined ? { diedOn: diedAfter } : {}),
        };
      }),
      ...(estateMembers.length > 0 ? [{ name: insured.name, kind: "estate" as const, share: shareText(group.length), amount: formatMoney(amounts[group.length] as Money, minorUnits) }] : []),
    ],
    forfeited,
    predeceased,
    toEstate: false,
  };
}
