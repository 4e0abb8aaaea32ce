import { compareMoneyStrings } from "../money/compare-money-strings.js";
import { MAX_EXACT_SCALE, unitsOf } from "../money/exact-units.js";
import { MAX_SIGNIFICANT_DIGITS } from "../values/primitives.js";

/**
 * The cross-field sums the claim schema checks on every bill line and on the bill, run on every adjudication: as
 * whole units in JavaScript integers when every amount fits (at most `MAX_EXACT_SCALE` decimals, sums below 2^53),
 * which gives the same answers as adding the strings (`compareMoneyStrings`, Decimal of 80 digits past that) without
 * a string per partial sum; anything else goes the string way. Every amount is a well-formed money string here.
 */

/** Decimals of a string of the money pattern (`^\d+(\.\d+)?$`). */
const decimalsOfMoney = (amount: string): number => {
  const dot = amount.indexOf(".");
  return dot === -1 ? 0 : amount.length - dot - 1;
};

/** What a line's shares exceed: `others` (social insurance + other insurers above the amount), `all` (with selfPay), or nothing. */
export type LineSharesExcess = "others" | "all" | undefined;

interface LineAmounts {
  readonly amount: string;
  readonly selfPay: string;
  readonly socialInsurancePaid: string;
  readonly otherInsurancePaid: string;
}

/** `lineSharesExcess` by adding the strings: the reference the integer path agrees with. */
export function lineSharesExcessByStrings(line: LineAmounts): LineSharesExcess {
  const deducted = compareMoneyStrings.sum(compareMoneyStrings.sum(line.selfPay, line.socialInsurancePaid), line.otherInsurancePaid);
  if (compareMoneyStrings.greaterThan(compareMoneyStrings.sum(line.socialInsurancePaid, line.otherInsurancePaid), line.amount)) return "others";
  if (compareMoneyStrings.greaterThan(deducted, line.amount)) return "all";
  return undefined;
}

/** Whether what others paid on a line, or that and the patient's own share, exceed what was billed. */
export function lineSharesExcess(line: LineAmounts): LineSharesExcess {
  const scale = Math.max(decimalsOfMoney(line.amount), decimalsOfMoney(line.selfPay), decimalsOfMoney(line.socialInsurancePaid), decimalsOfMoney(line.otherInsurancePaid));
  if (scale <= MAX_EXACT_SCALE) {
    const amount = unitsOf(line.amount, scale);
    const selfPay = unitsOf(line.selfPay, scale);
    const social = unitsOf(line.socialInsurancePaid, scale);
    const other = unitsOf(line.otherInsurancePaid, scale);
    if (amount !== undefined && selfPay !== undefined && social !== undefined && other !== undefined) {
      const others = social + other;
      const all = others + selfPay;
      if (Number.isSafeInteger(others) && Number.isSafeInteger(all)) return others > amount ? "others" : all > amount ? "all" : undefined;
    }
  }
  return lineSharesExcessByStrings(line);
}

/** The bill's total and its significant digits (its whole part's and the most decimals of any amount), by adding the strings. */
export function billTotalDigitsByStrings(amounts: readonly string[]): { readonly total: string; readonly digits: number } {
  const total = amounts.reduce((sum, amount) => compareMoneyStrings.sum(sum, amount), "0");
  const decimals = Math.max(...amounts.map((amount) => amount.split(".")[1]?.length ?? 0));
  const digits = (total.split(".")[0] ?? "").replace(/^0+/, "").length + decimals;
  return { total, digits };
}

/**
 * Whether the bill's total has more significant digits than an amount may have (its whole part's and the most
 * decimals of any amount), with the total written as the problem says it; `undefined` when it fits.
 */
export function billTotalTooLong(amounts: readonly string[]): string | undefined {
  let scale = 0;
  for (const amount of amounts) scale = Math.max(scale, decimalsOfMoney(amount));
  if (scale <= MAX_EXACT_SCALE) {
    let total = 0;
    for (const amount of amounts) {
      const units = unitsOf(amount, scale);
      total = units === undefined ? Number.NaN : total + units;
      if (!Number.isSafeInteger(total)) break;
    }
    if (Number.isSafeInteger(total)) {
      // A safe integer's digits, less the decimals, are the whole part's (none below one unit).
      const whole = Math.max(0, String(total).length - scale);
      if (whole + scale <= MAX_SIGNIFICANT_DIGITS) return undefined;
    }
  }
  const { total, digits } = billTotalDigitsByStrings(amounts);
  return digits > MAX_SIGNIFICANT_DIGITS ? total : undefined;
}
