import type Decimal from "decimal.js";
import type { SocialInsuranceUse } from "../../claim/claim-schema.js";
import { Dec, maxMoney, minMoney, toMoney, ZERO, type Money } from "../../money/money.js";
import type { RatioTerms } from "./reimbursement-terms-schema.js";

/** The rate for each way social insurance took part. */
export type RatesBySettlement = Readonly<Record<SocialInsuranceUse, Decimal>>;

/** One band of a ratio: its rates apply from `from` (the year's amount after deductibles) up to the next band. */
export interface RatioBand {
  readonly from: Money;
  readonly rates: RatesBySettlement;
}

/** A ratio compiled once: its bands, a flat ratio being one band from 0. */
export type CompiledRatio = readonly RatioBand[];

/** One piece of an amount paid at one rate. */
export interface RatioPiece {
  readonly from: Money;
  readonly amount: Money;
  readonly rate: Decimal;
}

export function ratesOf(flat: string | { readonly used: string; readonly not_used: string; readonly could_not_be_used: string }): RatesBySettlement {
  if (typeof flat === "string") return { used: new Dec(flat), not_used: new Dec(flat), could_not_be_used: new Dec(flat) };
  return { used: new Dec(flat.used), not_used: new Dec(flat.not_used), could_not_be_used: new Dec(flat.could_not_be_used) };
}

export function compileRatio(terms: RatioTerms): CompiledRatio {
  if (typeof terms === "object" && "bands" in terms) return terms.bands.map((band) => ({ from: toMoney(band.from), rates: ratesOf(band.ratio) }));
  return [{ from: ZERO, rates: ratesOf(terms) }];
}

/**
 * Splits `amount` across the bands, given what the year's earlier amounts already filled (`usedBefore`): each piece
 * with the rate of its band for the settlement. A flat ratio gives one piece.
 */
export function piecesOf(ratio: CompiledRatio, settlement: SocialInsuranceUse, amount: Money, usedBefore: Money): RatioPiece[] {
  const pieces: RatioPiece[] = [];
  let start = usedBefore;
  let left = amount;
  ratio.forEach((band, i) => {
    if (left.isZero()) return;
    const next = ratio[i + 1];
    const bandEnd = next?.from;
    if (bandEnd !== undefined && start.greaterThanOrEqualTo(bandEnd)) return;
    const room = bandEnd === undefined ? left : minMoney(left, bandEnd.minus(maxMoney(start, band.from)));
    if (room.lessThanOrEqualTo(0)) return;
    pieces.push({ from: band.from, amount: room, rate: band.rates[settlement] });
    left = left.minus(room);
    start = start.plus(room);
  });
  return pieces;
}

/** Whether the ratio has more than one band. */
export function isBanded(ratio: CompiledRatio): boolean {
  return ratio.length > 1;
}
