import type { Issue } from "../errors/adjudicator-error.js";

/** Amounts finer than the currency's minor unit would be rounded silently later: reject them here. */
export function checkMinorUnits(amount: string, minorUnits: number, path: readonly (string | number)[], currency: string): Issue[] {
  const decimals = amount.split(".")[1]?.length ?? 0;
  return decimals > minorUnits
    ? [{ code: "invalid_input", path, message: `${amount} has ${decimals} decimals; ${currency} amounts have at most ${minorUnits}` }]
    : [];
}
