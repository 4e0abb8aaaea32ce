import { fc } from "@fast-check/vitest";
import { loadExamples } from "../../examples/load-examples.js";

/** Every example product with its cases: the seeds the fuzzer mutates. */
export const PRODUCTS = loadExamples();

/** Values that broke the library once, or could: malformed amounts and dates, prototype names, wrong types, huge numbers. */
export const HOSTILE_VALUES: readonly unknown[] = [
  "12,000.00", "abc", "", " 12", "１２", "1e3", "-1", "0", "0.001", "12.", ".5", `1${"0".repeat(200)}`, `1${"0".repeat(40)}.01`, "9999999999999.99", "0.4999999999999999999999999999999999999",
  "9999-12-31", "0050-03-01", "2026-02-30", "1899-12-31", "2199-12-31", "2026-13-01", "2026-06-01T25:00:00+08:00",
  "constructor", "toString", "valueOf", "hasOwnProperty", "__proto__", "$.constructor",
  0, -1, 1.5, 1e308, Number.MAX_SAFE_INTEGER, true, false, null, [], {}, [[[]]], { fact: "lineCount" }, { fact: "constructor" },
];

export type Segment = string | number;

/** Every path to a value in a JSON document (objects and arrays included), in document order. */
export function pathsOf(value: unknown, prefix: Segment[] = [], out: Segment[][] = []): Segment[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((child, i) => pathsOf(child, [...prefix, i], out));
  else if (typeof value === "object" && value !== null) for (const [key, child] of Object.entries(value)) pathsOf(child, [...prefix, key], out);
  return out;
}

/** One change to a JSON document: a value replaced, a key removed, an array entry repeated, a date or amount shifted. */
export type Mutation =
  | { readonly kind: "set"; readonly at: number; readonly value: unknown }
  | { readonly kind: "delete"; readonly at: number }
  | { readonly kind: "repeat"; readonly at: number }
  | { readonly kind: "amount"; readonly at: number; readonly amount: string }
  | { readonly kind: "shiftDate"; readonly at: number; readonly days: number };

const amountArbitrary = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }).map((cents) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`),
  fc.integer({ min: 0, max: 99_999 }).map(String),
  fc.bigInt({ min: 0n, max: 999_999_999_999_999n }).map((n) => `${n / 100n}.${String(n % 100n).padStart(2, "0")}`),
);

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("set" as const), at: fc.nat(), value: fc.constantFrom(...HOSTILE_VALUES) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("repeat" as const), at: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("amount" as const), at: fc.nat(), amount: amountArbitrary }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("shiftDate" as const), at: fc.nat(), days: fc.integer({ min: -400, max: 400 }) }) },
);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const AMOUNT = /^\d+(\.\d+)?$/;

function shiftDate(date: string, days: number): string {
  const shifted = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(shifted.getTime())) return date;
  shifted.setUTCDate(shifted.getUTCDate() + days);
  return shifted.toISOString().slice(0, 10);
}

/** `document` with the mutations applied, in order, on a copy; a mutation picks its target among the paths of its kind. */
export function mutate<T>(document: T, mutations: readonly Mutation[]): T {
  let copy = structuredClone(document) as unknown;
  for (const mutation of mutations) {
    const paths = pathsOf(copy).filter((path) => {
      const value = valueAt(copy, path);
      if (mutation.kind === "amount") return typeof value === "string" && AMOUNT.test(value);
      if (mutation.kind === "shiftDate") return typeof value === "string" && DATE.test(value);
      if (mutation.kind === "repeat") return Array.isArray(value) && value.length > 0;
      return path.length > 0 || mutation.kind === "set";
    });
    const path = paths[mutation.at % Math.max(paths.length, 1)];
    if (path === undefined) continue;
    const current = valueAt(copy, path);
    switch (mutation.kind) {
      case "set":
        copy = setAt(copy, path, structuredClone(mutation.value));
        break;
      case "delete":
        copy = deleteAt(copy, path);
        break;
      case "repeat":
        copy = setAt(copy, path, [...(current as unknown[]), structuredClone((current as unknown[])[0])]);
        break;
      case "amount":
        copy = setAt(copy, path, mutation.amount);
        break;
      case "shiftDate":
        copy = setAt(copy, path, shiftDate(current as string, mutation.days));
        break;
    }
  }
  return copy as T;
}

function valueAt(document: unknown, path: readonly Segment[]): unknown {
  let current = document;
  for (const segment of path) current = (current as Record<Segment, unknown>)[segment];
  return current;
}

function setAt(document: unknown, path: readonly Segment[], value: unknown): unknown {
  if (path.length === 0) return value;
  const parent = valueAt(document, path.slice(0, -1)) as Record<Segment, unknown>;
  Object.defineProperty(parent, path[path.length - 1] as Segment, { value, enumerable: true, writable: true, configurable: true });
  return document;
}

function deleteAt(document: unknown, path: readonly Segment[]): unknown {
  const parent = valueAt(document, path.slice(0, -1));
  const key = path[path.length - 1] as Segment;
  if (Array.isArray(parent) && typeof key === "number") parent.splice(key, 1);
  else delete (parent as Record<Segment, unknown>)[key];
  return document;
}

/** A JSON document with every object and array frozen: the library must not change its inputs. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
