import { isWrittenInMinorUnits, writeInMinorUnits } from "../money/write-in-minor-units.js";

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** An amount string in minor units: as it is when it is written so already, else through `writeInMinorUnits`. */
function normalizeAmount(value: string, minorUnits: number): string {
  // Most counter amounts are written so already (the ledger keeps them so): kept as they are, without a match.
  if (isWrittenInMinorUnits(value, minorUnits)) return value;
  return DECIMAL.test(value) ? writeInMinorUnits(value, minorUnits) : value;
}

function normalizeValue(value: unknown, minorUnits: number): unknown {
  if (typeof value === "string") return normalizeAmount(value, minorUnits);
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    const items = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) items[i] = normalizeValue(value[i], minorUnits);
    return items;
  }
  // The same own enumerable string keys, in the same order, as `Object.fromEntries(Object.entries(value))` gives;
  // a key named `__proto__` stays an own property (an id may be named so), never the prototype.
  const out: Record<string, unknown> = {};
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const item = normalizeValue(record[key], minorUnits);
    if (key === "__proto__") Object.defineProperty(out, key, { value: item, writable: true, enumerable: true, configurable: true });
    else out[key] = item;
  }
  return out;
}

/** A counter value with every amount in it written in the currency's minor units (`"0"` → `"0.00"`). */
export function normalizeMoney<T>(value: T, minorUnits: number): T {
  return normalizeValue(value, minorUnits) as T;
}

/** Every amount in a counter value with its path, to check it is no finer than the currency's minor unit. */
export function amountsIn(value: unknown, path: readonly (string | number)[]): { amount: string; path: (string | number)[] }[] {
  if (typeof value === "string") return DECIMAL.test(value) ? [{ amount: value, path: [...path] }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => amountsIn(item, [...path, i]));
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([key, item]) => amountsIn(item, [...path, key]));
  return [];
}
