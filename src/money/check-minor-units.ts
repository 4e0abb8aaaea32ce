import type { Issue } from "../errors/adjudicator-error.js";

/** Amounts finer than the currency's minor unit would be rounded silently later: reject them here. */
export function checkMinorUnits(amount: string, minorUnits: number, path: readonly (string | number)[], currency: string): Issue[] {
  const decimals = decimalsAfterPoint(amount);
  return decimals > minorUnits
    ? [{ code: "invalid_input", path, message: `${amount} has ${decimals} decimals; ${currency} amounts have at most ${minorUnits}` }]
    : [];
}

/** `amount.split(".")[1]?.length ?? 0` without the pieces: the characters between the first point and the next (or the end). */
function decimalsAfterPoint(amount: string): number {
  const point = amount.indexOf(".");
  if (point < 0) return 0;
  const next = amount.indexOf(".", point + 1);
  return (next < 0 ? amount.length : next) - point - 1;
}
