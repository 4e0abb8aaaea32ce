import { unitsOf, unitsToFixed } from "../money/exact-units.js";
import { Dec, formatMoney } from "../money/money.js";

/** A counter value: an amount (decimal string), a count, a flag, a list of items, or counters by id. */
export type CounterValue = string | number | boolean | readonly unknown[] | { readonly [key: string]: CounterValue };

const DECIMAL = /^-?\d+(\.\d+)?$/;
const isRecord = (value: unknown): value is Readonly<Record<string, CounterValue>> => typeof value === "object" && value !== null && !Array.isArray(value);
const itemKey = (item: unknown) => JSON.stringify(item);

/**
 * The sum of two counter values of the same field: amounts and counts add, flags are true if either is, lists join,
 * counters by id add id by id. Amounts are written in the currency's minor units.
 */
export function addCounters(a: CounterValue | undefined, b: CounterValue | undefined, minorUnits: number): CounterValue | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (typeof a === "string" && typeof b === "string" && DECIMAL.test(a) && DECIMAL.test(b)) {
    // Whole minor units as integers when both fit (the common case), else Decimal: the same text either way.
    const [x, y] = [unitsOf(a, minorUnits), unitsOf(b, minorUnits)];
    if (x !== undefined && y !== undefined && Number.isSafeInteger(x + y)) return unitsToFixed(x + y, minorUnits);
    return formatMoney(new Dec(a).plus(b), minorUnits);
  }
  if (typeof a === "number" && typeof b === "number") return a + b;
  if (typeof a === "boolean" && typeof b === "boolean") return a || b;
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  if (isRecord(a) && isRecord(b)) {
    const sum: Record<string, CounterValue> = Object.create(null);
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const value = addCounters(Object.hasOwn(a, key) ? a[key] : undefined, Object.hasOwn(b, key) ? b[key] : undefined, minorUnits);
      if (value !== undefined) sum[key] = value;
    }
    return { ...sum };
  }
  return b;
}

/**
 * What a claim added to a counter: `after − before`, the inverse of `addCounters`; `undefined` when it added nothing
 * (a zero amount or count, a flag already set, no new item), so a claim's record holds only what it changed.
 */
export function subtractCounters(after: CounterValue, before: CounterValue | undefined, minorUnits: number): CounterValue | undefined {
  if (typeof after === "string" && DECIMAL.test(after)) {
    const [x, y] = [unitsOf(after, minorUnits), typeof before === "string" && DECIMAL.test(before) ? unitsOf(before, minorUnits) : 0];
    if (x !== undefined && y !== undefined && Number.isSafeInteger(x - y)) return x - y === 0 ? undefined : unitsToFixed(x - y, minorUnits);
    const delta = new Dec(after).minus(typeof before === "string" && DECIMAL.test(before) ? before : "0");
    return delta.isZero() ? undefined : formatMoney(delta, minorUnits);
  }
  if (typeof after === "number") {
    const delta = after - (typeof before === "number" ? before : 0);
    return delta === 0 ? undefined : delta;
  }
  if (typeof after === "boolean") return after && before !== true ? true : undefined;
  if (Array.isArray(after)) {
    // Nothing added, or nothing before to take away (most lists of most claims): no count of the items to build.
    if (after.length === 0) return undefined;
    if (!Array.isArray(before) || before.length === 0) return after.slice();
    const remaining = new Map<string, number>();
    for (const item of before) {
      const key = itemKey(item);
      remaining.set(key, (remaining.get(key) ?? 0) + 1);
    }
    const added = after.filter((item) => {
      const key = itemKey(item);
      const left = remaining.get(key) ?? 0;
      if (left === 0) return true;
      remaining.set(key, left - 1);
      return false;
    });
    return added.length === 0 ? undefined : added;
  }
  if (isRecord(after)) {
    const delta: Record<string, CounterValue> = {};
    let changed = false;
    for (const key of Object.keys(after)) {
      const value = subtractCounters(after[key] as CounterValue, isRecord(before) && Object.hasOwn(before, key) ? before[key] : undefined, minorUnits);
      if (value !== undefined) {
        delta[key] = value;
        changed = true;
      }
    }
    return changed ? delta : undefined;
  }
  return undefined;
}
