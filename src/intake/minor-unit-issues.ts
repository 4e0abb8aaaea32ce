import type { Issue } from "../errors/adjudicator-error.js";

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * The amounts of a counter value (a ledger entry, opening counters) finer than the currency's minor unit, each as
 * `checkMinorUnits` words it, in document order: what `amountsIn(value, path)` and `checkMinorUnits` on each give,
 * walking the value once and building a path only for an amount refused (a ledger grows with the policy's claims).
 *
 * @param value - the counter value (strings, numbers, arrays, records)
 * @param path - its JSON path
 */
export function minorUnitIssuesIn(value: unknown, minorUnits: number, currency: string, path: readonly (string | number)[]): Issue[] {
  const issues: Issue[] = [];
  const at: (string | number)[] = [...path];
  const walk = (current: unknown): void => {
    if (typeof current === "string") {
      const dot = current.indexOf(".");
      const decimals = dot === -1 ? 0 : current.length - dot - 1;
      if (decimals > minorUnits && DECIMAL.test(current)) {
        issues.push({ code: "invalid_input", path: [...at], message: `${current} has ${decimals} decimals; ${currency} amounts have at most ${minorUnits}` });
      }
      return;
    }
    if (Array.isArray(current)) {
      for (let i = 0; i < current.length; i++) {
        if (!(i in current)) continue;
        at.push(i);
        walk(current[i]);
        at.pop();
      }
      return;
    }
    if (typeof current === "object" && current !== null) {
      for (const key of Object.keys(current)) {
        at.push(key);
        walk((current as Record<string, unknown>)[key]);
        at.pop();
      }
    }
  };
  walk(value);
  return issues;
}
