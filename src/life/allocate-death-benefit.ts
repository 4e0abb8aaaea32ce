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
}

/** A beneficiary who lost the right to the benefit (art. 43: intentionally caused the insured's death). */
export interface ForfeitedBeneficiary {
  readonly beneficiaryId: string;
  readonly name: string;
}

export interface DeathBenefitAllocation {
  readonly payees: readonly DeathPayee[];
  readonly forfeited: readonly ForfeitedBeneficiary[];
  /** True when no beneficiary is left and the benefit is paid as the estate. */
  readonly toEstate: boolean;
}

/**
 * Splits a death benefit among the insured's beneficiaries (PRC Insurance Law arts. 40, 42, 43; 解释（三） art. 12):
 * those who intentionally caused the death lose the right; the first order with someone left takes the whole
 * benefit, by the shares stated (scaled to what the others had) or equally; nobody left: the insured's estate.
 * Each share is rounded down to the minor unit, and the cents left over go one each to the first payees, so the
 * shares add up to the amount exactly.
 *
 * @example
 * // 0.6 and 0.4 of 500,000.00: 300,000.00 and 200,000.00. The 0.6 forfeited: the other takes 500,000.00.
 */
export function allocateDeathBenefit(
  beneficiaries: readonly Beneficiary[],
  insured: { readonly id: string; readonly name: string },
  mainInsuredId: string,
  forfeitedIds: readonly string[],
  amount: Money,
  minorUnits: number,
): DeathBenefitAllocation {
  const theirs = beneficiaries.filter((beneficiary) => (beneficiary.insuredId ?? mainInsuredId) === insured.id);
  const forfeited = theirs.filter((beneficiary) => forfeitedIds.includes(beneficiary.id)).map((beneficiary) => ({ beneficiaryId: beneficiary.id, name: beneficiary.name }));
  const left = theirs.filter((beneficiary) => !forfeitedIds.includes(beneficiary.id));
  const firstOrder = left.map((beneficiary) => beneficiary.order ?? 1).sort((a, b) => a - b)[0];
  if (firstOrder === undefined) {
    return { payees: [{ name: insured.name, kind: "estate", share: "1", amount: formatMoney(amount, minorUnits) }], forfeited, toEstate: true };
  }
  const group = left.filter((beneficiary) => (beneficiary.order ?? 1) === firstOrder);
  const stated = group.every((beneficiary) => beneficiary.share !== undefined);
  const weights = group.map((beneficiary) => (stated ? new Dec(beneficiary.share as string) : new Dec(1)));
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
  return {
    payees: group.map((beneficiary, i) => ({
      beneficiaryId: beneficiary.id,
      name: beneficiary.name,
      relationship: beneficiary.relationship,
      order: firstOrder,
      kind: "beneficiary" as const,
      share: (shares[i] as Decimal).toDecimalPlaces(6).toString(),
      amount: formatMoney(amounts[i] as Money, minorUnits),
    })),
    forfeited,
    toEstate: false,
  };
}
