import { writeInMinorUnits } from "../money/write-in-minor-units.js";

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A counter value with every amount in it written in the currency's minor units (`"0"` → `"0.00"`). */
export function normalizeMoney<T>(value: T, minorUnits: number): T {
  if (typeof value === "string") return (DECIMAL.test(value) ? writeInMinorUnits(value, minorUnits) : value) as T;
  if (Array.isArray(value)) return value.map((item) => normalizeMoney(item, minorUnits)) as T;
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, normalizeMoney(item, minorUnits)])) as T;
  return value;
}

/** Every amount in a counter value with its path, to check it is no finer than the currency's minor unit. */
export function amountsIn(value: unknown, path: readonly (string | number)[]): { amount: string; path: (string | number)[] }[] {
  if (typeof value === "string") return DECIMAL.test(value) ? [{ amount: value, path: [...path] }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => amountsIn(item, [...path, i]));
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([key, item]) => amountsIn(item, [...path, key]));
  return [];
}
