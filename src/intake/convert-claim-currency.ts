import type { Claim } from "../claim/claim-schema.js";
import type { CalculationStep } from "../trace/calculation-step-schema.js";
import { GENERAL_STEPS } from "../codes/general-steps.js";
import { stepsOf } from "../trace/make-step.js";
import { Dec, formatMoney, roundToMinorUnit, sumMoney, toMoney, type RoundingMode } from "../money/money.js";

export interface CurrencyTarget {
  readonly code: string;
  readonly minorUnits: number;
  readonly rounding: RoundingMode;
  /** The clause the conversion step cites (the coverage that pays in this currency). */
  readonly clauseId: string;
}

/**
 * Converts every amount of a claim billed in another currency into the policy's, with the claim's exchange rate:
 * each amount × rate, rounded to the policy currency's minor unit with the policy's rounding mode. This is the one
 * rounding at intake; the calculation then works in the policy's currency.
 */
/** The conversion a decision records: from, to, the rate, and where the rate comes from. */
export interface CurrencyConversion {
  readonly from: string;
  readonly to: string;
  readonly rate: string;
  readonly source?: string;
  readonly date?: string;
}

export function convertClaimCurrency(claim: Claim, target: CurrencyTarget): { claim: Claim; conversion: CurrencyConversion; step: CalculationStep } {
  const rate = claim.exchangeRate;
  if (rate === undefined) throw new TypeError("convertClaimCurrency: the claim has no exchange rate");
  const factor = new Dec(rate.rate);
  const convert = (amount: string) => formatMoney(roundToMinorUnit(toMoney(amount).times(factor), target.minorUnits, target.rounding), target.minorUnits);
  const lines = claim.lines.map((line) => ({
    ...line,
    amount: convert(line.amount),
    selfPay: convert(line.selfPay),
    socialInsurancePaid: convert(line.socialInsurancePaid),
    otherInsurancePaid: convert(line.otherInsurancePaid),
  }));
  const conversion = { from: claim.currency, to: target.code, rate: rate.rate, ...(rate.source !== undefined ? { source: rate.source } : {}), ...(rate.date !== undefined ? { date: rate.date } : {}) };
  return {
    claim: { ...claim, currency: target.code, lines },
    conversion,
    step: stepsOf(GENERAL_STEPS, target.code)("currency_conversion", { from: claim.currency, to: target.code, rate: rate.rate }, {
      inputs: {
        from: claim.currency,
        to: target.code,
        rate: rate.rate,
        billedInClaimCurrency: sumMoney(claim.lines.map((line) => toMoney(line.amount))).toString(),
        ...(rate.source !== undefined ? { source: rate.source } : {}),
        ...(rate.date !== undefined ? { date: rate.date } : {}),
      },
      result: formatMoney(sumMoney(lines.map((line) => toMoney(line.amount))), target.minorUnits),
      clauseId: target.clauseId,
    }),
  };
}
